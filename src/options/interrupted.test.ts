// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { idbCorpusStore } from '../background/store/idb-corpus-store';
import { importLockName, interruptedImports } from './interrupted';

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
