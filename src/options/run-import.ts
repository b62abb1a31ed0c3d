/**
 * Importing files in the options page through the shared import path (src/corpus): JSONL files
 * are read as streams, line by line, other files whole; the documents are committed in batches
 * under one import id with the store's journal (so no file and no import is ever held whole).
 * A failed or cancelled import removes what it added: the corpus is left as it was. An import
 * interrupted (the page closed) is found by its journal at the next start; given the same files
 * again it goes on from the last committed line.
 */
import type { ImportJournal, ImportProgress, ImportReport } from '../corpus/types';
import type { RecordIssue } from '../engine/corpus/records';
import { Deduper, extensionOf, importFile, mergeImport, tooLargeToReadWhole, type FileImport, type ImportedDocument, type ImportResult, type PageExtractor } from '../corpus/import';
import { JsonlReader } from '../corpus/jsonl-stream';
import type { CorpusStore } from '../background/corpus-store';
import { errorText } from '../error-text';

export type { ImportProgress, ImportReport } from '../corpus/types';

/** A file to import: its name, size and its bytes as they arrive (a File's stream in the page, a fake in tests). */
export interface ImportSource {
  name: string;
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export type ImportStore = Pick<CorpusStore, 'startImport' | 'addToImport' | 'finishImport' | 'removeImport'>;

export interface ImportDeps {
  store: ImportStore;
  extract: PageExtractor;
  onProgress(progress: ImportProgress): void;
  /** Cancel: stops reading and removes what the import added. */
  signal?: AbortSignal;
  /** An interrupted import of the same files to go on with, instead of starting a new one. */
  resume?: ImportJournal;
  /** Told the import's id once its journal is written (the page holds a lock named after it while it runs). */
  onStarted?(id: string): void;
  /** Documents committed per transaction. */
  batchSize?: number;
  /** Lets the page repaint between batches. */
  yieldToPage?: () => Promise<void>;
}

const BATCH_SIZE = 250;
/** Bytes of a file parsed in one go. */
const SLICE_BYTES = 128 * 1024;
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether `files` are the files of `journal` (same names and sizes, same order): an interrupted import that can go on. */
export function sameFiles(journal: ImportJournal, files: ReadonlyArray<{ name: string; size: number }>): boolean {
  return journal.files.length === files.length && journal.files.every((f, i) => f.name === files[i]!.name && f.size === files[i]!.size);
}

class Cancelled extends Error {}

export async function runImport(files: readonly ImportSource[], deps: ImportDeps): Promise<ImportReport> {
  const yieldToPage = deps.yieldToPage ?? nextTask;
  const batchSize = deps.batchSize ?? BATCH_SIZE;
  const report: ImportReport = { added: 0, skipped: [], warnings: [], evicted: 0, error: null };
  const meta = files.map((f) => ({ name: f.name, size: f.size }));
  const journal = deps.resume ?? (await deps.store.startImport(meta));
  deps.onStarted?.(journal.id);
  const progress: ImportProgress = {
    done: 0,
    total: files.length,
    file: null,
    saving: false,
    bytesDone: 0,
    bytesTotal: journal.bytesTotal,
    articles: deps.resume?.added ?? 0,
    cancelling: false,
  };
  const show = (): void => deps.onProgress({ ...progress });
  const dedupe = new Deduper();
  let batch: ImportedDocument[] = [];
  const resumeFrom = deps.resume?.resumeAt ? files.findIndex((f) => f.name === deps.resume!.resumeAt!.file) : -1;
  // Files done before the interruption count as read; the file it stopped in is read again from its start (its imported lines skipped).
  progress.bytesDone = files.slice(0, Math.max(resumeFrom, 0)).reduce((sum, f) => sum + f.size, 0);

  const flush = async (position: ImportJournal['resumeAt']): Promise<void> => {
    if (deps.signal?.aborted) throw new Cancelled();
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    const result = await deps.store.addToImport(journal.id, sent.map((d) => d.document), { bytesDone: progress.bytesDone, resumeAt: position });
    progress.articles += result.added.length;
    report.added += result.added.length;
    for (const skip of result.skipped) report.skipped.push(place(sent[skip.index]!, skip.reason));
    show();
    await yieldToPage();
  };

  const take = (found: FileImport): void => {
    const merged: ImportResult = { documents: batch, skipped: report.skipped, warnings: report.warnings };
    mergeImport(merged, found, dedupe);
  };

  try {
    for (const [i, file] of files.entries()) {
      if (i < resumeFrom || (i === resumeFrom && deps.resume!.resumeAt!.line === null)) continue;
      progress.done = i;
      progress.file = file.name;
      show();
      const before = progress.bytesDone;
      if (extensionOf(file.name) === 'jsonl') {
        const reader = new JsonlReader(file.name, deps.extract, i === resumeFrom ? (deps.resume!.resumeAt!.line ?? 0) : 0);
        const read = await readChunks(file, report.skipped, async (chunk) => {
          // A browser hands over megabytes at a time: read them a slice at a time, letting the page repaint between.
          for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
            if (deps.signal?.aborted) throw new Cancelled();
            const slice = chunk.subarray(at, at + SLICE_BYTES);
            take(reader.push(slice));
            progress.bytesDone += slice.length;
            if (batch.length >= batchSize) await flush({ file: file.name, line: reader.lines });
            else if (chunk.length > SLICE_BYTES) await yieldToPage();
          }
        });
        if (read) take(reader.end());
      } else {
        const tooLarge = tooLargeToReadWhole(file.name, file.size);
        if (tooLarge) report.skipped.push({ file: file.name, reason: tooLarge });
        else {
          const parts: Uint8Array[] = [];
          if (await readChunks(file, report.skipped, (chunk) => void parts.push(chunk))) take(importFile(file.name, concatAll(parts), deps.extract));
        }
      }
      progress.bytesDone = before + file.size;
      if (batch.length >= batchSize) await flush({ file: file.name, line: null });
    }
    progress.saving = true;
    await flush(files.length > 0 ? { file: files.at(-1)!.name, line: null } : null);
    if (deps.signal?.aborted) throw new Cancelled();
    report.evicted = (await deps.store.finishImport(journal.id)).length;
    return report;
  } catch (error) {
    const cancelled = error instanceof Cancelled;
    progress.cancelling = cancelled;
    show();
    const taken = await deps.store.removeImport(journal.id).then(
      () => null,
      (removal: unknown) => errorText(removal),
    );
    const kept = report.added + (deps.resume?.added ?? 0);
    report.added = 0;
    report.evicted = 0;
    if (cancelled) report.cancelled = true;
    else report.error = `Nothing was imported: ${errorText(error)}`;
    if (taken !== null) {
      report.error = `${cancelled ? 'The import was cancelled' : report.error}, but the ${kept} articles it had stored could not be removed (${taken}); the page offers to remove them when opened again.`;
    }
    return report;
  }
}

/**
 * Feeds `onChunk` every chunk of the file; a file that cannot be read (moved, permission) is
 * reported and false returned. `onChunk` may return a promise (a batch to commit) to wait for.
 */
async function readChunks(file: ImportSource, skipped: RecordIssue[], onChunk: (chunk: Uint8Array) => Promise<void> | null | void): Promise<boolean> {
  const read = file.chunks()[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await read.next();
    } catch (error) {
      skipped.push({ file: file.name, reason: `cannot read the file: ${errorText(error)}` });
      return false;
    }
    if (next.done) return true;
    try {
      await onChunk(next.value);
    } catch (error) {
      await read.return?.();
      throw error;
    }
  }
}

function concatAll(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function place(from: ImportedDocument, reason: string): RecordIssue {
  return from.line === undefined ? { file: from.file, reason } : { file: from.file, line: from.line, reason };
}
