// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { analyze, buildIndex, StoredIndex, type CorpusDocument } from '../engine';
import type { AnalysisStage, StageCount } from '../messages';
import type { ArticleText } from '../extract/types';
import { corpusAnalysis } from './corpus-analysis';
import { SHOWN_FROM, SYNC_BATCH } from './index-sync';
import { documentReads } from './store/document-reads';
import { idbCorpusStore } from './store/idb-corpus-store';
import { idbIndexStorage } from './store/idb-index-storage';
import { omitBeyondCut } from './truncation';

const FILES = ['000_f6d8503adc2b8999.txt', '001_ae30d0a36fc04354.txt', '002_7c7596a279809a0e.txt', '003_70745ba918bb0d59.txt', '004_a74d45a3fa71e733.txt'];
const SOURCES = ['The Moscow Times', 'Al Jazeera', 'HuffPost UK', 'AFP', 'The Straits Times'];
const seeds: CorpusDocument[] = FILES.map((file, at) => ({
  id: file, url: null, title: null, source: SOURCES[at]!, published: null, lang: 'en',
  text: readFileSync(new URL(`../../test/fixtures/seeds/${file}`, import.meta.url), 'utf8'),
}));
const FOOTBALL: CorpusDocument = {
  id: 'football', url: null, title: null, source: 'Example Sport', published: null, lang: 'en',
  text: 'Manchester United beat Liverpool 2-1 at Old Trafford on Thursday, with Marcus Rashford scoring twice in the second half.',
};
const articleOf = ({ id: _id, ...document }: CorpusDocument): ArticleText => ({ ...document, byline: null, truncated: false });
const ignore = () => undefined;

/** A corpus store that bumps its revision when its documents change, as the real one does, and counts the documents read. */
function fakeStore(initial: CorpusDocument[]) {
  let documents = initial;
  let revision = 1;
  const store = {
    read: 0,
    revision: async () => revision,
    ids: async () => ({ revision, ids: documents.map((document) => document.id) }),
    getMany: async (ids: readonly string[]) => {
      const found = ids.flatMap((id) => documents.filter((document) => document.id === id));
      store.read += found.length;
      return found;
    },
    set: (next: CorpusDocument[]) => {
      documents = next;
      revision++;
    },
  };
  return store;
}

/** The IndexedDB-backed storage, counting the entries written. */
function countingStorage(factory: IDBFactory) {
  const storage = idbIndexStorage(factory, 'lacuna-index-test');
  const counted = { ...storage, writes: 0, put: async (entries: Parameters<typeof storage.put>[0]) => {
    counted.writes += entries.length;
    return storage.put(entries);
  } };
  return counted;
}

describe('corpusAnalysis over the stored index in IndexedDB', () => {
  it('analyzes as an index in memory does', async () => {
    const corpus = seeds.slice(1);
    const run = corpusAnalysis(fakeStore(corpus), countingStorage(new IDBFactory()));
    const { analysis, corpusSize } = await run.analyze(articleOf(seeds[0]!), ignore);
    expect(corpusSize).toBe(4);
    expect(analysis).toEqual(analyze(articleOf(seeds[0]!), buildIndex(corpus)));
  });

  it('gives the first sentence of each related document without a title, and none for a titled one', async () => {
    const titled = { ...seeds[4]!, title: 'Xi, Putin accuse US of ‘interference’ during phone call' };
    const run = corpusAnalysis(fakeStore([...seeds.slice(1, 4), titled]), countingStorage(new IDBFactory()));
    const { analysis, openings } = await run.analyze(articleOf(seeds[0]!), ignore);
    expect(analysis.related).toHaveLength(4);
    expect(Object.keys(openings ?? {}).sort()).toEqual([seeds[1]!.id, seeds[2]!.id, seeds[3]!.id]);
    expect(openings![seeds[3]!.id]).toBe(
      'Chinese President Xi Jinping and his Russian counterpart Vladimir Putin accused the United States of "interfering" in their countries\' affairs during a telephone call on Thursday, the Kremlin said.',
    );
    // HuffPost's text opens with its headline, which is no sentence of its content: the opening is its first sentence.
    expect(openings![seeds[2]!.id]).toBe('Both Russia and China have been accused of interfering in other countries themselves.');
  });

  it('leaves out the documents the reader set aside for the article, and says how many', async () => {
    const article = { ...articleOf(seeds[0]!), url: 'https://www.themoscowtimes.com/xi-putin' };
    const asked: Array<string | null> = [];
    const run = corpusAnalysis(fakeStore(seeds.slice(1)), countingStorage(new IDBFactory()), async (url) => {
      asked.push(url);
      return [seeds[2]!.id];
    });
    const { analysis, setAside } = await run.analyze(article, ignore);
    expect(asked).toEqual([article.url]);
    expect(setAside).toBe(1);
    expect(analysis.related.map((entry) => entry.doc).sort()).toEqual([seeds[1]!.id, seeds[3]!.id, seeds[4]!.id]);
    expect(analysis.omitted.flatMap((item) => item.sources.map((source) => source.doc))).not.toContain(seeds[2]!.id);
  });

  it('counts as set aside only the documents the corpus still holds', async () => {
    const article = { ...articleOf(seeds[0]!), url: 'https://www.themoscowtimes.com/xi-putin' };
    const run = corpusAnalysis(fakeStore(seeds.slice(1)), countingStorage(new IDBFactory()), async () => [seeds[2]!.id, 'deleted-since']);
    expect((await run.analyze(article, ignore)).setAside).toBe(1);
  });

  it('keeps the index across worker restarts and updates it by the documents added or deleted', async () => {
    const factory = new IDBFactory();
    const store = fakeStore(seeds.slice(1));
    await corpusAnalysis(store, countingStorage(factory)).analyze(articleOf(seeds[0]!), ignore);

    // A restarted worker: the index is opened, not rebuilt.
    const woken = countingStorage(factory);
    const again = await corpusAnalysis(store, woken).analyze(articleOf(seeds[0]!), ignore);
    expect(woken.writes).toBe(0);
    expect(again.analysis.related).toHaveLength(4);

    // One document added and one deleted: only they are written, and the analysis sees the change.
    store.set([...seeds.slice(2), FOOTBALL]);
    const changed = countingStorage(factory);
    const after = await corpusAnalysis(store, changed).analyze(articleOf(seeds[0]!), ignore);
    expect(after.analysis).toEqual(analyze(articleOf(seeds[0]!), buildIndex([...seeds.slice(2), FOOTBALL])));
    expect(changed.writes).toBeGreaterThan(0);
    expect(changed.writes).toBeLessThan(40);
    const index = await StoredIndex.open(idbIndexStorage(factory, 'lacuna-index-test'));
    expect([...(await index.documentNumbers()).keys()].sort()).toEqual([...seeds.slice(2), FOOTBALL].map((document) => document.id).sort());
  });

  it('rebuilds an index it cannot read (it is derived data: nothing is lost)', async () => {
    const factory = new IDBFactory();
    const storage = idbIndexStorage(factory, 'lacuna-index-test');
    await storage.put([['meta', { format: 'from another version' }], ['d/0', 'junk']]);
    const { analysis } = await corpusAnalysis(fakeStore(seeds.slice(1)), storage).analyze(articleOf(seeds[0]!), ignore);
    expect(analysis.related).toHaveLength(4);
    expect(await storage.get(['d/0'])).not.toEqual(['junk']);
  });

  it('reads only the documents the index lacks, and none on a wake when it is in step', async () => {
    const factory = new IDBFactory();
    const store = fakeStore(seeds.slice(1));
    await corpusAnalysis(store, countingStorage(factory)).analyze(articleOf(seeds[0]!), ignore);
    expect(store.read).toBe(4);

    store.read = 0;
    const woken = await corpusAnalysis(store, countingStorage(factory)).analyze(articleOf(seeds[0]!), ignore);
    expect(store.read).toBe(0);
    expect(woken.corpusSize).toBe(4);

    store.set([...seeds.slice(1), FOOTBALL]);
    await corpusAnalysis(store, countingStorage(factory)).analyze(articleOf(seeds[0]!), ignore);
    expect(store.read).toBe(1);
  });

  it('reads, for a page cut short, only the documents its items quote, with the result reading them all gave', async () => {
    const store = fakeStore([...seeds.slice(1), FOOTBALL]);
    const cut = { ...articleOf(seeds[0]!), text: seeds[0]!.text.slice(0, 600), truncated: true };
    const run = corpusAnalysis(store, countingStorage(new IDBFactory()));
    await run.sync();
    store.read = 0;
    const { analysis } = await run.analyze(cut, ignore);
    const full = analyze(cut, buildIndex([...seeds.slice(1), FOOTBALL]));
    expect(analysis).toEqual(omitBeyondCut(full, cut, [...seeds.slice(1), FOOTBALL]));
    const quoted = new Set(full.omitted.flatMap((item) => item.sources.map((source) => source.doc)));
    expect(quoted.has('football')).toBe(false);
    expect(store.read).toBe(quoted.size);
  });

  it('indexes when told the corpus changed, so that the next analysis writes nothing', async () => {
    const storage = countingStorage(new IDBFactory());
    const store = fakeStore(seeds.slice(1));
    const run = corpusAnalysis(store, storage);
    await run.sync();
    const written = storage.writes;
    expect(written).toBeGreaterThan(0);
    await run.analyze(articleOf(seeds[0]!), ignore);
    expect(storage.writes).toBe(written);
  });

  it('shows the indexing of many new documents as a stage, batch by batch, and not that of a few', async () => {
    const many = Array.from({ length: SYNC_BATCH + SHOWN_FROM }, (_, n): CorpusDocument => ({
      ...FOOTBALL,
      id: `match-${n}`,
      text: `Team ${n} beat club ${n + 1} by ${n % 7} goals on day ${n} of the season, the league said.`,
    }));
    const store = fakeStore(seeds.slice(1));
    const run = corpusAnalysis(store, countingStorage(new IDBFactory()));
    const stages: Array<[AnalysisStage, number, StageCount | undefined]> = [];
    const record = (stage: AnalysisStage, progress: number, count?: StageCount) => void stages.push([stage, progress, count]);
    await run.analyze(articleOf(seeds[0]!), record);
    expect(stages.map(([stage]) => stage)).not.toContain('indexing');

    store.set([...seeds.slice(1), ...many]);
    stages.length = 0;
    const { corpusSize } = await run.analyze(articleOf(seeds[0]!), record);
    expect(corpusSize).toBe(4 + many.length);
    const indexing = stages.filter(([stage]) => stage === 'indexing');
    expect(indexing.map(([, progress, count]) => [progress, count])).toEqual([
      [0, { done: 0, total: many.length }],
      [SYNC_BATCH / many.length, { done: SYNC_BATCH, total: many.length }],
      [1, { done: many.length, total: many.length }],
    ]);
    expect(stages.findIndex(([stage]) => stage === 'related')).toBeGreaterThan(stages.lastIndexOf(indexing.at(-1)!));
  }, 60_000);

  it('reads no document record of the IndexedDB corpus on a wake with the index in step', async () => {
    const factory = new IDBFactory();
    const corpus = idbCorpusStore({ indexedDB: factory, loadDemo: async () => [], now: () => 1000 });
    await corpus.add(seeds.slice(1), 'import');
    await corpusAnalysis(corpus, countingStorage(factory)).analyze(articleOf(seeds[0]!), ignore);

    const reads = documentReads();
    try {
      const restarted = idbCorpusStore({ indexedDB: factory, loadDemo: async () => [], now: () => 1000 });
      const { corpusSize, analysis } = await corpusAnalysis(restarted, countingStorage(factory)).analyze(articleOf(seeds[0]!), ignore);
      expect(corpusSize).toBe(4);
      expect(analysis.related).toHaveLength(4);
      expect(reads.values() + reads.whole()).toBe(0);
    } finally {
      reads.restore();
    }
  });
});
