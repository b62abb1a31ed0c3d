// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { idbCorpusStore } from '../background/store/idb-corpus-store';
import type { PageExtractor } from '../corpus/import';
import { runImport, type ImportProgress, type ImportSource } from './run-import';

const noPages: PageExtractor = () => null;
const file = (name: string, content: string | Uint8Array): ImportSource => ({
  name,
  bytes: async () => (typeof content === 'string' ? new TextEncoder().encode(content) : content),
});
const store = () => idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [] });
const quiet = { onProgress: () => undefined, yieldToPage: async () => undefined };

describe('importing files in the options page', () => {
  it('imports the good records, reports the bad ones with file and line, and moves the progress bar', async () => {
    const corpus = store();
    await corpus.add([{ id: 'old', url: 'https://example.org/old', title: 'Old', source: null, published: null, lang: null, text: 'Already here.' }], 'capture');
    const progress: ImportProgress[] = [];
    const report = await runImport(
      [
        file('news.jsonl', ['{"title":"A","text":"First."}', '{"text": broken', '{"url":"https://example.org/old","text":"Same address."}'].join('\n')),
        file('empty.txt', ''),
        file('photo.json', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
      ],
      { store: corpus, extract: noPages, onProgress: (p) => progress.push(p), yieldToPage: async () => undefined },
    );
    expect(report).toEqual({
      added: 1,
      evicted: 0,
      error: null,
      warnings: [],
      skipped: [
        { file: 'news.jsonl', line: 2, reason: expect.stringMatching(/^not valid JSON/) },
        { file: 'empty.txt', reason: 'the file is empty' },
        { file: 'photo.json', reason: 'binary file (a JPEG image), not text' },
        { file: 'news.jsonl', line: 3, reason: 'same address as "Old", already in the corpus' },
      ],
    });
    expect(progress.map((p) => [p.done, p.total, p.file, p.saving])).toEqual([
      [0, 3, 'news.jsonl', false],
      [1, 3, 'empty.txt', false],
      [2, 3, 'photo.json', false],
      [3, 3, null, true],
    ]);
    expect((await corpus.list()).map((e) => e.title).sort()).toEqual(['A', 'Old']);
  });

  it('leaves the corpus as it was when the write fails', async () => {
    const corpus = store();
    await corpus.add([{ id: 'old', url: null, title: 'Old', source: null, published: null, lang: null, text: 'Already here.' }], 'capture');
    const before = await corpus.list();
    const failing = { add: () => Promise.reject(new Error("the browser's storage for Lacuna is full; nothing was changed")) };
    const report = await runImport([file('a.jsonl', '{"text":"New."}')], { store: failing, extract: noPages, ...quiet });
    expect(report.added).toBe(0);
    expect(report.error).toBe("Nothing was imported: the browser's storage for Lacuna is full; nothing was changed");
    expect(await corpus.list()).toEqual(before);
  });

  it('reports a file that cannot be read and goes on with the others', async () => {
    const corpus = store();
    const unreadable: ImportSource = { name: 'gone.jsonl', bytes: () => Promise.reject(new Error('the file was moved')) };
    const report = await runImport([unreadable, file('b.txt', 'A title\n\nSome body text.')], { store: corpus, extract: noPages, ...quiet });
    expect(report.skipped).toEqual([{ file: 'gone.jsonl', reason: 'cannot read the file: the file was moved' }]);
    expect(report.added).toBe(1);
  });

  it('reports the older articles the size limit removed after the import', async () => {
    let t = 0;
    const corpus = idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [], now: () => ++t });
    await corpus.add([{ id: 'old', url: null, title: 'Old', source: null, published: null, lang: null, text: 'Already here, a while.' }], 'capture');
    const [old] = await corpus.list();
    await corpus.setSizeLimit(old!.bytes + 50); // room for the old one and half of the new
    const report = await runImport([file('a.jsonl', '{"id":"n","text":"Newer text."}')], { store: corpus, extract: noPages, ...quiet });
    expect(report).toMatchObject({ added: 1, evicted: 1, error: null });
    expect((await corpus.list()).map((e) => e.id)).toEqual(['n']);
  });
});
