// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { idbCorpusStore } from '../background/store/idb-corpus-store';
import { fileSource } from './file-source';
import { holdingLock, importLockName, interruptedImports } from './interrupted';
import { runImport } from './run-import';

describe('finding interrupted imports', () => {
  it('lists the imports with a journal that no page holds the lock of', async () => {
    const store = idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [] });
    const running = await store.startImport([{ name: 'running.jsonl', size: 10 }]);
    const stopped = await store.startImport([{ name: 'stopped.jsonl', size: 10 }]);
    const found = await interruptedImports(store, async () => [importLockName(running.id), 'some-other-lock']);
    expect(found.map((j) => j.files[0]!.name)).toEqual(['stopped.jsonl']);
    expect(found[0]!.id).toBe(stopped.id);
    expect(await interruptedImports(idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [] }), async () => [])).toEqual([]);
  });
});

describe('holding an import’s lock while it runs', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Report number ${i} about the harbour.` })).join('\n') + '\n';

  it('holds it for a resumed import too, whose id is known before the import returns, until the import settles', async () => {
    const store = idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [] });
    const content = lines(10);
    const journal = await store.startImport([{ name: 'news.jsonl', size: content.length }]);
    const held: Array<{ id: string; running: Promise<unknown> }> = [];
    let settledWhileHeld = false;
    const report = await holdingLock(
      (id, running) => {
        held.push({ id, running });
        void running.then(() => (settledWhileHeld = true));
      },
      (onStarted) =>
        runImport([fileSource(new File([content], 'news.jsonl'))], { store, extract: () => null, onProgress: () => undefined, yieldToPage: async () => undefined, onStarted, resume: journal }),
    );
    expect(held.map((entry) => entry.id)).toEqual([journal.id]);
    expect(report.added).toBe(10);
    await held[0]!.running;
    expect(settledWhileHeld).toBe(true);
  });

  it('lets the lock go when the import fails', async () => {
    let released = false;
    const failing = holdingLock(
      (_id, running) => void running.then(() => (released = true)),
      async (onStarted) => {
        onStarted('failing');
        throw new Error('disk full');
      },
    );
    await expect(failing).rejects.toThrow('disk full');
    await Promise.resolve();
    expect(released).toBe(true);
  });
});
