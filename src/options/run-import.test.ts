// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { idbCorpusStore } from '../background/store/idb-corpus-store';
import type { PageExtractor } from '../corpus/import';
import { fileSource } from './file-source';
import { runImport, sameFiles, type ImportProgress, type ImportSource, type ImportStore } from './run-import';

const noPages: PageExtractor = () => null;
const file = (name: string, content: string | Uint8Array<ArrayBuffer>): ImportSource => fileSource(new File([content], name));
const store = (factory = new IDBFactory()) => idbCorpusStore({ indexedDB: factory, loadDemo: async () => [] });
const quiet = { onProgress: () => undefined, yieldToPage: async () => undefined };
const lines = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${from + i}`, text: `Report number ${from + i}.` })).join('\n') + '\n';

/** A source delivering `content` in pieces of `size` bytes, calling `onPiece` before each. */
function pieces(name: string, content: string, size: number, onPiece: (index: number) => void = () => undefined): ImportSource {
  const bytes = new TextEncoder().encode(content);
  return {
    name,
    size: bytes.length,
    async *chunks() {
      for (let at = 0, i = 0; at < bytes.length; at += size, i++) {
        onPiece(i);
        yield bytes.slice(at, at + size);
      }
    },
  };
}

describe('importing files in the options page', () => {
  it('imports the good records, reports the bad ones with file and line, and moves the progress bar', async () => {
    const corpus = store();
    await corpus.add([{ id: 'old', url: 'https://example.org/old', title: 'Old', source: null, published: null, lang: null, text: 'Already here.' }], 'capture');
    const progress: ImportProgress[] = [];
    const news = ['{"title":"A","text":"First."}', '{"text": broken', '{"url":"https://example.org/old","text":"Same address."}'].join('\n');
    const report = await runImport(
      [file('news.jsonl', news), file('empty.txt', ''), file('photo.json', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))],
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
    expect(progress.map((p) => [p.done, p.total, p.file, p.saving, p.bytesDone, p.articles])).toEqual([
      [0, 3, 'news.jsonl', false, 0, 0],
      [1, 3, 'empty.txt', false, news.length, 0],
      [2, 3, 'photo.json', false, news.length, 0],
      [2, 3, 'photo.json', true, news.length + 6, 1],
    ]);
    expect(progress.every((p) => p.bytesTotal === news.length + 6)).toBe(true);
    expect((await corpus.list()).map((e) => e.title).sort()).toEqual(['A', 'Old']);
    expect(await corpus.imports()).toEqual([]);
  });

  it('commits a long file in batches, showing bytes and articles as they are stored', async () => {
    const corpus = store();
    const content = lines(1000);
    const progress: ImportProgress[] = [];
    // About 25 lines a piece (the first 8 KB are read together to judge the encoding): a batch is
    // committed at the end of the piece that fills it.
    const report = await runImport([pieces('big.jsonl', content, 1024)], { store: corpus, extract: noPages, batchSize: 100, onProgress: (p) => progress.push(p), yieldToPage: async () => undefined });
    expect(report).toMatchObject({ added: 1000, error: null });
    const stored = progress.filter((p) => p.articles > 0).map((p) => p.articles);
    expect(stored.length).toBeGreaterThanOrEqual(7);
    expect(stored.every((n, i) => n - (stored[i - 1] ?? 0) <= 100 + 8192 / 40)).toBe(true);
    expect(stored).toEqual([...stored].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ articles: 1000, bytesDone: content.length, bytesTotal: content.length });
    expect((await corpus.list()).length).toBe(1000);
  });

  it('removes what it had stored when a batch cannot be written, and says nothing was imported', async () => {
    const corpus = store();
    await corpus.add([{ id: 'old', url: null, title: 'Old', source: null, published: null, lang: null, text: 'Already here.' }], 'capture');
    const before = await corpus.list();
    let batches = 0;
    const failing: ImportStore = {
      ...corpus,
      startImport: (files) => corpus.startImport(files),
      finishImport: (id) => corpus.finishImport(id),
      removeImport: (id) => corpus.removeImport(id),
      addToImport: (id, documents, position) =>
        ++batches < 3 ? corpus.addToImport(id, documents, position) : Promise.reject(new Error("the browser's storage for Lacuna is full; delete articles or clear space and try again. Nothing was changed.")),
    };
    const report = await runImport([pieces('a.jsonl', lines(500), 2048)], { store: failing, extract: noPages, batchSize: 100, ...quiet });
    expect(report).toMatchObject({ added: 0, evicted: 0 });
    expect(report.error).toBe("Nothing was imported: the browser's storage for Lacuna is full; delete articles or clear space and try again. Nothing was changed.");
    expect(await corpus.list()).toEqual(before);
    expect(await corpus.imports()).toEqual([]);
  });

  it('stops reading when cancelled and leaves the corpus as it was', async () => {
    const corpus = store();
    await corpus.add([{ id: 'old', url: null, title: 'Old', source: null, published: null, lang: null, text: 'Already here.' }], 'capture');
    const before = await corpus.list();
    const cancel = new AbortController();
    let read = 0;
    const progress: ImportProgress[] = [];
    const source = pieces('long.jsonl', lines(2000), 1024, (i) => {
      read = i + 1;
      if (i === 40) cancel.abort();
    });
    const report = await runImport([source], { store: corpus, extract: noPages, batchSize: 100, signal: cancel.signal, onProgress: (p) => progress.push(p), yieldToPage: async () => undefined });
    expect(report).toMatchObject({ added: 0, cancelled: true, error: null });
    expect(read).toBe(41);
    expect(progress.some((p) => p.articles > 0)).toBe(true);
    expect(progress.at(-1)?.cancelling).toBe(true);
    expect(await corpus.list()).toEqual(before);
    expect(await corpus.imports()).toEqual([]);
  });

  it('goes on with an interrupted import from its last committed line when given the same file', async () => {
    const factory = new IDBFactory();
    const corpus = store(factory);
    const content = lines(600);
    // The page closes after the third batch is committed: the journal stays, the rest is never read.
    let batches = 0;
    await runImport([pieces('news.jsonl', content, 2048)], {
      store: {
        ...corpus,
        addToImport: async (id, documents, position) => {
          const result = await corpus.addToImport(id, documents, position);
          if (++batches === 3) throw new Error('page closed');
          return result;
        },
        removeImport: async () => Promise.reject(new Error('page closed')),
      },
      extract: noPages,
      batchSize: 100,
      ...quiet,
    });
    const reopened = store(factory);
    const [journal] = await reopened.imports();
    const committed = (await reopened.list()).length;
    expect(committed).toBeGreaterThanOrEqual(300);
    expect(committed).toBeLessThan(600);
    expect(journal).toMatchObject({ files: [{ name: 'news.jsonl', size: content.length }], added: committed, resumeAt: { file: 'news.jsonl', line: committed }, state: 'running' });
    expect(sameFiles(journal!, [{ name: 'news.jsonl', size: content.length }])).toBe(true);
    expect(sameFiles(journal!, [{ name: 'news.jsonl', size: 1 }])).toBe(false);
    const progress: ImportProgress[] = [];
    const report = await runImport([pieces('news.jsonl', content, 2048)], { store: reopened, extract: noPages, resume: journal, batchSize: 100, onProgress: (p) => progress.push(p), yieldToPage: async () => undefined });
    expect(progress.every((p) => p.bytesDone <= content.length)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ bytesDone: content.length, articles: 600 });
    expect(report).toMatchObject({ added: 600 - committed, skipped: [], error: null });
    expect((await reopened.list()).map((e) => e.id).sort()).toEqual(Array.from({ length: 600 }, (_, i) => `r${i}`).sort());
    expect(await reopened.imports()).toEqual([]);
  });

  it('reports a file that cannot be read and goes on with the others', async () => {
    const corpus = store();
    const unreadable: ImportSource = {
      name: 'gone.jsonl',
      size: 10,
      chunks: () => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('the file was moved')) }) }),
    };
    const report = await runImport([unreadable, file('b.txt', 'A title\n\nSome body text.')], { store: corpus, extract: noPages, ...quiet });
    expect(report.skipped).toEqual([{ file: 'gone.jsonl', reason: 'cannot read the file: the file was moved' }]);
    expect(report.added).toBe(1);
  });

  it('refuses a file other than JSONL too large to read whole, saying how to import it', async () => {
    const report = await runImport([{ name: 'huge.json', size: 65 * 1024 * 1024, chunks: () => { throw new Error('must not be read'); } }], { store: store(), extract: noPages, ...quiet });
    expect(report.skipped).toEqual([
      { file: 'huge.json', reason: 'the file is 65 MB; files other than .jsonl are read whole, up to 64 MB: save large collections as .jsonl (one record a line)' },
    ]);
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
