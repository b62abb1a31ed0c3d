/**
 * The one way files enter a corpus, shared by `lacuna index` and the extension's import:
 * decode the bytes, parse the records (cli-contract.md, "Corpus record"), extract pages,
 * validate, and drop duplicates (same id, same address or same text), with a report of
 * everything skipped naming the file, the line where there is one, and the reason.
 * Pure: no DOM, no I/O. Pages are extracted by the `extract` function the caller passes in
 * (linkedom in Node, DOMParser in an extension page).
 */
import { parseJsonFile, parseRecord, textToDocument } from '../engine/corpus/records';
import type { RecordIssue } from '../engine/corpus/records';
import { decodeBytes } from './decode';
import { addRecord, emptyImport, extractPage, issue, type FileImport, type ImportedDocument, type PageExtractor } from './import-record';
import { JsonlReader } from './jsonl-stream';
import { textKey, urlKey } from './keys';

export type { ExtractedPage, FileImport, ImportedDocument, PageExtractor } from './import-record';

export const CORPUS_EXTENSIONS = ['txt', 'html', 'htm', 'json', 'jsonl'] as const;

/** Files other than JSONL are read whole; past this size they are refused with a reason (JSONL streams). */
export const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024;

/** Why a file cannot be imported at this size, or null when it can. */
export function tooLargeToReadWhole(file: string, size: number): string | null {
  if (extensionOf(file) === 'jsonl' || size <= MAX_WHOLE_FILE_BYTES) return null;
  return `the file is ${Math.round(size / 1024 / 1024)} MB; files other than .jsonl are read whole, up to ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB: save large collections as .jsonl (one record a line)`;
}

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * One corpus file as documents. `file` names it in ids and reports (a path relative to the
 * corpus folder, or the picked file's name). Nothing here throws on bad input: each problem
 * is a skip with its reason.
 */
export function importFile(file: string, bytes: Uint8Array, extract: PageExtractor): FileImport {
  const out = emptyImport();
  const ext = extensionOf(file);
  if (!(CORPUS_EXTENSIONS as readonly string[]).includes(ext)) {
    out.skipped.push(issue(file, `not a corpus file: only ${CORPUS_EXTENSIONS.map((e) => `.${e}`).join(', ')} files are read`));
    return out;
  }
  if (ext === 'jsonl') {
    const reader = new JsonlReader(file, extract);
    const read = reader.push(bytes);
    mergeFileImport(read, reader.end());
    return read;
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
  const out = emptyImport();
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

/** Appends `more` to `into`. */
export function mergeFileImport(into: FileImport, more: FileImport): void {
  into.documents.push(...more.documents);
  into.skipped.push(...more.skipped);
  into.warnings.push(...more.warnings);
}

/**
 * Drops documents already seen in this import: the same id, the same address or the same
 * text as an earlier one. `accept` returns the reason a document is a duplicate, or null
 * (and remembers it).
 */
export class Deduper {
  // Where each document was found, never the document itself: an import of any size keeps only these.
  private readonly ids = new Map<string, Place>();
  private readonly urls = new Map<string, Place>();
  private readonly texts = new Map<string, Place>();

  accept(item: ImportedDocument): string | null {
    const { document } = item;
    const address = urlKey(document.url);
    const text = textKey(document.text);
    const sameUrl = address ? this.urls.get(address) : undefined;
    if (sameUrl) return `same address as ${describePlace(sameUrl)}`;
    const sameText = this.texts.get(text);
    if (sameText) return `same text as ${describePlace(sameText)}`;
    const first = this.ids.get(document.id);
    if (first !== undefined) return `duplicate id "${document.id}" (first used in ${first.where})`;
    const place: Place = { id: document.id, where: `${item.file}${item.line !== undefined ? `:${item.line}` : ''}` };
    this.ids.set(document.id, place);
    if (address) this.urls.set(address, place);
    this.texts.set(text, place);
    return null;
  }
}

interface Place {
  id: string;
  /** file, or file:line */
  where: string;
}

function describePlace(place: Place): string {
  return `"${place.id}" (${place.where})`;
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
