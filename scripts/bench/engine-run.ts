/**
 * One size of the engine benchmark in a process of its own, so that its peak RSS is its own:
 * tsx scripts/bench/engine-run.ts <lacuna|minisearch> <docs> <queries> <dir>
 * Lacuna: builds the stored index of the synthetic corpus in <dir>/lacuna-index (files, as the
 * CLI keeps it), batch by batch, then adds documents one at a time; its queries run in
 * engine-cold.ts, a fresh process reading that index. Minisearch: builds in memory, times
 * the queries warm, writes its JSON. Prints one JSON line (a RunFigures). Started by engine.ts.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { StoredIndex, type CorpusDocument } from '../../src/engine';
import { FileIndexStorage } from '../../src/cli/file-index-storage';
import { loadNews, queryArticles, syntheticCorpus, syntheticDocuments } from './corpus';
import { MINISEARCH_OPTIONS, uniqueTermsQuery, WARM_UP, type RunFigures } from './engine-figures';

const [system, docsArg, queriesArg, dir] = process.argv.slice(2);
const size = Number(docsArg);
const records = loadNews();
if (!records || !dir) throw new Error('usage: engine-run.ts <lacuna|minisearch> <docs> <queries> <dir> (needs ../shared/data/news)');
const queries = queryArticles(records, Number(queriesArg));
/** Other real articles, answered first so that the timed queries run warm (the code compiled), not on data they read before. */
const warmUp = queryArticles(records, WARM_UP, Math.floor(records.length / Number(queriesArg) / 2));
writeFileSync(join(dir, 'queries.json'), JSON.stringify(queries));
writeFileSync(join(dir, 'warm-up.json'), JSON.stringify(warmUp));

/** Progress on stderr, for the large sizes. */
const step = (what: string): void => void (size >= 50_000 && process.stderr.write(`  ${system} ${size}: ${what}\n`));

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

/** Per query runner, the time of each query; each runner answers the warm-up articles first. */
function timeQueries(...runners: Array<(query: CorpusDocument) => unknown>): number[][] {
  for (const run of runners) for (const article of warmUp) run(article);
  const times = runners.map((): number[] => []);
  for (const query of queries) runners.forEach((run, at) => times[at]!.push(time(() => run(query))[1]));
  return times;
}

/** Documents indexed at a time while building, as `lacuna index` does. */
const BUILD_BATCH = 5000;
/** Single documents added after the build, to time an incremental add. */
const ADDS = 10;

async function lacuna(): Promise<RunFigures> {
  const folder = join(dir!, 'lacuna-index');
  const storage = FileIndexStorage.open(folder);
  const index = await StoredIndex.open(storage);
  step('building the index');
  const started = performance.now();
  let batch: CorpusDocument[] = [];
  for (const document of syntheticDocuments(records!, size)) {
    batch.push(document);
    if (batch.length === BUILD_BATCH) {
      await index.add(batch);
      batch = [];
      step(`${index.documentCount} indexed`);
    }
  }
  await index.add(batch);
  const buildMs = performance.now() - started;
  step('adding documents one at a time');
  const addTimes: number[] = [];
  for (const document of syntheticDocuments(records!, size + ADDS, size)) {
    const started = performance.now();
    await index.add([document]);
    addTimes.push(performance.now() - started);
  }
  const buildRssMb = process.resourceUsage().maxRSS / 1024;
  storage.close();
  const indexMb = readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0) / 1e6;
  return {
    system: 'lacuna', docs: size, buildMs, addMs: addTimes.reduce((a, b) => a + b, 0) / addTimes.length, serializeMs: 0,
    analyzeMs: [], relatedMs: [], meanRelated: null, rssMb: buildRssMb, buildRssMb, indexMb, file: folder, segments: index.segments.length,
  };
}

function minisearch(): RunFigures {
  const corpus = syntheticCorpus(records!, size);
  const [index, buildMs] = time(() => {
    const search = new MiniSearch<CorpusDocument>(MINISEARCH_OPTIONS);
    search.addAll(corpus);
    return search;
  });
  const [relatedMs] = timeQueries((query) => index.search(uniqueTermsQuery(query)));
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const extra = syntheticCorpus(records!, size + 1).at(-1)!;
  const [, addMs] = time(() => index.add(extra));
  index.discard(extra.id);
  const file = join(dir!, 'minisearch.json');
  const [, serializeMs] = time(() => writeFileSync(file, JSON.stringify(index)));
  return {
    system: 'minisearch', docs: size, buildMs, addMs, serializeMs, analyzeMs: relatedMs!, relatedMs: relatedMs!, meanRelated: null,
    rssMb, buildRssMb: rssMb, indexMb: statSync(file).size / 1e6, file,
  };
}

const figures = system === 'minisearch' ? minisearch() : await lacuna();
console.log(JSON.stringify(figures));
