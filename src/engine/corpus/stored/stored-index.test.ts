import { readFileSync } from 'node:fs';
import { analyze, analyzeStored, buildIndex, findRelated, findRelatedStored, MemoryStorage, StoredIndex, StoredIndexError, type CorpusDocument } from '../../index';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { newsDir } from '../../../../scripts/bench/corpus';
import { readNews, textOnly } from '../../../../scripts/eval/news';

const SEED_FILES = ['000_f6d8503adc2b8999.txt', '001_ae30d0a36fc04354.txt', '002_7c7596a279809a0e.txt', '003_70745ba918bb0d59.txt', '004_a74d45a3fa71e733.txt'];
const SOURCES = ['The Moscow Times', 'Al Jazeera', 'HuffPost UK', 'AFP', 'The Straits Times'];
const seeds: CorpusDocument[] = SEED_FILES.map((file, at) => ({
  id: file, url: null, title: null, source: SOURCES[at]!, published: null, lang: 'en',
  text: readFileSync(new URL(`../../../../test/fixtures/seeds/${file}`, import.meta.url), 'utf8'),
}));

const doc = (id: string, text: string, source: string | null = null): CorpusDocument => ({ id, url: null, title: null, source, published: null, lang: 'en', text });
const asArticle = ({ id: _id, ...article }: CorpusDocument) => article;

/** Documents of many small stories, each told by three outlets with a newsletter line of their own. */
function generated(count: number, withOutlets = true): CorpusDocument[] {
  const outlets = ['Harbour Post', 'Valley News', 'Coast Herald'];
  const places = ['Arden', 'Brill', 'Corwen', 'Dunmore', 'Elgin', 'Fenwick', 'Garston', 'Hexley', 'Ilford', 'Jarrow'];
  const things = ['bridge', 'library', 'harbour', 'school', 'hospital', 'railway', 'market', 'stadium'];
  return Array.from({ length: count }, (_, k) => {
    const story = Math.floor(k / 3);
    const place = places[story % places.length]!;
    const thing = things[Math.floor(story / places.length) % things.length]!;
    const outlet = outlets[k % 3]!;
    return doc(`g${k}`, [
      `The council of ${place} approved a ${thing} budget of $${story + 2}.${k % 3} million on Monday.`,
      `Mayor ${place}son said the ${thing} had waited ${story % 7 + 3} years, and ${outlet} readers wrote in.`,
      k % 3 === 0 ? `Residents of ${place} protested outside the town hall about the cost.` : `The ${thing} will open in ${2026 + (story % 4)}.`,
      `Sign up for the ${outlet} newsletter.`,
    ].join('\n\n'), withOutlets ? outlet : null);
  });
}

async function storedOf(documents: CorpusDocument[], storage = new MemoryStorage(), postingsPerShard?: number): Promise<StoredIndex> {
  const index = await StoredIndex.open(storage, { postingsPerShard });
  await index.add(documents);
  return index;
}

describe('StoredIndex', () => {
  it('gives the analysis an index in memory gives, on every seed against the others', async () => {
    for (const seed of seeds) {
      const others = seeds.filter((other) => other !== seed);
      const stored = await storedOf(others);
      expect(await analyzeStored(asArticle(seed), stored)).toEqual(analyze(asArticle(seed), buildIndex(others)));
    }
  });

  it('finds the related documents an index in memory finds, on a generated corpus with outlet boilerplate', async () => {
    const corpus = generated(240);
    const memory = buildIndex(corpus);
    const stored = await storedOf(corpus);
    for (const query of corpus.filter((_, k) => k % 17 === 0)) {
      expect(await findRelatedStored(asArticle(query), stored)).toEqual(findRelated(asArticle(query), memory));
    }
  });

  it('opens again from its storage and answers the same (persistence round trip)', async () => {
    const storage = new MemoryStorage();
    const corpus = generated(60);
    const first = await storedOf(corpus, storage);
    const reopened = await StoredIndex.open(storage);
    expect(reopened.documentCount).toBe(60);
    const query = asArticle(corpus[7]!);
    expect(await analyzeStored(query, reopened)).toEqual(await analyzeStored(query, first));
  });

  it('adds documents one at a time, merging segments, with the results of one build', async () => {
    // Without outlets: an outlet's repeated lines are found only once they repeat, which one build sees at once.
    const corpus = generated(48, false);
    const storage = new MemoryStorage();
    const index = await StoredIndex.open(storage);
    for (const document of corpus) await index.add([document]);
    expect(index.segments.length).toBeLessThanOrEqual(6);
    expect(index.documentCount).toBe(48);
    const whole = await storedOf(corpus);
    for (const query of corpus.filter((_, k) => k % 5 === 0)) {
      expect(await findRelatedStored(asArticle(query), index)).toEqual(await findRelatedStored(asArticle(query), whole));
    }
  });

  it('removes documents: they are never found again, and the counts are as if they were never added', async () => {
    const corpus = generated(30);
    const index = await storedOf(corpus);
    const query = asArticle(corpus[0]!);
    expect((await findRelatedStored(query, index)).map((entry) => entry.doc)).toContain('g1');
    await index.remove(['g1', 'unknown']);
    expect(index.documentCount).toBe(29);
    expect((await findRelatedStored(query, index)).map((entry) => entry.doc)).not.toContain('g1');
    const without = corpus.filter((document) => document.id !== 'g1');
    expect(await findRelatedStored(query, index)).toEqual(findRelated(query, buildIndex(without)));
    // Merged away: a later add merges the segment, and the removed document's postings go.
    await index.add([doc('late', 'An unrelated late report about a football final that went to extra time.')]);
    expect(await findRelatedStored(query, index)).toEqual(findRelated(query, buildIndex([...without, doc('late', 'An unrelated late report about a football final that went to extra time.')])));
  });

  it('replaces a document added again under the same id', async () => {
    const index = await storedOf(generated(9));
    await index.add([doc('g0', 'The football club won the cup final after extra time, its captain scoring twice.')]);
    expect(index.documentCount).toBe(9);
    expect((await index.documentNumbers()).size).toBe(9);
  });

  it('reads only the postings of the query\'s heaviest terms, a small part of those stored', async () => {
    const storage = new MemoryStorage();
    await storedOf(generated(3000), storage, 256);
    const shards = [...storage.values.keys()].filter((key) => key.startsWith('p/'));
    const records = [...storage.values.keys()].filter((key) => key.startsWith('d/'));
    expect(shards.length).toBeGreaterThanOrEqual(64);
    const index = await StoredIndex.open(storage);
    storage.reads = [];
    await findRelatedStored(asArticle(generated(3000)[1500]!), index);
    const shardReads = new Set(storage.reads.filter((key) => key.startsWith('p/')));
    const recordReads = new Set(storage.reads.filter((key) => key.startsWith('d/')));
    // It searched: read postings, and the records of the documents that scored.
    expect(shardReads.size).toBeGreaterThan(0);
    expect(recordReads.size).toBeGreaterThan(0);
    expect(shardReads.size).toBeLessThan(shards.length / 3);
    expect(recordReads.size).toBeLessThan(records.length / 10);
  });

  it('says what is wrong with storage that holds another format, and opens an empty one', async () => {
    const storage = new MemoryStorage();
    await storage.put([['meta', { format: 'something else' }]]);
    await expect(StoredIndex.open(storage)).rejects.toThrow(StoredIndexError);
    await expect(StoredIndex.open(storage)).rejects.toThrow(/"format" marker/);
    const empty = await StoredIndex.open(new MemoryStorage());
    expect(await findRelatedStored(asArticle(seeds[0]!), empty)).toEqual([]);
  });

  for (const set of ['basil-dev.jsonl', 'ecbplus-dev.jsonl']) {
    it(`finds on the dev news set ${set} what an index in memory finds`, async (context) => {
      const path = resolve(newsDir, set);
      if (!existsSync(path)) return context.skip(`the dev news sets are not in ${newsDir} (../shared/data/news)`);
      const documents = textOnly(readNews(path)).map((entry) => entry.document);
      const memory = buildIndex(documents);
      const stored = await storedOf(documents);
      for (const query of documents.filter((_, k) => k % 5 === 0)) {
        expect(await findRelatedStored(asArticle(query), stored)).toEqual(findRelated(asArticle(query), memory));
      }
    }, 120_000);
  }
});

describe('StoredIndex with outlets added one document at a time', () => {
  it('finds the same related documents as one build, once an outlet\'s furniture repeats', async () => {
    const corpus = generated(60);
    const index = await StoredIndex.open(new MemoryStorage());
    for (const document of corpus) await index.add([document]);
    const whole = await storedOf(corpus);
    for (const query of corpus.slice(30).filter((_, k) => k % 3 === 0)) {
      const ids = async (of: StoredIndex) => (await findRelatedStored(asArticle(query), of)).map((entry) => entry.doc).sort();
      expect(await ids(index)).toEqual(await ids(whole));
    }
    expect(index.boilerplateLines['Valley News']).toEqual(whole.boilerplateLines['Valley News']);
  });
});
