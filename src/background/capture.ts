/**
 * Articles into the corpus from reading: the ones Lacuna analyzes, automatically unless the
 * reader paused it and never from a private window; and the one the reader asks to add.
 * Everything that touches the browser (storage, tabs, extraction) is passed in.
 */
import type { CorpusDocument } from '../engine/types';
import type { ArticleText } from '../extract/types';
import type { AddArticleReply, ExtractReply } from '../messages';
import { textKey } from '../corpus/keys';
import type { CorpusStore } from './corpus-store';
import { isCapturePaused, listedSiteOf, neverCaptureSites, type LocalArea } from '../corpus/capture-setting';
import { errorText } from '../error-text';
import { hostName, sameSite } from '../site-pattern';

export { isCapturePaused, setCapturePaused, setNeverCapture, type LocalArea } from '../corpus/capture-setting';

/**
 * An extracted article as a corpus document: its address is its id (or its text's key when it
 * has none). `page`, the address the tab showed: a page that names an article on another site
 * as its own (canonical link, og:url) is kept as what it is, a page of its own site under the
 * site's name, so that no page can put words into another outlet's mouth in the corpus (a
 * copy of an outlet's site on a look-alike domain) nor take its address. An exact copy read
 * first still keeps its text, under its own name, and the original is then a duplicate of it.
 */
export function articleDocument(article: ArticleText, page?: string): CorpusDocument {
  const elsewhere = page !== undefined && article.url !== null && !sameSite(article.url, page);
  const url = elsewhere ? page : article.url;
  return {
    id: url ?? `article:${textKey(article.text)}`,
    url,
    title: article.title,
    source: elsewhere ? hostName(page) : article.source,
    published: article.published,
    lang: article.lang,
    text: article.text,
  };
}

export type CaptureResult = 'added' | 'duplicate' | 'paused' | 'private' | 'never-site';

export interface CaptureDeps {
  store: Pick<CorpusStore, 'add'>;
  local: LocalArea;
  /** Whether the tab is in a private (incognito) window; true when that cannot be known. */
  isPrivate(tabId: number): Promise<boolean>;
}

/** Keeps an analyzed article, unless capture is paused, the tab is private or the reader listed its site. */
export async function captureAnalyzed(deps: CaptureDeps, tabId: number, article: ArticleText, page?: string): Promise<CaptureResult> {
  if (await deps.isPrivate(tabId)) return 'private';
  if (await isCapturePaused(deps.local)) return 'paused';
  const document = articleDocument(article, page);
  // Neither the site it names nor the one it would be kept under (the page's own, when it names another site's article).
  const never = await neverCaptureSites(deps.local);
  if (listedSiteOf(article.url, never) || listedSiteOf(document.url, never)) return 'never-site';
  const { added } = await deps.store.add([document], 'capture');
  return added.length > 0 ? 'added' : 'duplicate';
}

export interface AddDeps {
  store: Pick<CorpusStore, 'add'>;
  /** Extracts the tab's article (as for an analysis, forced: the reader says it is one). */
  extract(tabId: number): Promise<ExtractReply>;
}


/** The reader's "Add this article": reads the tab's article and stores it, saying what happened. */
export async function addArticleFromTab(deps: AddDeps, tabId: number): Promise<AddArticleReply> {
  let reply: ExtractReply;
  try {
    reply = await deps.extract(tabId);
  } catch (error) {
    return { ok: false, message: `Lacuna could not read this page: ${errorText(error)}` };
  }
  if (!reply.ok) return { ok: false, message: `Lacuna could not read this page: ${reply.error}` };
  if (!reply.isArticle) return { ok: false, message: `Lacuna found no article text on this page: ${reply.reason}` };
  try {
    const { added, skipped, evicted } = await deps.store.add([articleDocument(reply.article, reply.page)], 'added');
    if (added.some((id) => evicted.includes(id))) {
      return { ok: false, message: 'Not kept: the article alone is larger than the size limit of your corpus (set on the options page).' };
    }
    if (added.length > 0) return { ok: true, added: true, message: 'Added to your corpus.' };
    return { ok: true, added: false, message: `Not added: ${skipped[0]?.reason ?? 'it is already in the corpus'}.` };
  } catch (error) {
    return { ok: false, message: `The article could not be added: ${errorText(error)}` };
  }
}
