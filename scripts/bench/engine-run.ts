/**
 * One size of the engine benchmark in a process of its own, so that its peak RSS is its own:
 * tsx scripts/bench/engine-run.ts <lacuna|minisearch> <docs> <queries> <dir>
 * Builds the synthetic corpus, indexes it, writes the serialized index to <dir>, times the
 * queries warm and prints one JSON line (a RunFigures). Started by engine.ts.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { analyze, buildIndex, findRelated, serializeIndex, type CorpusDocument } from '../../src/engine';
import { assembleIndex } from '../../src/engine/corpus/corpus-index';
import { processText } from '../../src/engine/text/document';
import { loadNews, queryArticles, syntheticCorpus } from './corpus';
import { MINISEARCH_OPTIONS, uniqueTermsQuery, type RunFigures } from './engine-figures';

const [system, docsArg, queriesArg, dir] = process.argv.slice(2);
const size = Number(docsArg);
const records = loadNews();
if (!records || !dir) throw new Error('usage: engine-run.ts <lacuna|minisearch> <docs> <queries> <dir> (needs ../shared/data/news)');
const corpus = syntheticCorpus(records, size);
const queries = queryArticles(records, Number(queriesArg));
writeFileSync(join(dir, 'queries.json'), JSON.stringify(queries));

/** Progress on stderr, for the large sizes. */
const step = (what: string): void => void (size >= 50_000 && process.stderr.write(`  ${system} ${size}: ${what}\n`));

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

/** Per query runner, the time of each query; each runner answers one query first to warm up. */
function timeQueries(...runners: Array<(query: CorpusDocument) => unknown>): number[][] {
  for (const run of runners) run(queries[0]!);
  const times = runners.map((): number[] => []);
  for (const query of queries) runners.forEach((run, at) => times[at]!.push(time(() => run(query))[1]));
  return times;
}

function lacuna(): RunFigures {
  step('building the index');
  const [index, buildMs] = time(() => buildIndex(corpus));
  step('answering the queries');
  // Interleaved, so that both see the same state of the heap.
  const [analyzeMs, relatedMs] = timeQueries(
    (query) => analyze(query, index),
    (query) => findRelated(query, index),
  );
  const related = queries.map((query) => findRelated(query, index).length);
  // Peak so far: the corpus, its index and the queries (before the copies made below).
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // No incremental add in the engine: a new document is processed, then the derived parts
  // (stats, weights, postings of every document) are assembled again over all of them.
  step('adding one document');
  const extra = syntheticCorpus(records!, size + 1).at(-1)!;
  const [, addMs] = time(() => {
    const processed = { ...extra, sentences: processText(extra.text) };
    return assembleIndex([...index.documents, processed], index.boilerplateLines);
  });
  const file = join(dir!, 'index.json');
  const [, serializeMs] = time(() => writeFileSync(file, JSON.stringify(serializeIndex(index))));
  return {
    system: 'lacuna', docs: size, buildMs, addMs, serializeMs, analyzeMs: analyzeMs!, relatedMs: relatedMs!,
    meanRelated: related.reduce((a, b) => a + b, 0) / related.length,
    rssMb, indexMb: statSync(file).size / 1e6, file,
  };
}

function minisearch(): RunFigures {
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
    rssMb, indexMb: statSync(file).size / 1e6, file,
  };
}

const figures = system === 'minisearch' ? minisearch() : lacuna();
console.log(JSON.stringify(figures));
