/**
 * The engine at scale: per corpus size, Lacuna's index (build, add, size on disk, warm and
 * cold analyze, peak memory) and the same queries through minisearch. Each system and size
 * runs in processes of their own (engine-run.ts, then engine-cold.ts on the index it wrote),
 * so that peak memory and cold start are their own. A benchmark: it prints, it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadNews, newsDir } from './corpus';
import { LACUNA_QUERY_HEAP_MB, quantile, WARM_UP, type ColdFigures, type RunFigures } from './engine-figures';
import { printSize, printTargets, type SizeResult } from './engine-print';

/**
 * Timed queries per size. A p95 of 20 is the second slowest, so one collection or late
 * compilation moves it; 100 give the 95th percentile its meaning where both systems answer
 * fast. At 100,000 minisearch takes about 19 s a query, so there it stays at 20.
 */
export function queryCount(docs: number): number {
  return docs <= 10_000 ? 100 : 20;
}

export interface JsonRow {
  name: string;
  docs: number;
  p50_ms: number;
  p95_ms: number;
  cold_ms: number | null;
  rss_mb: number;
  index_mb: number;
}

/**
 * Node with the TypeScript loader. Minisearch gets a large heap, so that 100,000 documents can be
 * tried at all (it may still run out); Lacuna runs with Node's default.
 */
function runScript<T>(script: string, args: string[], heapMb?: number): T | { error: string } {
  const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  // stderr is the terminal's: errors, and the progress of large sizes, show as they come.
  const result = spawnSync(process.execPath, [...heap, '--import', 'tsx', resolve(import.meta.dirname, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    const aborted = result.signal === 'SIGABRT' || result.status === 134;
    return { error: aborted ? 'aborted, most likely out of memory (see above)' : `exit ${result.status ?? result.signal} (see above)` };
  }
  return JSON.parse(line) as T;
}

/** Minisearch's heap: at 100,000 documents it held 5.8 GB of resident memory here. */
const MINISEARCH_HEAP_MB = 8192;

function measure(system: 'lacuna' | 'minisearch', docs: number, dir: string): SizeResult['lacuna'] {
  const run = runScript<RunFigures>('engine-run.ts', [system, String(docs), String(queryCount(docs)), dir], system === 'minisearch' ? MINISEARCH_HEAP_MB : undefined);
  if ('error' in run) return run;
  const cold = runScript<ColdFigures>('engine-cold.ts', [system, run.file, join(dir, 'queries.json'), join(dir, 'warm-up.json')], system === 'minisearch' ? MINISEARCH_HEAP_MB : LACUNA_QUERY_HEAP_MB);
  rmSync(run.file, { recursive: true, force: true });
  if (system === 'lacuna') {
    // Lacuna's queries run in the fresh process that reads the stored index.
    if ('error' in cold) return { run, cold };
    return { run: { ...run, analyzeMs: cold.warm!.analyzeMs, relatedMs: cold.warm!.relatedMs, meanRelated: cold.warm!.meanRelated, rssMb: cold.rssMb }, cold };
  }
  return { run, cold };
}

const rowOf = (name: string, result: SizeResult['lacuna']): JsonRow | null =>
  'error' in result
    ? null
    : {
        name,
        docs: result.run.docs,
        p50_ms: round(quantile(result.run.analyzeMs, 0.5)),
        p95_ms: round(quantile(result.run.analyzeMs, 0.95)),
        cold_ms: 'error' in result.cold ? null : round(result.cold.readMs + result.cold.loadMs + result.cold.queryMs),
        rss_mb: round(result.run.rssMb),
        index_mb: round(result.run.indexMb),
      };
const round = (value: number): number => Math.round(value * 10) / 10;

/** Runs every size; prints as it goes unless `json`; returns the rows of the --json form, or null without the data sets. */
export function engineBench(sizes: number[], json: boolean): JsonRow[] | null {
  if (!loadNews()) {
    console.error(`Engine benchmark skipped: the dev news sets are not in ${newsDir} (../shared/data/news).`);
    return null;
  }
  const log = json ? () => {} : console.log;
  log(`Engine at scale: synthetic corpora made from the dev news sets (scripts/bench/corpus.ts); real articles of the sets as queries (100 a size up to 10,000, 20 above); warm = after ${WARM_UP} other articles of the sets (the code compiled; the timed queries' own data not read before).`);
  const results: SizeResult[] = [];
  for (const docs of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'lacuna-engine-bench-'));
    try {
      const result: SizeResult = { docs, lacuna: measure('lacuna', docs, dir), minisearch: measure('minisearch', docs, dir) };
      results.push(result);
      if (!json) printSize(result);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!json) printTargets(results, sizes);
  return results.flatMap((result) => [rowOf('lacuna', result.lacuna), rowOf('minisearch', result.minisearch)]).filter((row): row is JsonRow => row !== null);
}
