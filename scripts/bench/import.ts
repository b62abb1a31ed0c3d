/**
 * `npm run bench -- --only import [--big]`: import throughput at 10k generated documents in
 * Node (lacuna index's reading, the options page's import code into fake-indexeddb, and that
 * code alone) and in Chromium (the built extension's options page, real IndexedDB; target
 * ≥ 500 documents/s). `--big` adds a 200 MB file: peak memory of the streaming import in
 * Chromium and in Node. Figures only, nothing asserted. The generated files are kept in
 * artifacts/bench/ and made again only when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, DIST_CHROME } from '../browsers/paths';
import { importInChromium, type BrowserImport } from './import-browser';
import { writeGeneratedJsonl } from './import-data';

const TARGET_BROWSER_DOCS_PER_S = 500;

interface NodeImport {
  docs: number;
  seconds: number;
  docs_per_s: number;
  peak_rss_mb: number;
  peak_heap_mb: number;
}

function nodeImport(mode: 'index' | 'store' | 'stream', file: string): NodeImport {
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'import-node.ts'), mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`the Node import (${mode}) failed: ${run.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as NodeImport;
}

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

function row(cells: Array<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

export async function importBench(options: { big: boolean }): Promise<void> {
  const small = writeGeneratedJsonl(resolve(ARTIFACTS, 'bench/import-10k.jsonl'), { count: 10_000 });
  console.log(`Import throughput: ${small} (10,000 generated articles, ${mb(statSync(small).size)}). Timings on a shared 2-core machine: noisy.`);
  console.log(row(['where', 'path', 'documents', 'seconds', 'docs/s', 'peak memory', 'longest task while importing']));
  console.log(row(['---', '---', '---', '---', '---', '---', '---']));
  const index = nodeImport('index', small);
  console.log(row(['Node', '`lacuna index` reading (stream, parse, dedupe; keeps every document)', index.docs, index.seconds, index.docs_per_s, `RSS ${index.peak_rss_mb} MB`, '']));
  const store = nodeImport('store', small);
  console.log(row(['Node', 'options-page import code → store (fake-indexeddb, in memory)', store.docs, store.seconds, store.docs_per_s, `RSS ${store.peak_rss_mb} MB`, '']));
  const built = existsSync(resolve(DIST_CHROME, 'manifest.json'));
  if (!built) console.log('Chromium skipped: no build in dist/chrome (run `npm run build` first).');
  let browser: BrowserImport | null = null;
  if (built) {
    browser = await importInChromium(DIST_CHROME, small, 600_000);
    const verdict = browser.docs_per_s >= TARGET_BROWSER_DOCS_PER_S ? 'target met' : 'target NOT met';
    console.log(row(['Chromium', `options page → IndexedDB (${browser.wire_copies} of the first 500 listed marked as wire copies)`, browser.docs, browser.seconds, `${browser.docs_per_s} (≥ ${TARGET_BROWSER_DOCS_PER_S}: ${verdict})`, `JS heap ${browser.peak_heap_mb} MB`, `${browser.longest_task_ms} ms (list drawn after: ${browser.longest_task_after_ms} ms)`]));
  }
  if (!options.big) {
    console.log('(--big adds the memory of a 200 MB import.)');
    return;
  }
  const big = writeGeneratedJsonl(resolve(ARTIFACTS, 'bench/import-200mb.jsonl'), { bytes: 200 * 1024 * 1024 });
  console.log(`\n200 MB: ${big} (${mb(statSync(big).size)}).`);
  const stream = nodeImport('stream', big);
  console.log(row(['Node', 'options-page import code, batches dropped (what the import path holds)', stream.docs, stream.seconds, stream.docs_per_s, `RSS ${stream.peak_rss_mb} MB, heap ${stream.peak_heap_mb} MB`, '']));
  const bigIndex = nodeImport('index', big);
  console.log(row(['Node', '`lacuna index` reading (keeps every document)', bigIndex.docs, bigIndex.seconds, bigIndex.docs_per_s, `RSS ${bigIndex.peak_rss_mb} MB, heap ${bigIndex.peak_heap_mb} MB`, '']));
  if (built) {
    const large = await importInChromium(DIST_CHROME, big, 3_600_000);
    console.log(row(['Chromium', 'options page → IndexedDB', large.docs, large.seconds, large.docs_per_s, `JS heap ${large.peak_heap_mb} MB`, `${large.longest_task_ms} ms (list drawn after: ${large.longest_task_after_ms} ms)`]));
  }
}
