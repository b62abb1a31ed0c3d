/**
 * A corpus directory (cli-contract.md): every .txt, .html, .htm, .json and .jsonl file under
 * it, recursively, as CorpusDocuments. A file or record that cannot be used is skipped with
 * a reason naming file and line; it never stops the others. The index built from it is kept
 * in <dir>/.lacuna/ with the files' fingerprints and reused while they are unchanged.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildIndex, deserializeIndex, serializeIndex } from '../engine';
import type { CorpusDocument } from '../engine/types';
import type { RecordIssue } from '../engine/corpus/records';
import { CORPUS_EXTENSIONS as EXTENSIONS, Deduper, importFile, mergeFileImport, mergeImport, tooLargeToReadWhole, type FileImport, type ImportResult, type PageExtractor } from '../corpus/import';
import { JsonlReader } from '../corpus/jsonl-stream';
import { extractHtml } from '../extract/node';
import { describeReadError, FileReadError, extensionOf, readFileBytes } from './files';

export type CorpusIndex = ReturnType<typeof buildIndex>;

export const CORPUS_EXTENSIONS = new Set<string>(EXTENSIONS);
/** Folders never read: our own cache, and version control. */
const SKIP_DIRS = new Set(['.lacuna', '.git']);
export const CACHE_DIR = '.lacuna';
export const CACHE_FILE = 'index.json';
/** Bumped when the cache file's own shape changes. The engine's shape is checked by deserializeIndex. */
const CACHE_FORMAT = 1;

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
  index: unknown;
}

export interface LoadedCorpus {
  index: CorpusIndex;
  documents: number;
  skipped: RecordIssue[];
  warnings: RecordIssue[];
  /** Whether the index came from <dir>/.lacuna/ rather than from reading the files. */
  fromCache: boolean;
}

function sameFiles(a: readonly Fingerprint[], b: readonly Fingerprint[]): boolean {
  return a.length === b.length && a.every((f, i) => f.file === b[i]!.file && f.size === b[i]!.size && f.mtimeMs === b[i]!.mtimeMs);
}

/** The cached index when it exists and every file is as it was; null otherwise (never throws on a bad cache). */
export function readCache(dir: string, listing: CorpusFiles): LoadedCorpus | null {
  let data: CacheFile;
  try {
    data = JSON.parse(readFileSync(join(dir, CACHE_DIR, CACHE_FILE), 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  if (!data || data.format !== CACHE_FORMAT || !Array.isArray(data.files) || !sameFiles(data.files, listing.files)) return null;
  try {
    return {
      index: deserializeIndex(data.index),
      documents: data.documents,
      skipped: [...listing.skipped, ...(data.skipped ?? [])],
      warnings: data.warnings ?? [],
      fromCache: true,
    };
  } catch {
    // Written by an older engine: rebuild from the files.
    return null;
  }
}

/** Writes the index and the files' fingerprints to <dir>/.lacuna/index.json (atomically). */
export function writeCache(dir: string, listing: CorpusFiles, corpus: CorpusRead, index: CorpusIndex): string {
  const folder = join(dir, CACHE_DIR);
  mkdirSync(folder, { recursive: true });
  const data: CacheFile = {
    format: CACHE_FORMAT,
    files: listing.files,
    documents: corpus.documents.length,
    // Listing problems are found again on every run; only file contents are cached.
    skipped: corpus.skipped.filter((s) => !listing.skipped.includes(s)),
    warnings: corpus.warnings,
    index: serializeIndex(index),
  };
  const target = join(folder, CACHE_FILE);
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, target);
  return target;
}

/** The corpus index for `dir`: from the cache when it is current, else built from the files. */
export function loadCorpus(dir: string): LoadedCorpus {
  const listing = listCorpusFiles(dir);
  const cached = readCache(dir, listing);
  if (cached) return cached;
  const corpus = readCorpusDir(dir, listing);
  return { index: buildIndex(corpus.documents), documents: corpus.documents.length, skipped: corpus.skipped, warnings: corpus.warnings, fromCache: false };
}

/** Checks that `dir` is a directory; returns a reason when not. */
export function notADirectory(dir: string): string | null {
  try {
    return statSync(dir).isDirectory() ? null : 'is not a directory';
  } catch {
    return 'no such directory';
  }
}
