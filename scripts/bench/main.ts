/**
 * npm run bench [-- --only engine|marks|import|wake] [--sizes 1000,10000] [--json] [--big]
 * The engine at scale (engine.ts), then anchoring and drawing claims in real browsers
 * (marks.ts, unchanged, in a process of its own). Benchmarks: they print, they assert nothing.
 * --json prints one JSON object { "results": [...] } of the engine rows; the marks benchmark,
 * whose figures are a table of its own, is skipped then. Import throughput (import.ts) runs
 * last, in a process of its own (--big: the 200 MB import's memory too). What a worker wake
 * reads of the corpus (wake.ts) runs only when asked: --only wake.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { engineBench } from './engine';
import { NOT_RUN_100K } from './engine-print';

const USAGE = 'usage: npm run bench [-- --only engine|marks|import|wake] [--sizes 1000,10000[,100000]] [--json] [--big]';
const args = process.argv.slice(2);
const value = (flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const only = value('--only');
const json = args.includes('--json');
const sizes = (value('--sizes') ?? '1000,10000').split(',').map(Number);
if ((only && !['engine', 'marks', 'import', 'wake'].includes(only)) || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(USAGE);
  process.exit(2);
}

if (only === undefined || only === 'engine') {
  const rows = engineBench(sizes, json);
  if (json) {
    const output: Record<string, unknown> = { results: rows ?? [] };
    if (rows === null) output['skipped'] = 'the dev news sets (../shared/data/news) are not here';
    if (!sizes.includes(100_000)) output['not_run'] = NOT_RUN_100K;
    if (only !== 'engine') output['marks'] = 'skipped under --json: run npm run bench -- --only marks for its table';
    console.log(JSON.stringify(output));
  }
}
if (only === 'marks' || (!only && !json)) {
  console.log('');
  const marks = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'marks.ts')], { stdio: 'inherit' });
  process.exitCode = marks.status ?? 1;
}
if (only === 'import' || (!only && !json)) {
  console.log('');
  const flags = args.includes('--big') ? ['--big'] : [];
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'import-run.ts'), ...flags], { stdio: 'inherit' });
  process.exitCode = process.exitCode || (run.status ?? 1);
}
if (only === 'wake') {
  const sizeFlags = value('--sizes') ? ['--sizes', value('--sizes')!] : [];
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(import.meta.dirname, 'wake.ts'), ...sizeFlags], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
