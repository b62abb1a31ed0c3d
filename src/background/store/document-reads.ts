// Test helper: counts what is read of the corpus's document records, in any database of fake-indexeddb.
import { vi } from 'vitest';
import { DOCUMENTS } from './schema';

/** Spies on the object stores' reads: records read by key, and whole-store reads (getAll, cursors), of `documents` only. */
export function documentReads() {
  const counts = { values: 0, whole: 0 };
  const spy = (method: 'get' | 'getAll' | 'openCursor', counter: keyof typeof counts) => {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === DOCUMENTS) counts[counter]++;
      return original.apply(this, args);
    } as never);
  };
  const spies = [spy('get', 'values'), spy('getAll', 'whole'), spy('openCursor', 'whole')];
  return { values: () => counts.values, whole: () => counts.whole, restore: () => spies.forEach((s) => s.mockRestore()) };
}
