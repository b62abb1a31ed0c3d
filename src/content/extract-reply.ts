import { extractArticle } from '../extract/extract';
import type { Extraction } from '../extract/types';
import type { ExtractReply } from '../messages';

/** Extracts the page and shapes the answer for the background; never throws. */
export function extractReply(doc: Document, url: string, force: boolean): { reply: ExtractReply; extraction: Extraction | null } {
  try {
    const extraction = extractArticle(doc, url, { force });
    if (!extraction.isArticle) {
      const title = extraction.article.title || doc.title || null;
      return { reply: { ok: true, isArticle: false, url, title, reason: extraction.reason }, extraction };
    }
    return { reply: { ok: true, isArticle: true, article: extraction.article }, extraction };
  } catch (error) {
    return { reply: { ok: false, error: error instanceof Error ? error.message : String(error) }, extraction: null };
  }
}
