/**
 * A cold query in a fresh process: read the persisted index from disk, load it, answer one
 * query, print one JSON line (a ColdFigures).
 * tsx scripts/bench/engine-cold.ts <lacuna|minisearch> <index file> <queries.json>
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { analyze, deserializeIndex, type CorpusDocument } from '../../src/engine';
import { MINISEARCH_OPTIONS, uniqueTermsQuery, type ColdFigures } from './engine-figures';

const runtimeMs = performance.now();
const [system, file, queriesFile] = process.argv.slice(2);
const query = (JSON.parse(readFileSync(queriesFile!, 'utf8')) as CorpusDocument[])[0]!;

let mark = performance.now();
const lap = (): number => {
  const now = performance.now();
  const ms = now - mark;
  mark = now;
  return ms;
};
const text = readFileSync(file!, 'utf8');
const readMs = lap();
let answer: () => unknown;
if (system === 'minisearch') {
  const search = MiniSearch.loadJSON<CorpusDocument>(text, MINISEARCH_OPTIONS);
  answer = () => search.search(uniqueTermsQuery(query));
} else {
  const index = deserializeIndex(JSON.parse(text));
  answer = () => analyze(query, index);
}
const loadMs = lap();
answer();
const queryMs = lap();
const figures: ColdFigures = { runtimeMs, readMs, loadMs, queryMs, rssMb: process.resourceUsage().maxRSS / 1024 };
console.log(JSON.stringify(figures));
