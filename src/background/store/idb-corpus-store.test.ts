// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusDocument } from '../../engine/types';
import { documentBytes } from '../../corpus/size-limit';
import { describeWriteError, idbCorpusStore } from './idb-corpus-store';
import { documentReads } from './document-reads';
import { DB_VERSION, DOCUMENTS, META, openCorpusDb } from './schema';

const demoFile = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/demo-corpus.json'), 'utf8')) as unknown[];

function doc(id: string, text: string, more: Partial<CorpusDocument> = {}): CorpusDocument {
  return { id, text, url: null, title: null, source: null, published: null, lang: null, ...more };
}

/** A store whose clock moves on by one at every document added, so that "oldest" is well defined. */
function clockedStore(factory = new IDBFactory()) {
  let t = 0;
  return idbCorpusStore({ indexedDB: factory, loadDemo: async () => [], now: () => ++t });
}

function makeStore(factory = new IDBFactory(), loadDemo: () => Promise<unknown> = async () => []) {
  return idbCorpusStore({ indexedDB: factory, loadDemo, now: () => 1000 });
}

describe('the corpus in IndexedDB', () => {
  it('loads the bundled demo corpus on first use, once', async () => {
    let loads = 0;
    const factory = new IDBFactory();
    const store = makeStore(factory, async () => {
      loads++;
      return demoFile;
    });
    const documents = await store.documents();
    expect(documents).toHaveLength(demoFile.length);
    expect(await store.demoState()).toBe('loaded');
    expect((await store.list()).every((e) => e.origin === 'demo')).toBe(true);
    // A new worker (same database) does not load them again.
    const again = makeStore(factory, async () => {
      loads++;
      return demoFile;
    });
    expect(await again.documents()).toHaveLength(demoFile.length);
    expect(loads).toBe(1);
  });

  it('keeps the demo articles out once removed, across restarts', async () => {
    const factory = new IDBFactory();
    const store = makeStore(factory, async () => demoFile);
    await store.add([doc('mine', 'An article the reader added.')], 'added');
    expect(await store.removeDemo()).toBe(demoFile.length);
    expect((await store.documents()).map((d) => d.id)).toEqual(['mine']);
    const restarted = makeStore(factory, async () => demoFile);
    expect((await restarted.documents()).map((d) => d.id)).toEqual(['mine']);
    expect(await restarted.demoState()).toBe('removed');
  });

  it('fails to read when the demo corpus cannot be loaded, and tries again next time', async () => {
    let calls = 0;
    const store = makeStore(new IDBFactory(), async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return demoFile;
    });
    await expect(store.documents()).rejects.toThrow('offline');
    expect(await store.documents()).toHaveLength(demoFile.length);
  });

  it('stores, lists, deletes and clears', async () => {
    const store = makeStore();
    const result = await store.add(
      [doc('a', 'First text.', { url: 'https://example.org/a', title: 'A', source: 'Outlet' }), doc('b', 'Second text.')],
      'import',
    );
    expect(result).toEqual({ added: ['a', 'b'], skipped: [], evicted: [] });
    const aBytes = new TextEncoder().encode('{"id":"a","url":"https://example.org/a","title":"A","source":"Outlet","published":null,"lang":null,"text":"First text."}').length;
    expect(await store.list()).toEqual([
      { id: 'a', url: 'https://example.org/a', title: 'A', source: 'Outlet', published: null, lang: null, origin: 'import', addedAt: 1000, chars: 11, bytes: aBytes, pinned: false, copiesOf: [] },
      // Untitled: named in lists by its first sentence.
      { id: 'b', url: null, title: null, source: null, published: null, lang: null, origin: 'import', addedAt: 1000, chars: 12, bytes: 99, pinned: false, copiesOf: [], opening: 'Second text.' },
    ]);
    expect(await store.delete(['a', 'missing'])).toBe(1);
    expect((await store.documents()).map((d) => d.id)).toEqual(['b']);
    await store.clear();
    expect(await store.documents()).toEqual([]);
    expect(await store.demoState()).toBe('removed');
  });

  it('finds the documents kept at an address, in whatever form the address is asked, without their texts', async () => {
    const store = makeStore();
    await store.add([doc('https://news.example/story', 'A story kept when read.', { url: 'https://news.example/story' }), doc('wire', 'A wire report.', { url: null })], 'capture');
    expect(await store.idsAt('https://news.example/story/#comments')).toEqual(['https://news.example/story']);
    expect(await store.idsAt('https://news.example/other')).toEqual([]);
    expect(await store.idsAt('not an address')).toEqual([]);
  });

  it('reads one document by id with its text, without reading the others, and null once it is deleted in another context', async () => {
    const factory = new IDBFactory();
    const optionsPage = makeStore(factory);
    await optionsPage.add([doc('a', 'First text.\n\nSecond paragraph.', { title: 'A', source: 'Outlet' }), doc('b', 'Another text.')], 'capture');
    const readAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    try {
      expect(await optionsPage.get('a')).toEqual(doc('a', 'First text.\n\nSecond paragraph.', { title: 'A', source: 'Outlet' }));
      expect(readAll).not.toHaveBeenCalled();
    } finally {
      readAll.mockRestore();
    }
    expect(await optionsPage.get('missing')).toBeNull();
    await makeStore(factory).delete(['a']);
    expect(await optionsPage.get('a')).toBeNull();
  });

  it('hands out the ids with their revision and some documents by id, never reading the texts of the others', async () => {
    const factory = new IDBFactory();
    const background = makeStore(factory);
    await background.add([doc('a', 'First text.'), doc('b', 'Second text.'), doc('c', 'Third text.')], 'import');
    const reads = documentReads();
    try {
      const { revision, ids } = await background.ids();
      expect(ids.sort()).toEqual(['a', 'b', 'c']);
      expect(await background.revision()).toBe(revision);
      expect(reads.values()).toBe(0);
      expect(await background.getMany(['c', 'missing', 'a'])).toEqual([doc('c', 'Third text.'), doc('a', 'First text.')]);
      expect(reads.values()).toBe(3);
      expect(reads.whole()).toBe(0);
    } finally {
      reads.restore();
    }
    // Another context writes: the revision moves, and the ids follow.
    const before = await background.revision();
    await makeStore(factory).delete(['b']);
    const after = await background.ids();
    expect(after.revision).toBeGreaterThan(before);
    expect(after.ids.sort()).toEqual(['a', 'c']);
    expect(await background.getMany([])).toEqual([]);
  });

  it('returns the same documents until the corpus changes, also when another context wrote', async () => {
    const factory = new IDBFactory();
    const background = makeStore(factory);
    const optionsPage = makeStore(factory);
    const first = await background.documents();
    expect(await background.documents()).toBe(first);
    await optionsPage.add([doc('x', 'Imported elsewhere.')], 'import');
    const second = await background.documents();
    expect(second).not.toBe(first);
    expect(second.map((d) => d.id)).toEqual(['x']);
  });

  it('stores the same address or the same text once and reports the others as skipped', async () => {
    const store = makeStore();
    await store.add([doc('a', 'The original text.', { url: 'https://example.org/story', title: 'Story' })], 'import');
    const result = await store.add(
      [
        doc('b', 'Other words entirely.', { url: 'https://EXAMPLE.org/story/#top' }),
        doc('c', '  The original\n\ntext.  '),
        doc('a', 'A new text under a taken id.'),
        doc('d', 'Fresh.', { url: 'https://example.org/fresh' }),
        doc('e', 'Fresh.'),
      ],
      'import',
    );
    expect(result.added).toEqual(['d']);
    expect(result.skipped).toEqual([
      { index: 0, id: 'b', reason: 'same address as "Story", already in the corpus' },
      { index: 1, id: 'c', reason: 'same text as "Story", already in the corpus' },
      { index: 2, id: 'a', reason: 'the id "a" is already taken by another article in the corpus' },
      { index: 4, id: 'e', reason: 'same text as "d", already in the corpus' },
    ]);
    expect((await store.documents()).map((d) => d.id).sort()).toEqual(['a', 'd']);
  });

  it('keeps the same outlet’s article once when it is read again at another address, but keeps another outlet’s wire copy', async () => {
    // The demo article as bundled (its title as the first line, a newsletter prompt) and the same
    // article as its page gives it (neither): a different text key, nearly all the same words.
    const store = makeStore(new IDBFactory(), async () => demoFile);
    const demo = (await store.documents()).find((entry) => entry.source === 'The Straits Times')!;
    const [title, , ...body] = demo.text.split('\n\n');
    const page = body.filter((paragraph) => !/^Sign up now/.test(paragraph)).join('\n\n');
    expect(title).toBe(demo.title);
    expect(page).not.toBe(demo.text);
    const read = doc('https://127.0.0.1/straits-times', page, { url: 'https://127.0.0.1/straits-times', source: 'The Straits Times' });
    const republished = doc('https://other.example/xi-putin', page, { url: 'https://other.example/xi-putin', source: 'Other Daily' });
    const result = await store.add([read, republished], 'capture');
    expect(result.skipped).toEqual([
      { index: 0, id: read.id, reason: `the same article as "${demo.title}" (The Straits Times), already in the corpus (its text at another address)` },
    ]);
    expect(result.added).toEqual([republished.id]);
    const entries = await store.list();
    expect(entries.filter((entry) => entry.source === 'The Straits Times')).toHaveLength(1);
    expect(entries.find((entry) => entry.id === republished.id)?.copiesOf).toContain(demo.id);
  });

  it('keeps the opening of an untitled document with it when it is stored, and works it out when listing one stored before', async () => {
    const factory = new IDBFactory();
    const store = makeStore(factory);
    await store.add([doc('new', 'Breaking\n\nThe levee held overnight. Crews stayed on.'), doc('titled', 'Some text.', { title: 'A title' })], 'import');
    const database = await openCorpusDb(factory);
    expect((await database.get(DOCUMENTS, 'new')).opening).toBe('The levee held overnight.');
    expect((await database.get(DOCUMENTS, 'titled')).opening).toBeUndefined();
    // A record written before openings were kept.
    const { opening: _kept, ...older } = await database.get(DOCUMENTS, 'new');
    await database.put(DOCUMENTS, { ...older, id: 'older', textKey: 'older-key' });
    database.close();
    const listed = new Map((await makeStore(factory).list()).map((entry) => [entry.id, entry.opening]));
    expect(listed).toEqual(new Map([['new', 'The levee held overnight.'], ['older', 'The levee held overnight.'], ['titled', undefined]]));
  });

  it('leaves the corpus as it was when a write fails part way', async () => {
    const store = makeStore();
    await store.add([doc('kept', 'Already here.')], 'import');
    const before = await store.list();
    // The third document cannot be stored (a function cannot be cloned into the database).
    const unstorable = { ...doc('bad', 'Cannot be stored.'), title: (() => 'x') as unknown as string };
    await expect(store.add([doc('one', 'First new.'), doc('two', 'Second new.'), unstorable], 'import')).rejects.toThrow('Nothing was changed');
    expect(await store.list()).toEqual(before);
    expect((await store.documents()).map((d) => d.id)).toEqual(['kept']);
  });
});

describe('the size limit and pinned articles', () => {
  // Each of these weighs the same: an id of one letter, no metadata, ten characters of text.
  const tenChars = (id: string) => doc(id, `${id}${'x'.repeat(9)}`);
  const oneDoc = documentBytes(tenChars('a'));

  it('removes the oldest articles after an add takes the corpus over the limit, keeping pinned ones', async () => {
    const store = clockedStore();
    await store.add([tenChars('a'), tenChars('b'), tenChars('c')], 'import');
    expect(await store.setPinned(['a'], true)).toEqual([]);
    expect(await store.setSizeLimit(3 * oneDoc)).toEqual([]);
    expect(await store.sizeLimit()).toBe(3 * oneDoc);
    const result = await store.add([tenChars('d'), tenChars('e')], 'capture');
    expect(result).toEqual({ added: ['d', 'e'], skipped: [], evicted: ['b', 'c'] });
    expect((await store.list()).map((e) => [e.id, e.pinned])).toEqual([
      ['a', true],
      ['d', false],
      ['e', false],
    ]);
  });

  it('applies a lower limit at once, and an unpinned article becomes removable', async () => {
    const factory = new IDBFactory();
    const store = clockedStore(factory);
    await store.add([tenChars('a'), tenChars('b'), tenChars('c')], 'import');
    await store.setPinned(['a', 'missing'], true);
    expect(await store.setSizeLimit(oneDoc)).toEqual(['b', 'c']);
    // Only the pinned one is left, which fits: unpinning it removes nothing.
    expect(await store.setPinned(['a'], false)).toEqual([]);
    await store.add([tenChars('d')], 'import');
    expect((await store.documents()).map((d) => d.id)).toEqual(['d']);
    // The limit is part of the corpus: another context (a new worker) sees it.
    expect(await clockedStore(factory).sizeLimit()).toBe(oneDoc);
    expect(await store.setSizeLimit(null)).toEqual([]);
    expect(await store.sizeLimit()).toBeNull();
  });

  it('refuses a limit that is not a positive number, changing nothing', async () => {
    const store = clockedStore();
    await store.add([tenChars('a')], 'import');
    await expect(store.setSizeLimit(0)).rejects.toThrow('a size limit must be a number of bytes above 0, not 0. Nothing was changed.');
    await expect(store.setSizeLimit(Number.NaN)).rejects.toThrow('Nothing was changed.');
    expect(await store.sizeLimit()).toBeNull();
    expect((await store.documents()).map((d) => d.id)).toEqual(['a']);
  });

  it('keeps an add and its evictions together: a failed add removes nothing', async () => {
    const store = clockedStore();
    await store.add([tenChars('a'), tenChars('b')], 'import');
    await store.setSizeLimit(2 * oneDoc);
    const unstorable = { ...tenChars('z'), title: (() => 'x') as unknown as string };
    await expect(store.add([tenChars('c'), unstorable], 'import')).rejects.toThrow('Nothing was changed');
    expect((await store.documents()).map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('keeps an article under the limit without reading the corpus’s other texts', async () => {
    const store = clockedStore();
    await store.add(['a', 'b', 'c', 'd', 'e', 'f'].map(tenChars), 'import');
    await store.setSizeLimit(8 * oneDoc);
    const reads = documentReads();
    try {
      expect((await store.add([tenChars('g')], 'capture')).evicted).toEqual([]);
      expect((await store.add([tenChars('h'), tenChars('i')], 'capture')).evicted).toEqual(['a']);
      expect(reads.whole()).toBe(0);
    } finally {
      reads.restore();
    }
    // The running total agrees with the documents left: one more fits, the next two do not.
    expect((await store.add([tenChars('j')], 'capture')).evicted).toEqual(['b']);
    await store.delete(['j', 'i', 'j']);
    expect((await store.add([tenChars('k'), tenChars('l')], 'capture')).evicted).toEqual([]);
    expect((await store.add([tenChars('w')], 'capture')).evicted).toEqual(['c']);
    await store.clear();
    await store.add(['m', 'n', 'o', 'p', 'q', 'r', 's', 't'].map(tenChars), 'import');
    expect((await store.add([tenChars('u')], 'capture')).evicted).toEqual(['m']);
  });

  it('counts documents stored before their weight was recorded', async () => {
    const factory = new IDBFactory();
    const store = clockedStore(factory);
    await store.add([tenChars('a')], 'import');
    // As a document written by an earlier version: no recorded weight, no pin.
    const db = await openCorpusDb(factory);
    const old = await db.get(DOCUMENTS, 'a');
    delete old.bytes;
    await db.put(DOCUMENTS, old);
    db.close();
    expect((await clockedStore(factory).list())[0]).toMatchObject({ id: 'a', bytes: oneDoc, pinned: false });
  });
});

describe('why a write failed', () => {
  it('names a full storage as such, and says nothing was changed', () => {
    expect(describeWriteError(new DOMException('quota', 'QuotaExceededError'))).toBe(
      "the browser's storage for Lacuna is full; delete articles or clear space and try again. Nothing was changed.",
    );
    expect(describeWriteError(new Error('DataCloneError: could not clone'))).toBe('DataCloneError: could not clone. Nothing was changed.');
  });
});

describe('corpus database migrations', () => {
  it('upgrades a version 3 database with the weight of its documents, so that a limit applies at once', async () => {
    const factory = new IDBFactory();
    const current = clockedStore(factory);
    await current.add(['a', 'b', 'c'].map((id) => doc(id, `${id}${'x'.repeat(9)}`)), 'import');
    const oneDoc = documentBytes(doc('a', 'axxxxxxxxx'));
    // Back to version 3: its documents, without the total and the index of version 4.
    const records = await (async () => {
      const db = await openCorpusDb(factory);
      const all = await db.getAll(DOCUMENTS);
      db.close();
      return all;
    })();
    const older = new IDBFactory();
    const v3 = await openCorpusDb(older, 3);
    for (const record of records) await v3.put(DOCUMENTS, record);
    await v3.put(META, 'removed', 'demo');
    v3.close();
    const upgraded = clockedStore(older);
    expect(await upgraded.setSizeLimit(2 * oneDoc)).toEqual(['a']);
  });


  it('upgrades a version 1 database, keeping its documents and finding their duplicates', async () => {
    const factory = new IDBFactory();
    const v1 = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../test/fixtures/store/corpus-v1.json'), 'utf8')) as CorpusDocument[];
    const old = await openCorpusDb(factory, 1);
    expect([...old.objectStoreNames]).toEqual([DOCUMENTS]);
    for (const record of v1) await old.put(DOCUMENTS, record);
    old.close();

    const store = makeStore(factory);
    expect(DB_VERSION).toBe(4);
    expect((await store.documents()).map((d) => d.id).sort()).toEqual(['v1-a', 'v1-b']);
    expect((await store.list()).find((e) => e.id === 'v1-a')).toMatchObject({ origin: 'import', addedAt: 0, source: 'Example Times' });
    const result = await store.add(
      [doc('n1', 'Something new.', { url: 'https://example.org/news/a' }), doc('n2', 'A record without an address, as version 1 allowed.')],
      'import',
    );
    expect(result.added).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'same address as "Ministers agree a new budget" (Example Times), already in the corpus',
      'same text as "v1-b", already in the corpus',
    ]);
    // A version 1 database was not given the demo corpus: it is loaded now, as on any first run.
    expect(await store.demoState()).toBe('loaded');
  });
});

