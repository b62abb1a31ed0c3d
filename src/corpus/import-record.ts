/**
 * One parsed record (or page) to a document of an import, or a skip saying why not: shared by
 * the whole-file import (import.ts) and the streaming JSONL reader (jsonl-stream.ts). Pure.
 */
import type { CorpusDocument } from '../engine/types';
import { completeHtmlRecord, type ParsedRecord, type RecordIssue, type RecordMeta } from '../engine/corpus/records';

/** What extraction made of a page; null or an empty text when it found no article. */
export interface ExtractedPage {
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  lang: string | null;
  text: string;
}

/** Extracts the article of a page (corpus pages are articles by the reader's choice: extract even when in doubt). */
export type PageExtractor = (html: string, url: string | null) => ExtractedPage | null;

/** A document found in a file, with the line it came from (JSONL). */
export interface ImportedDocument {
  document: CorpusDocument;
  file: string;
  line?: number;
}

export interface FileImport {
  documents: ImportedDocument[];
  skipped: RecordIssue[];
  /** Documents kept with a field dropped (e.g. an unreadable date). */
  warnings: RecordIssue[];
}

export function emptyImport(): FileImport {
  return { documents: [], skipped: [], warnings: [] };
}

export function issue(file: string, reason: string, line?: number): RecordIssue {
  return line === undefined ? { file, reason } : { file, line, reason };
}

export function addRecord(out: FileImport, extract: PageExtractor, file: string, record: ParsedRecord, line?: number): void {
  if (record.kind === 'html') extractPage(out, extract, file, record.html, record.meta, line);
  else out.documents.push(line === undefined ? { document: record.document, file } : { document: record.document, file, line });
}

export function extractPage(out: FileImport, extract: PageExtractor, file: string, html: string, meta: RecordMeta, line?: number): void {
  const where = meta.id === file ? '' : `record ${meta.id}: `;
  try {
    const page = extract(html, meta.url);
    if (!page?.text) {
      out.skipped.push(issue(file, `${where}no article text could be extracted from the page`, line));
      return;
    }
    const document = completeHtmlRecord(meta, page);
    out.documents.push(line === undefined ? { document, file } : { document, file, line });
  } catch (err) {
    out.skipped.push(issue(file, `${where}extraction failed: ${err instanceof Error ? err.message : String(err)}`, line));
  }
}
