/**
 * A corpus directory (cli-contract.md): every .txt, .html, .htm, .json and .jsonl file under
 * it, recursively, as CorpusDocuments. A file or record that cannot be used is skipped with
 * a reason naming file and line; it never stops the others. `lacuna index` keeps a stored index
 * of it in <dir>/.lacuna/index with the files' fingerprints (corpus.json); later runs read it
 * while the files are unchanged, and `index` updates it by the documents that changed.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { analyze, analyzeStored, buildIndex, findRelated, findRelatedStored, StoredIndex, type Analysis, type ArticleInput, type RelatedDocument } from '../engine';
import { stableId } from '../engine/hash';
import type { CorpusDocument } from '../engine/types';
import type { RecordIssue } from '../engine/corpus/records';
import { CORPUS_EXTENSIONS as EXTENSIONS, Deduper, importFile, mergeFileImport, mergeImport, tooLargeToReadWhole, type FileImport, type ImportResult, type PageExtractor } from '../corpus/import';
import { JsonlReader } from '../corpus/jsonl-stream';
import { extractHtml } from '../extract/node';
import { FileIndexStorage } from './file-index-storage';
import { describeReadError, FileReadError, extensionOf, readFileBytes } from './files';

export const CORPUS_EXTENSIONS = new Set<string>(EXTENSIONS);
/** Folders never read: our own cache, and version control. */
const SKIP_DIRS = new Set(['.lacuna', '.git']);
export const CACHE_DIR = '.lacuna';
export const CACHE_FILE = 'corpus.json';
/** The stored index's folder inside CACHE_DIR. */
export const INDEX_DIR = 'index';
/** Bumped when the cache file's own shape changes. The stored index checks its own. */
const CACHE_FORMAT = 2;
/** Documents added to the stored index at a time: bounds the memory of indexing a large corpus. */
const BUILD_BATCH = 5000;

export interface Fingerprint {
  file: string;
  size: number;
  mtimeMs: number;
}

export interface CorpusFiles {
  /** Paths relative to the directory, `/`-separated, sorted. */
  files: Fingerprint[];
  /** Entries that could not even be listed. */
  skipped: RecordIssue[];
}

export interface CorpusRead {
  documents: CorpusDocument[];
  skipped: RecordIssue[];
  /** Records kept with a field dropped. */
  warnings: RecordIssue[];
}

function toId(dir: string, abs: string): string {
  return relative(dir, abs).split(sep).join('/');
}

/** Lists the corpus files under `dir` with their size and modification time. */
export function listCorpusFiles(dir: string): CorpusFiles {
  const files: Fingerprint[] = [];
  const skipped: RecordIssue[] = [];
  const walk = (abs: string): void => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      skipped.push({ file: toId(dir, abs) || '.', reason: `cannot list folder: ${(err as Error).message}` });
      return;
    }
    for (const entry of entries) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path);
        continue;
      }
      if (!CORPUS_EXTENSIONS.has(extensionOf(entry.name))) continue;
      try {
        // Symbolic links to files are followed; links to folders are not (no cycles).
        const st = statSync(path);
        if (!st.isFile()) continue;
        files.push({ file: toId(dir, path), size: st.size, mtimeMs: st.mtimeMs });
      } catch (err) {
        skipped.push({ file: toId(dir, path), reason: `cannot read: ${(err as Error).message}` });
      }
    }
  };
  walk(dir);
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, skipped };
}

/** Extraction for corpus pages: the same as the content script's, forced (the files are articles by the user's choice). */
export const extractCorpusPage: PageExtractor = (html, url) => extractHtml(html, url, { force: true }).article;

/** One corpus file as documents (the shared import path). `file` is its id-style path relative to `dir`. */
export function readCorpusFile(dir: string, file: string): FileImport {
  const path = join(dir, ...file.split('/'));
  if (extensionOf(file) === 'jsonl') return streamJsonlFile(path, file);
  let bytes: Uint8Array;
  try {
    const tooLarge = tooLargeToReadWhole(file, statSync(path).size);
    if (tooLarge) return { documents: [], skipped: [{ file, reason: tooLarge }], warnings: [] };
    bytes = readFileBytes(path);
  } catch (err) {
    return { documents: [], skipped: [{ file, reason: err instanceof FileReadError ? err.message : describeReadError(err) }], warnings: [] };
  }
  return importFile(file, bytes, extractCorpusPage);
}

const CHUNK_BYTES = 1024 * 1024;

/** A JSONL file read a megabyte at a time through the streaming reader: the file is never held whole. */
function streamJsonlFile(path: string, file: string): FileImport {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { documents: [], skipped: [{ file, reason: describeReadError(err) }], warnings: [] };
  }
  const reader = new JsonlReader(file, extractCorpusPage);
  const result: FileImport = { documents: [], skipped: [], warnings: [] };
  const buffer = new Uint8Array(CHUNK_BYTES);
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) mergeFileImport(result, reader.push(buffer.subarray(0, read)));
  } catch (err) {
    result.skipped.push({ file, reason: `${describeReadError(err)} after line ${reader.lines}` });
  } finally {
    closeSync(fd);
  }
  mergeFileImport(result, reader.end());
  return result;
}

/**
 * Reads every corpus file under `dir`. A record with the id, the address or the text of an
 * earlier one is skipped, as the extension's import does.
 */
export function readCorpusDir(dir: string, listing: CorpusFiles = listCorpusFiles(dir)): CorpusRead {
  const result: ImportResult = { documents: [], skipped: [...listing.skipped], warnings: [] };
  const dedupe = new Deduper();
  for (const { file } of listing.files) mergeImport(result, readCorpusFile(dir, file), dedupe);
  return { documents: result.documents.map((d) => d.document), skipped: result.skipped, warnings: result.warnings };
}

interface CacheFile {
  format: number;
  files: Fingerprint[];
  documents: number;
  skipped: RecordIssue[];
  warnings: RecordIssue[];
  /** Per document id, a hash of the record: what changed since the index was written. */
  records: Record<string, string>;
  /** The tag the stored index carries when it reflects these files. */
  tag: string;
}

export interface LoadedCorpus {
  analyze(article: ArticleInput): Promise<Analysis>;
  related(article: ArticleInput): Promise<RelatedDocument[]>;
  documents: number;
  skipped: RecordIssue[];
  warnings: RecordIssue[];
  /** Whether the index came from <dir>/.lacuna/ rather than from reading the files. */
  fromCache: boolean;
}

function sameFiles(a: readonly Fingerprint[], b: readonly Fingerprint[]): boolean {
  return a.length === b.length && a.every((f, i) => f.file === b[i]!.file && f.size === b[i]!.size && f.mtimeMs === b[i]!.mtimeMs);
}

const cacheFile = (dir: string): string => join(dir, CACHE_DIR, CACHE_FILE);
const indexFolder = (dir: string): string => join(dir, CACHE_DIR, INDEX_DIR);

function readCacheFile(dir: string): CacheFile | null {
  try {
    const data = JSON.parse(readFileSync(cacheFile(dir), 'utf8')) as CacheFile;
    return data && data.format === CACHE_FORMAT && Array.isArray(data.files) && typeof data.records === 'object' ? data : null;
  } catch {
    return null;
  }
}

function freshStorage(dir: string): FileIndexStorage {
  rmSync(indexFolder(dir), { recursive: true, force: true });
  return FileIndexStorage.open(indexFolder(dir));
}

/** The stored index in <dir>/.lacuna/index, or a fresh one where it is missing or unreadable (it is derived data). */
async function openStored(dir: string): Promise<{ storage: FileIndexStorage; index: StoredIndex }> {
  const storage = FileIndexStorage.open(indexFolder(dir));
  try {
    return { storage, index: await StoredIndex.open(storage) };
  } catch {
    storage.close();
    const fresh = freshStorage(dir);
    return { storage: fresh, index: await StoredIndex.open(fresh) };
  }
}

function storedCorpus(index: StoredIndex, storage: FileIndexStorage, data: Pick<CacheFile, 'documents' | 'skipped' | 'warnings'>, fromCache: boolean): LoadedCorpus {
  return {
    analyze: (article) => analyzeStored(article, index).finally(() => storage.close()),
    related: (article) => findRelatedStored(article, index).finally(() => storage.close()),
    documents: data.documents,
    skipped: data.skipped,
    warnings: data.warnings,
    fromCache,
  };
}

/** The stored index of <dir>/.lacuna/ when it exists and every file is as it was; null otherwise (never throws on a bad cache). */
export async function readCache(dir: string, listing: CorpusFiles): Promise<LoadedCorpus | null> {
  const data = readCacheFile(dir);
  if (!data || !sameFiles(data.files, listing.files)) return null;
  const { storage, index } = await openStored(dir);
  if (index.tag !== data.tag) {
    storage.close();
    return null;
  }
  return storedCorpus(index, storage, { documents: data.documents, skipped: [...listing.skipped, ...(data.skipped ?? [])], warnings: data.warnings ?? [] }, true);
}

const recordHash = (document: CorpusDocument): string => stableId(JSON.stringify(document));

/**
 * Brings the stored index in <dir>/.lacuna/index up to the files read: adds the documents
 * that are new or changed, removes those gone; writes the files' fingerprints beside it.
 */
export async function writeCache(dir: string, listing: CorpusFiles, corpus: CorpusRead): Promise<string> {
  const before = readCacheFile(dir);
  let { storage, index } = await openStored(dir);
  try {
    const records: Record<string, string> = {};
    for (const document of corpus.documents) records[document.id] = recordHash(document);
    const inStep = before !== null && index.tag === before.tag;
    if (!inStep && index.documentCount > 0) {
      // Not the index of the files listed: built again rather than emptied document by document.
      storage.close();
      storage = freshStorage(dir);
      index = await StoredIndex.open(storage);
    }
    const known = inStep ? before.records : {};
    const gone = Object.keys(known).filter((id) => !(id in records));
    const changed = corpus.documents.filter((document) => known[document.id] !== records[document.id]);
    const tag = stableId(JSON.stringify(records));
    await index.remove(gone, tag);
    for (let start = 0; start < changed.length || start === 0; start += BUILD_BATCH) await index.add(changed.slice(start, start + BUILD_BATCH), tag);
    const data: CacheFile = {
      format: CACHE_FORMAT,
      files: listing.files,
      documents: corpus.documents.length,
      // Listing problems are found again on every run; only file contents are cached.
      skipped: corpus.skipped.filter((s) => !listing.skipped.includes(s)),
      warnings: corpus.warnings,
      records,
      tag,
    };
    const target = cacheFile(dir);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, target);
    return join(dir, CACHE_DIR);
  } finally {
    storage.close();
  }
}

/** The corpus for `dir`: its stored index when it is current, else an index in memory built from the files. */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const listing = listCorpusFiles(dir);
  const cached = await readCache(dir, listing);
  if (cached) return cached;
  const corpus = readCorpusDir(dir, listing);
  const index = buildIndex(corpus.documents);
  return {
    analyze: async (article) => analyze(article, index),
    related: async (article) => findRelated(article, index),
    documents: corpus.documents.length,
    skipped: corpus.skipped,
    warnings: corpus.warnings,
    fromCache: false,
  };
}

/** Checks that `dir` is a directory; returns a reason when not. */
export function notADirectory(dir: string): string | null {
  try {
    return statSync(dir).isDirectory() ? null : 'is not a directory';
  } catch {
    return 'no such directory';
  }
}
