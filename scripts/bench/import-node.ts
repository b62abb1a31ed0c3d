/**
 * One Node measurement of the import path, run in a process of its own so that its peak
 * memory is its own: `tsx import-node.ts <index|store|stream> <file.jsonl>` prints one JSON
 * line { docs, seconds, docs_per_s, peak_rss_mb, peak_heap_mb }.
 * - index: `lacuna index`'s reading of a corpus folder holding the file (stream, parse, dedupe;
 *   it keeps every document, as the index it builds needs them all);
 * - store: the options page's import code (runImport) into the corpus store over fake-indexeddb;
 * - stream: the same import code with a store that counts and drops each batch: what the import
 *   path itself holds, whatever the file's size.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createReadStream, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { idbCorpusStore } from '../../src/background/store/idb-corpus-store';
import { readCorpusDir } from '../../src/cli/corpus-dir';
import { runImport, type ImportSource, type ImportStore } from '../../src/options/run-import';

const [mode, file] = process.argv.slice(2);
if (!mode || !file) {
  console.error('usage: tsx scripts/bench/import-node.ts <index|store|stream> <file.jsonl>');
  process.exit(2);
}

let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 100);

const source = (path: string): ImportSource => ({
  name: basename(path),
  size: statSync(path).size,
  chunks: () => createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Uint8Array>,
});

const discarding: ImportStore = {
  startImport: async (files) => ({ id: 'count', files, startedAt: 0, bytesTotal: files.reduce((s, f) => s + f.size, 0), bytesDone: 0, added: 0, resumeAt: null, state: 'running' }),
  addToImport: async (_id, documents) => ({ added: documents.map((d) => d.id), skipped: [], evicted: [] }),
  finishImport: async () => [],
  removeImport: async () => 0,
};

const t0 = performance.now();
let docs: number;
if (mode === 'index') {
  const dir = mkdtempSync(join(tmpdir(), 'lacuna-bench-index-'));
  symlinkSync(resolve(file), join(dir, basename(file)));
  docs = readCorpusDir(dir).documents.length;
  rmSync(dir, { recursive: true, force: true });
} else {
  const store = mode === 'store' ? idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [] }) : discarding;
  const report = await runImport([source(file)], { store, extract: () => null, onProgress: () => undefined, yieldToPage: async () => undefined });
  if (report.error) throw new Error(report.error);
  docs = report.added;
}
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
console.log(
  JSON.stringify({
    docs,
    seconds: Math.round(seconds * 100) / 100,
    docs_per_s: Math.round(docs / seconds),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    peak_heap_mb: Math.round(peakHeap / 1024 / 1024),
  }),
);
