// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusDocument } from '../../engine/types';
import { textKey, urlKey } from '../../corpus/keys';
import { wireGroups } from '../../corpus/wire-copies';
import { idbCorpusStore } from './idb-corpus-store';
import { DOCUMENTS, IMPORTS, META, SKETCHES, openCorpusDb } from './schema';

const demoFile = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/demo-corpus.json'), 'utf8')) as CorpusDocument[];
const sourceOf = new Map(demoFile.map((d) => [d.id, d.source]));

function doc(id: string, text: string): CorpusDocument {
  return { id, text, url: null, title: null, source: null, published: null, lang: null };
}

function makeStore(factory = new IDBFactory(), demo: unknown[] = []) {
  let t = 0;
  return idbCorpusStore({ indexedDB: factory, loadDemo: async () => demo, now: () => ++t });
}

const ids = async (store: ReturnType<typeof makeStore>): Promise<string[]> => (await store.list()).map((e) => e.id).sort();

describe('an import committed in batches', () => {
  it('keeps a journal of its progress while it runs, and drops it when finished', async () => {
    const factory = new IDBFactory();
    const store = makeStore(factory);
    await store.add([doc('before', 'Already in the corpus.')], 'capture');
    const journal = await store.startImport([{ name: 'news.jsonl', size: 1000 }]);
    expect(journal).toMatchObject({ files: [{ name: 'news.jsonl', size: 1000 }], bytesTotal: 1000, bytesDone: 0, added: 0, resumeAt: null, state: 'running' });
    await store.addToImport(journal.id, [doc('one', 'First.'), doc('two', 'Second.')], { bytesDone: 400, resumeAt: { file: 'news.jsonl', line: 2 } });
    const second = await store.addToImport(journal.id, [doc('three', 'Third.'), doc('dup', 'First.')], { bytesDone: 1000, resumeAt: { file: 'news.jsonl', line: 4 } });
    expect(second.skipped).toEqual([{ index: 1, id: 'dup', reason: 'same text as "one", already in the corpus' }]);
    // A new context (the options page opened again) sees the import under way.
    expect(await makeStore(factory).imports()).toEqual([
      { ...journal, bytesDone: 1000, added: 3, resumeAt: { file: 'news.jsonl', line: 4 } },
    ]);
    expect(await store.finishImport(journal.id)).toEqual([]);
    expect(await store.imports()).toEqual([]);
    expect(await ids(store)).toEqual(['before', 'one', 'three', 'two']);
  });

  it('takes back everything it added, and only that, when removed (cancelled or interrupted)', async () => {
    const factory = new IDBFactory();
    const store = makeStore(factory);
    await store.add([doc('before', 'Already in the corpus.')], 'capture');
    const before = await store.list();
    const journal = await store.startImport([{ name: 'big.jsonl', size: 10 }]);
    const many = Array.from({ length: 1203 }, (_, i) => doc(`n${i}`, `Article number ${i}.`));
    for (let at = 0; at < many.length; at += 400) await store.addToImport(journal.id, many.slice(at, at + 400), { bytesDone: at, resumeAt: null });
    // Stopped here: a new context finds it, removes it in several transactions.
    const later = makeStore(factory);
    expect((await later.imports()).map((j) => [j.id, j.added, j.state])).toEqual([[journal.id, 1203, 'running']]);
    expect(await later.removeImport(journal.id)).toBe(1203);
    expect(await later.imports()).toEqual([]);
    expect(await later.list()).toEqual(before);
    // The first context's copy of the documents is stale and is read again.
    expect((await store.documents()).map((d) => d.id)).toEqual(['before']);
  });

  it('refuses a batch for an import that is not under way, storing none of it', async () => {
    const store = makeStore();
    const journal = await store.startImport([{ name: 'a.jsonl', size: 5 }]);
    await store.removeImport(journal.id);
    await expect(store.addToImport(journal.id, [doc('late', 'Too late.')], { bytesDone: 5, resumeAt: null })).rejects.toThrow(`the import ${journal.id} is not under way. Nothing was changed.`);
    expect(await ids(store)).toEqual([]);
  });

  it('applies the size limit once, when the import is finished, so a removal restores the articles that were there', async () => {
    const store = makeStore();
    await store.add([doc('old', 'An older article of some length.')], 'capture');
    await store.setSizeLimit(200);
    const journal = await store.startImport([{ name: 'a.jsonl', size: 5 }]);
    await store.addToImport(journal.id, [doc('new', 'A newer article, long enough to go over the limit with the old one.')], { bytesDone: 5, resumeAt: null });
    expect(await ids(store)).toEqual(['new', 'old']);
    expect(await store.finishImport(journal.id)).toEqual(['old']);
    expect(await ids(store)).toEqual(['new']);
  });
});

describe('copies of one wire report', () => {
  it('links the demo reports built on the AFP text, and not the independent one', async () => {
    const store = makeStore(new IDBFactory(), demoFile);
    const entries = await store.list();
    const groups = wireGroups(entries);
    const afp = demoFile.find((d) => d.source === 'AFP')!.id;
    expect(groups.get(afp)?.map((id) => sourceOf.get(id)).sort()).toEqual(['Al Jazeera', 'The Moscow Times', 'The Straits Times']);
    expect(groups.has(demoFile.find((d) => d.source === 'HuffPost UK')!.id)).toBe(false);
  });

  it('finds a copy among thousands of other articles, and a removal leaves the older links as they were', async () => {
    const store = makeStore();
    const filler = Array.from({ length: 2000 }, (_, i) => doc(`f${i}`, fillerText(i)));
    await store.add(filler, 'import');
    const afp = demoFile.find((d) => d.source === 'AFP')!;
    const straits = demoFile.find((d) => d.source === 'The Straits Times')!;
    await store.add([afp], 'feed');
    const before = await store.list();
    const journal = await store.startImport([{ name: 'st.jsonl', size: 1 }]);
    await store.addToImport(journal.id, [straits], { bytesDone: 1, resumeAt: null });
    expect((await store.list()).find((e) => e.id === straits.id)?.copiesOf).toEqual([afp.id]);
    await store.removeImport(journal.id);
    expect(await store.list()).toEqual(before);
    expect(before.filter((e) => e.copiesOf.length > 0)).toEqual([]);
  });
});

describe('wire sketches kept in memory', () => {
  it('are read again when another context changed the corpus, and dropped when a write fails', async () => {
    const factory = new IDBFactory();
    const page = makeStore(factory);
    const background = makeStore(factory);
    const [afp, straits, moscow] = ['AFP', 'The Straits Times', 'The Moscow Times'].map((source) => demoFile.find((d) => d.source === source)!);
    await page.add([doc('first', fillerText(1))], 'import'); // the page now holds the sketches in memory
    await background.add([afp!], 'capture'); // written elsewhere
    await page.add([straits!], 'import');
    expect((await page.list()).find((e) => e.id === straits!.id)?.copiesOf).toEqual([afp!.id]);
    // A failed write leaves nothing of its sketches behind: the next add finds only what is stored.
    const unstorable = { ...doc('bad', fillerText(2)), title: (() => 'x') as unknown as string };
    await expect(page.add([moscow!, unstorable], 'import')).rejects.toThrow('Nothing was changed');
    await page.add([{ ...moscow!, id: 'moscow-again' }], 'import');
    expect((await page.list()).find((e) => e.id === 'moscow-again')?.copiesOf).toEqual([afp!.id, straits!.id].sort());
  });
});

/** Varied text about many subjects, none a copy of another. */
function fillerText(seed: number): string {
  const words = ['council', 'budget', 'river', 'festival', 'minister', 'storm', 'court', 'school', 'harbour', 'election', 'bridge', 'museum', 'factory', 'league', 'forest', 'hospital'];
  let x = seed * 7919 + 13;
  const next = (): string => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return words[x % words.length]!;
  };
  return Array.from({ length: 120 }, next).join(' ') + '.';
}

describe('the corpus database version 3', () => {
  it('upgrades a version 2 database: documents kept, the demo copies linked, the import journal and its index added', async () => {
    const factory = new IDBFactory();
    const v2 = await openCorpusDb(factory, 2);
    demoFile.forEach((d, i) => {
      const key = urlKey(d.url);
      void v2.put(DOCUMENTS, { ...d, textKey: textKey(d.text), ...(key ? { urlKey: key } : {}), origin: 'demo', addedAt: i + 1 });
    });
    await v2.put(META, 'loaded', 'demo');
    await v2.put(META, 7, 'revision');
    v2.close();

    const v3 = await openCorpusDb(factory, 3);
    expect([...v3.objectStoreNames].sort()).toEqual([DOCUMENTS, IMPORTS, META, SKETCHES].sort());
    expect([...v3.transaction(DOCUMENTS).store.indexNames].sort()).toEqual(['importId', 'origin', 'textKey', 'urlKey']);
    v3.close();
    const store = makeStore(factory);
    const entries = await store.list();
    expect(entries.map((e) => e.id)).toEqual(demoFile.map((d) => d.id));
    expect(await store.demoState()).toBe('loaded');
    const groups = wireGroups(entries);
    expect([...groups.keys()].map((id) => sourceOf.get(id)).sort()).toEqual(['AFP', 'Al Jazeera', 'The Moscow Times', 'The Straits Times']);
    expect(await store.imports()).toEqual([]);
  });
});
