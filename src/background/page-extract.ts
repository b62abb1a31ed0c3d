/**
 * Extracting the article of a page fetched for a feed. Where the context has a DOMParser
 * (Firefox's background page, the options page, Chrome's offscreen document) the page is
 * parsed and extracted in place, as imported pages are. Chrome's service worker has none:
 * it hands the HTML to an offscreen document (reason DOM_PARSER) and gets the article back
 * in an OffscreenReply.
 */
import type { ExtractedPage } from '../corpus/import';
import { extractArticle } from '../extract';
import { isOffscreenReply, type OffscreenRequest } from '../messages';

/** The page's article, or null when no text was found (forced: the feed says it is an article). */
export function extractWithDomParser(html: string, url: string): ExtractedPage | null {
  const { article } = extractArticle(new DOMParser().parseFromString(html, 'text/html'), url, { force: true });
  if (!article.text) return null;
  return { url: article.url, title: article.title, source: article.source, published: article.published, lang: article.lang, text: article.text };
}

export const OFFSCREEN_PAGE = 'offscreen.html';

/** What the background needs of Chrome's `offscreen` and `runtime.getContexts`. */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

/** An extractor that sends each page to the offscreen document, creating it when there is none. */
export function offscreenExtractor(api: OffscreenApi, send: (message: OffscreenRequest) => Promise<unknown>): (html: string, url: string) => Promise<ExtractedPage | null> {
  let creating: Promise<void> | null = null;
  const ensure = async (): Promise<void> => {
    if (await api.hasDocument()) return;
    creating ??= api
      .createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Read the articles of the feeds the reader subscribed to' })
      .catch(async (error: unknown) => {
        // Created meanwhile by another call: that one will do.
        if (!(await api.hasDocument())) throw error;
      })
      .finally(() => (creating = null));
    await creating;
  };
  return async (html, url) => {
    await ensure();
    const reply = await send({ type: 'offscreen-extract', html, url });
    if (!isOffscreenReply(reply)) throw new Error('the page reader gave no answer');
    if (!reply.ok) throw new Error(reply.error);
    return reply.page;
  };
}
