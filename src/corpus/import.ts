/**
 * The one way files enter a corpus, shared by `lacuna index` and the extension's import:
 * decode the bytes, parse the records (cli-contract.md, "Corpus record"), extract pages,
 * validate, and drop duplicates (same id, same address or same text), with a report of
 * everything skipped naming the file, the line where there is one, and the reason.
 * Pure: no DOM, no I/O. Pages are extracted by the `extract` function the caller passes in
 * (linkedom in Node, DOMParser in an extension page).
 */
import type { CorpusDocument } from '../engine/types';
import { completeHtmlRecord, parseJsonFile, parseJsonl, parseRecord, textToDocument, type ParsedRecord, type RecordIssue, type RecordMeta } from '../engine/corpus/records';
import { decodeBytes } from './decode';
import { textKey, urlKey } from './keys';

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

export const CORPUS_EXTENSIONS = ['txt', 'html', 'htm', 'json', 'jsonl'] as const;

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

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

function issue(file: string, reason: string, line?: number): RecordIssue {
  return line === undefined ? { file, reason } : { file, line, reason };
}

/**
 * One corpus file as documents. `file` names it in ids and reports (a path relative to the
 * corpus folder, or the picked file's name). Nothing here throws on bad input: each problem
 * is a skip with its reason.
 */
export function importFile(file: string, bytes: Uint8Array, extract: PageExtractor): FileImport {
  const out: FileImport = { documents: [], skipped: [], warnings: [] };
  const ext = extensionOf(file);
  if (!(CORPUS_EXTENSIONS as readonly string[]).includes(ext)) {
    out.skipped.push(issue(file, `not a corpus file: only ${CORPUS_EXTENSIONS.map((e) => `.${e}`).join(', ')} files are read`));
    return out;
  }
  const isHtml = ext === 'html' || ext === 'htm';
  const decoded = decodeBytes(bytes, { html: isHtml });
  if (!decoded.ok) {
    out.skipped.push(issue(file, decoded.reason));
    return out;
  }
  const content = decoded.text;
  if (content.trim() === '') {
    out.skipped.push(issue(file, 'file holds no text'));
    return out;
  }
  if (ext === 'txt') {
    out.documents.push({ document: textToDocument(content, file), file });
    return out;
  }
  if (isHtml) {
    extractPage(out, extract, file, content, { id: file, url: null, title: null, source: null, published: null, lang: null });
    return out;
  }
  if (ext === 'jsonl') {
    const parsed = parseJsonl(content, file);
    out.skipped.push(...parsed.skipped);
    out.warnings.push(...parsed.warnings);
    for (const { record, line } of parsed.records) addRecord(out, extract, file, record, line);
    return out;
  }
  const parsed = parseJsonFile(content, file);
  out.skipped.push(...parsed.skipped);
  out.warnings.push(...parsed.warnings);
  for (const record of parsed.records) addRecord(out, extract, file, record);
  return out;
}

/**
 * Records that did not come from a file (the items of a feed, already fetched), each with the
 * name it goes by in reports: validated and completed as a file's records are. Duplicates are
 * left to a Deduper (mergeImport) and the store, as for files.
 */
export function importRecords(records: ReadonlyArray<{ name: string; value: unknown }>, extract: PageExtractor): FileImport {
  const out: FileImport = { documents: [], skipped: [], warnings: [] };
  for (const { name, value } of records) {
    const result = parseRecord(value, { file: name });
    if (!result.ok) {
      out.skipped.push(issue(name, result.reason));
      continue;
    }
    for (const w of result.warnings) out.warnings.push(issue(name, w));
    addRecord(out, extract, name, result.record);
  }
  return out;
}

function addRecord(out: FileImport, extract: PageExtractor, file: string, record: ParsedRecord, line?: number): void {
  if (record.kind === 'html') extractPage(out, extract, file, record.html, record.meta, line);
  else out.documents.push(line === undefined ? { document: record.document, file } : { document: record.document, file, line });
}

function extractPage(out: FileImport, extract: PageExtractor, file: string, html: string, meta: RecordMeta, line?: number): void {
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

/**
 * Drops documents already seen in this import: the same id, the same address or the same
 * text as an earlier one. `accept` returns the reason a document is a duplicate, or null
 * (and remembers it).
 */
export class Deduper {
  private readonly ids = new Map<string, ImportedDocument>();
  private readonly urls = new Map<string, ImportedDocument>();
  private readonly texts = new Map<string, ImportedDocument>();

  accept(item: ImportedDocument): string | null {
    const { document } = item;
    const address = urlKey(document.url);
    const text = textKey(document.text);
    const sameUrl = address ? this.urls.get(address) : undefined;
    if (sameUrl) return `same address as ${place(sameUrl)}; record skipped`;
    const sameText = this.texts.get(text);
    if (sameText) return `same text as ${place(sameText)}; record skipped`;
    const first = this.ids.get(document.id);
    if (first !== undefined) return `duplicate id "${document.id}" (first used in ${where(first)}); record skipped`;
    this.ids.set(document.id, item);
    if (address) this.urls.set(address, item);
    this.texts.set(text, item);
    return null;
  }
}

function where(item: ImportedDocument): string {
  return `${item.file}${item.line !== undefined ? `:${item.line}` : ''}`;
}

function place(item: ImportedDocument): string {
  return `"${item.document.id}" (${where(item)})`;
}

export interface ImportResult {
  documents: ImportedDocument[];
  skipped: RecordIssue[];
  warnings: RecordIssue[];
}

/** Adds a file's import to `into`, skipping the documents the import already holds. */
export function mergeImport(into: ImportResult, file: FileImport, dedupe: Deduper): void {
  into.skipped.push(...file.skipped);
  into.warnings.push(...file.warnings);
  for (const item of file.documents) {
    const duplicate = dedupe.accept(item);
    if (duplicate) into.skipped.push(issue(item.file, duplicate, item.line));
    else into.documents.push(item);
  }
}

/** Every file of an import, in the order given, deduplicated across files. */
export function importFiles(files: Iterable<{ name: string; bytes: Uint8Array }>, extract: PageExtractor): ImportResult {
  const result: ImportResult = { documents: [], skipped: [], warnings: [] };
  const dedupe = new Deduper();
  for (const { name, bytes } of files) mergeImport(result, importFile(name, bytes, extract), dedupe);
  return result;
}
