import { StoredIndex, StoredIndexError, type CorpusDocument, type IndexStorage } from '../engine';
import type { StageCount } from '../messages';
import type { CorpusIds, CorpusStore } from './corpus-store';

/** Documents read and indexed at a time when many are new (a first run, a large import): bounds memory. */
export const SYNC_BATCH = 500;

/** Fewer new documents than this are indexed without showing it: it takes well under a second. */
export const SHOWN_FROM = 100;

/** The index's storage; `clear` empties it: the index is derived data, rebuilt from the corpus when unreadable. */
export interface IndexHost extends IndexStorage {
  clear(): Promise<void>;
}

/** What the index needs of the corpus: ids and revision, and the texts of the documents it lacks. */
export type SyncStore = Pick<CorpusStore, 'ids' | 'revision' | 'getMany'>;

/**
 * Brings the index in step with the corpus by ids: those the corpus no longer has are removed,
 * those the index lacks are read (a batch at a time, never the whole corpus) and added.
 */
async function syncIndex(
  index: StoredIndex,
  corpus: CorpusIds,
  read: (ids: string[]) => Promise<CorpusDocument[]>,
  onProgress: (count: StageCount) => void = () => undefined,
): Promise<void> {
  const indexed = await index.documentNumbers();
  const current = new Set(corpus.ids);
  const added = corpus.ids.filter((id) => !indexed.has(id));
  const gone = [...indexed.keys()].filter((id) => !current.has(id));
  if (gone.length > 0) await index.remove(gone);
  for (let start = 0; start < added.length; start += SYNC_BATCH) {
    onProgress({ done: start, total: added.length });
    await index.add(await read(added.slice(start, start + SYNC_BATCH)));
  }
  onProgress({ done: added.length, total: added.length });
}

async function openIndex(host: IndexHost): Promise<StoredIndex> {
  try {
    return await StoredIndex.open(host);
  } catch (error) {
    if (!(error instanceof StoredIndexError)) throw error;
    await host.clear();
    return StoredIndex.open(host);
  }
}

/**
 * The worker's stored index, opened once and kept in step with the corpus: `synced` compares the
 * corpus's revision (one small read) and, when it moved, its ids with the index's. One sync runs
 * at a time and is shared by all who wait for it; they hear its progress when it has many
 * documents to add.
 */
export class IndexSync {
  private opened: Promise<StoredIndex> | null = null;
  private current: { revision: number; size: number; done: Promise<void> } | null = null;
  private readonly watchers = new Set<(count: StageCount) => void>();

  constructor(
    private readonly store: SyncStore,
    private readonly host: IndexHost,
  ) {}

  /** The index, in step with the corpus as of now, and the corpus's size. */
  async synced(onProgress?: (count: StageCount) => void): Promise<{ index: StoredIndex; corpusSize: number }> {
    const index = await this.index();
    const revision = await this.store.revision();
    if (this.current?.revision !== revision) this.current = this.start(index, revision, this.current?.done);
    const sync = this.current;
    if (onProgress) this.watchers.add(onProgress);
    try {
      await sync.done;
    } finally {
      if (onProgress) this.watchers.delete(onProgress);
    }
    return { index, corpusSize: sync.size };
  }

  private index(): Promise<StoredIndex> {
    return (this.opened ??= openIndex(this.host).catch((error: unknown) => {
      this.opened = null;
      throw error;
    }));
  }

  private start(index: StoredIndex, revision: number, previous: Promise<void> | undefined) {
    const sync = { revision, size: 0, done: Promise.resolve() };
    sync.done = (async () => {
      await previous?.catch(() => undefined);
      const corpus = await this.store.ids();
      // The ids may be newer than the revision read first: they are what the index now holds.
      sync.revision = corpus.revision;
      sync.size = corpus.ids.length;
      await syncIndex(index, corpus, (ids) => this.store.getMany(ids), (count) => {
        if (count.total >= SHOWN_FROM) for (const watcher of this.watchers) watcher(count);
      });
    })();
    sync.done.catch(() => {
      if (this.current === sync) this.current = null;
    });
    return sync;
  }
}
