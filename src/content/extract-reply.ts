import { extractArticle, extractArticleInStages } from '../extract/extract';
import type { Extraction } from '../extract/types';
import type { ExtractReply } from '../messages';
import { errorText } from '../error-text';

type Answer = { reply: ExtractReply; extraction: Extraction | null };

function shape(doc: Document, url: string, extraction: Extraction): Answer {
  if (!extraction.isArticle) {
    const title = extraction.article.title || doc.title || null;
    return { reply: { ok: true, isArticle: false, url, title, reason: extraction.reason }, extraction };
  }
  return { reply: { ok: true, isArticle: true, article: extraction.article, page: url }, extraction };
}

function failed(error: unknown): Answer {
  return { reply: { ok: false, error: errorText(error) }, extraction: null };
}

/** Extracts the page and shapes the answer for the background; never throws. */
export function extractReply(doc: Document, url: string, force: boolean): Answer {
  try {
    return shape(doc, url, extractArticle(doc, url, { force }));
  } catch (error) {
    return failed(error);
  }
}

/** The same, extracting in stages with `pause()` between them (idle time); never rejects. */
export async function extractReplyInStages(doc: Document, url: string, force: boolean, pause: () => Promise<void>): Promise<Answer> {
  try {
    return shape(doc, url, await extractArticleInStages(doc, url, pause, { force }));
  } catch (error) {
    return failed(error);
  }
}
