/**
 * Imports left interrupted: a journal in the corpus database that no page is running. A page
 * running an import holds a Web Lock named after it for as long as it runs; the browser frees
 * the lock when the page closes or crashes, so a journal whose lock is free was interrupted.
 */
import type { CorpusStore, ImportJournal } from '../background/corpus-store';

export const importLockName = (id: string): string => `lacuna-import:${id}`;

/** The names of the locks held now, in any page of the extension. */
export type HeldLocks = () => Promise<string[]>;

export async function interruptedImports(store: Pick<CorpusStore, 'imports'>, heldLocks: HeldLocks): Promise<ImportJournal[]> {
  const journals = await store.imports();
  if (journals.length === 0) return [];
  const held = new Set(await heldLocks());
  return journals.filter((journal) => !held.has(importLockName(journal.id)));
}

/** The Web Locks of this browser: held while `running` is pending. */
export function browserLocks(locks: LockManager): { held: HeldLocks; hold(id: string, running: Promise<unknown>): void } {
  return {
    held: async () => ((await locks.query()).held ?? []).flatMap((lock) => (lock.name ? [lock.name] : [])),
    hold: (id, running) => {
      void locks.request(importLockName(id), () => running.catch(() => undefined));
    },
  };
}

/**
 * Runs an import holding its lock from the moment its id is known until it settles. `start`
 * may report the id before it returns (a resumed import knows it at once), so the lock waits
 * on a promise of its own rather than on the one `start` returns.
 */
export function holdingLock<T>(hold: (id: string, running: Promise<unknown>) => void, start: (onStarted: (id: string) => void) => Promise<T>): Promise<T> {
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const running = start((id) => hold(id, settled));
  void running.then(settle, settle);
  return running;
}
