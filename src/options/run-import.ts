/**
 * Importing files in the options page: each file through the shared import path
 * (src/corpus/import.ts), then every document in one write, so that a failed import leaves
 * the corpus as it was. Files are read one at a time, yielding between them so the page
 * stays responsive and the progress bar moves.
 */
import type { ImportProgress, ImportReport } from '../corpus/types';
import { Deduper, importFile, mergeImport, type ImportResult, type PageExtractor } from '../corpus/import';
import type { CorpusStore } from '../background/corpus-store';

export type { ImportProgress, ImportReport } from '../corpus/types';

/** A file to import: its name and a way to read its bytes (a File in the page, a fake in tests). */
export interface ImportSource {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface ImportDeps {
  store: Pick<CorpusStore, 'add'>;
  extract: PageExtractor;
  onProgress(progress: ImportProgress): void;
  /** Lets the page repaint between files. */
  yieldToPage?: () => Promise<void>;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function runImport(files: readonly ImportSource[], deps: ImportDeps): Promise<ImportReport> {
  const yieldToPage = deps.yieldToPage ?? nextTask;
  const result: ImportResult = { documents: [], skipped: [], warnings: [] };
  const dedupe = new Deduper();
  for (const [i, file] of files.entries()) {
    deps.onProgress({ done: i, total: files.length, file: file.name, saving: false });
    await yieldToPage();
    let bytes: Uint8Array;
    try {
      bytes = await file.bytes();
    } catch (error) {
      result.skipped.push({ file: file.name, reason: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    mergeImport(result, importFile(file.name, bytes, deps.extract), dedupe);
  }
  deps.onProgress({ done: files.length, total: files.length, file: null, saving: true });
  const report: ImportReport = { added: 0, skipped: result.skipped, warnings: result.warnings, evicted: 0, error: null };
  if (result.documents.length === 0) return report;
  try {
    const { added, skipped, evicted } = await deps.store.add(
      result.documents.map((d) => d.document),
      'import',
    );
    report.added = added.length;
    report.evicted = evicted.length;
    for (const skip of skipped) {
      const from = result.documents[skip.index]!;
      report.skipped.push(from.line === undefined ? { file: from.file, reason: skip.reason } : { file: from.file, line: from.line, reason: skip.reason });
    }
  } catch (error) {
    report.error = `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`;
  }
  return report;
}
