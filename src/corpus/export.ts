/**
 * Export of the corpus as JSONL: one record a line in the record format of
 * docs/cli-contract.md ("Corpus record"), so that the file imports again, here or with
 * `lacuna index`, to the same documents. Pure.
 */
import type { CorpusDocument } from '../engine/types';

/** One document as a corpus record: every field of the contract, `text` (never `html`). */
export function toRecord(document: CorpusDocument): Record<string, string | null> {
  return {
    id: document.id,
    url: document.url,
    title: document.title,
    source: document.source,
    published: document.published,
    lang: document.lang,
    text: document.text,
  };
}

/** The documents as JSONL lines, one record a line, each ending in a newline. */
export function toJsonlLines(documents: readonly CorpusDocument[]): string[] {
  return documents.map((document) => `${JSON.stringify(toRecord(document))}\n`);
}

/** The documents as JSONL. */
export function toJsonl(documents: readonly CorpusDocument[]): string {
  return toJsonlLines(documents).join('');
}

/** The name an export is saved under: `lacuna-corpus-<date>.jsonl`, or `-selection-` for a part of it. */
export function exportFileName(now: Date, selection: boolean): string {
  const day = now.toISOString().slice(0, 10);
  return `lacuna-corpus-${selection ? 'selection-' : ''}${day}.jsonl`;
}

/**
 * The file's lines, kept apart: a file is made of them as they are (Blob parts), since a large
 * corpus joined into one string would pass the longest string a JavaScript engine can hold.
 */
export interface CorpusExport {
  name: string;
  lines: string[];
  count: number;
}

/** The whole corpus (`ids` null) or the documents whose ids are given, in the corpus's order. */
export function exportCorpus(documents: readonly CorpusDocument[], ids: readonly string[] | null, now: Date): CorpusExport {
  const wanted = ids === null ? null : new Set(ids);
  const chosen = wanted === null ? documents : documents.filter((document) => wanted.has(document.id));
  return { name: exportFileName(now, wanted !== null), lines: toJsonlLines(chosen), count: chosen.length };
}
