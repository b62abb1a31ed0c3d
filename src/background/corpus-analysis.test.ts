// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { analyze, buildIndex, StoredIndex, type CorpusDocument } from '../engine';
import type { ArticleText } from '../extract/types';
import { corpusAnalysis } from './corpus-analysis';
import { idbIndexStorage } from './store/idb-index-storage';

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

/** A corpus store whose documents are replaced by a new array when they change, as the real one does. */
function fakeStore(initial: CorpusDocument[]) {
  let documents = initial;
  return { documents: async () => documents, set: (next: CorpusDocument[]) => void (documents = next) };
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
    const { analysis, corpusSize } = await run(articleOf(seeds[0]!), ignore);
    expect(corpusSize).toBe(4);
    expect(analysis).toEqual(analyze(articleOf(seeds[0]!), buildIndex(corpus)));
  });

  it('keeps the index across worker restarts and updates it by the documents added or deleted', async () => {
    const factory = new IDBFactory();
    const store = fakeStore(seeds.slice(1));
    await corpusAnalysis(store, countingStorage(factory))(articleOf(seeds[0]!), ignore);

    // A restarted worker: the index is opened, not rebuilt.
    const woken = countingStorage(factory);
    const again = await corpusAnalysis(store, woken)(articleOf(seeds[0]!), ignore);
    expect(woken.writes).toBe(0);
    expect(again.analysis.related).toHaveLength(4);

    // One document added and one deleted: only they are written, and the analysis sees the change.
    store.set([...seeds.slice(2), FOOTBALL]);
    const changed = countingStorage(factory);
    const after = await corpusAnalysis(store, changed)(articleOf(seeds[0]!), ignore);
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
    const { analysis } = await corpusAnalysis(fakeStore(seeds.slice(1)), storage)(articleOf(seeds[0]!), ignore);
    expect(analysis.related).toHaveLength(4);
    expect(await storage.get(['d/0'])).not.toEqual(['junk']);
  });
});
