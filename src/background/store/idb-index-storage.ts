/**
 * The stored search index's storage in the extension: a database of its own, `lacuna-index`,
 * beside the corpus. It holds derived data only: losing it loses nothing (the background
 * rebuilds it from the corpus).
 */
import { wrap, type IDBPDatabase } from 'idb';
import type { IndexStorage } from '../../engine';

export const INDEX_DB = 'lacuna-index';
const ENTRIES = 'entries';
const VERSION = 1;

export interface IdbIndexStorage extends IndexStorage {
  /** Deletes every entry: the index starts again empty. */
  clear(): Promise<void>;
}

export function idbIndexStorage(indexedDB: IDBFactory, name = INDEX_DB): IdbIndexStorage {
  let opened: Promise<IDBPDatabase> | null = null;
  const db = (): Promise<IDBPDatabase> => {
    if (opened) return opened;
    const request = indexedDB.open(name, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(ENTRIES)) request.result.createObjectStore(ENTRIES);
    };
    const opening = (wrap(request) as Promise<IDBPDatabase>).then((database) => {
      // Another context upgrading the database: let it, and open again on next use.
      database.addEventListener('versionchange', () => {
        database.close();
        opened = null;
      });
      return database;
    });
    opening.catch(() => (opened = null));
    return (opened = opening);
  };
  return {
    async get(keys) {
      const tx = (await db()).transaction(ENTRIES, 'readonly');
      const values = await Promise.all(keys.map((key) => tx.store.get(key)));
      await tx.done;
      return values;
    },
    async put(entries) {
      const tx = (await db()).transaction(ENTRIES, 'readwrite');
      // One transaction: every entry is written, or none.
      for (const [key, value] of entries) void (value === undefined ? tx.store.delete(key) : tx.store.put(value, key));
      await tx.done;
    },
    async clear() {
      const tx = (await db()).transaction(ENTRIES, 'readwrite');
      await tx.store.clear();
      await tx.done;
    },
  };
}
