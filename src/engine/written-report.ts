import type { CorpusDocument } from './types';

/** A short report written for a test: each sentence a paragraph; no address, outlet or date. */
export function writtenReport(id: string, title: string, lang: string | null, sentences: string[]): CorpusDocument {
  return { id, title, url: null, source: null, published: null, lang, text: sentences.join('\n\n') };
}
