/**
 * A cold query in a fresh process: open the persisted index, answer one query, then (Lacuna)
 * the warm queries in the same process, whose peak RSS is then that of a process serving
 * analyses from the stored index. Prints one JSON line (a ColdFigures).
 * tsx scripts/bench/engine-cold.ts <lacuna|minisearch> <index file or folder> <queries.json> <warm-up.json>
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { analyzeStored, findRelatedStored, StoredIndex, type CorpusDocument } from '../../src/engine';
import { FileIndexStorage } from '../../src/cli/file-index-storage';
import { MINISEARCH_OPTIONS, uniqueTermsQuery, type ColdFigures } from './engine-figures';

const runtimeMs = performance.now();
const [system, file, queriesFile, warmUpFile] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile!, 'utf8')) as CorpusDocument[];
const warmUp = JSON.parse(readFileSync(warmUpFile!, 'utf8')) as CorpusDocument[];
const query = queries[0]!;

let mark = performance.now();
const lap = (): number => {
  const now = performance.now();
  const ms = now - mark;
  mark = now;
  return ms;
};

let figures: ColdFigures;
if (system === 'minisearch') {
  const text = readFileSync(file!, 'utf8');
  const readMs = lap();
  const search = MiniSearch.loadJSON<CorpusDocument>(text, MINISEARCH_OPTIONS);
  const loadMs = lap();
  search.search(uniqueTermsQuery(query));
  const queryMs = lap();
  figures = { runtimeMs, readMs, loadMs, queryMs, rssMb: process.resourceUsage().maxRSS / 1024 };
} else {
  // Opening reads the index's summary (counts, term table, norms); the query reads the rest it needs.
  const storage = FileIndexStorage.open(file!);
  const index = await StoredIndex.open(storage);
  const loadMs = lap();
  await analyzeStored(query, index);
  const queryMs = lap();
  for (const article of warmUp) await analyzeStored(article, index);
  const analyzeMs: number[] = [];
  const relatedMs: number[] = [];
  const related: number[] = [];
  // Interleaved, so that both see the same state of the heap.
  for (const each of queries) {
    let started = performance.now();
    await analyzeStored(each, index);
    analyzeMs.push(performance.now() - started);
    started = performance.now();
    related.push((await findRelatedStored(each, index)).length);
    relatedMs.push(performance.now() - started);
  }
  storage.close();
  const meanRelated = related.reduce((a, b) => a + b, 0) / related.length;
  figures = { runtimeMs, readMs: 0, loadMs, queryMs, rssMb: process.resourceUsage().maxRSS / 1024, warm: { analyzeMs, relatedMs, meanRelated } };
}
console.log(JSON.stringify(figures));
