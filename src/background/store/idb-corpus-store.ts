/**
 * The corpus in IndexedDB (through `idb`): it survives browser restarts, extension updates
 * and service-worker stops. Every write is one transaction, so a failed write leaves the
 * corpus as it was. The bundled demo articles are loaded on first use unless the reader
 * removed them. A revision number, bumped by every write, tells readers in any context
 * (background, options page) when the documents they hold are out of date.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { CorpusDocument } from '../../engine/types';
import { textKey, urlKey } from '../../corpus/keys';
import { documentBytes } from '../../corpus/size-limit';
import { isSameArticleText, shingles } from '../../corpus/wire-copies';
import type { ImportJournal } from '../../corpus/types';
import { parseBundledCorpus, type AddResult, type AddSkip, type CorpusEntry, type CorpusStore, type DemoState, type DocumentOrigin } from '../corpus-store';
import { IMPORTS, DOCUMENTS, META, SKETCHES, TOTAL_BYTES, openCorpusDb } from './schema';
import { bytesOf, CorpusWriteError, describeWriteError, label, toDocument, toEntry, untitledOpening, type StoredDocument } from './stored-document';
import { linkWireCopies, wireCandidates, WireSketches, type WireSketch } from './wire-links';

export { CorpusWriteError, describeWriteError, type StoredDocument } from './stored-document';

export interface IdbCorpusStoreOptions {
  indexedDB: IDBFactory;
  /** Reads the bundled demo corpus (the parsed JSON file). */
  loadDemo(): Promise<unknown>;
  now?: () => number;
  /** Database name; tests use their own. */
  name?: string;
}

type WriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;

const SIZE_LIMIT = 'sizeLimit';

/**
 * Makes the requests one after another and waits for them all. A request that throws as it is
 * made (a value that cannot be stored) fails the write; the requests made before it then
 * reject with the aborted transaction, and are waited for here rather than left unhandled.
 */
async function requestAll(requests: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  const made: Array<Promise<unknown>> = [];
  try {
    for (const request of requests) made.push(request());
  } catch (error) {
    await Promise.allSettled(made);
    throw error;
  }
  await Promise.all(made);
}

export function idbCorpusStore(options: IdbCorpusStoreOptions): CorpusStore {
  const now = options.now ?? (() => Date.now());
  let opened: Promise<IDBPDatabase> | null = null;
  let demo: Promise<void> | null = null;
  let cache: { revision: number; documents: CorpusDocument[] } | null = null;
  /** The wire sketches in memory, as of a revision of the corpus. */
  let sketches: { revision: number; index: WireSketches } | null = null;

  const db = (): Promise<IDBPDatabase> => {
    opened ??= openCorpusDb(options.indexedDB, undefined, options.name).then((database) => {
      // Another context upgrading the schema: let it, and open again on next use.
      database.addEventListener('versionchange', () => {
        database.close();
        opened = null;
      });
      return database;
    });
    opened.catch(() => (opened = null));
    return opened;
  };

  /** Runs `work` in one read-write transaction over documents, meta and the import journal; all of it or nothing. */
  async function write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = (await db()).transaction([DOCUMENTS, META, IMPORTS, SKETCHES], 'readwrite') as WriteTx;
    const done = tx.done;
    done.catch(() => undefined);
    try {
      const result = await work(tx);
      const meta = tx.objectStore(META);
      await meta.put(((await meta.get('revision')) as number | undefined ?? 0) + 1, 'revision');
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the failed request.
      }
      await done.catch(() => undefined);
      // The sketches added in memory were not stored.
      sketches = null;
      throw new CorpusWriteError(describeWriteError(error));
    }
  }

  /**
   * For each document, the stored ones that share most of its sampled shingles, read once
   * (`read`, which the wire links reuse): the candidates for the same article at another address.
   */
  async function storedCandidates(
    get: (id: string) => Promise<unknown>,
    index: WireSketches,
    prepared: readonly StoredDocument[],
    shingleSets: ReadonlyArray<Set<number>>,
  ): Promise<{ candidates: StoredDocument[][]; read: Map<string, StoredDocument> }> {
    const ids = prepared.map((document, at) => wireCandidates(index, shingleSets[at]!, document.id));
    const wanted = [...new Set(ids.flat())];
    const read = new Map<string, StoredDocument>();
    ((await Promise.all(wanted.map(get))) as Array<StoredDocument | undefined>).forEach((document, at) => {
      if (document) read.set(wanted[at]!, document);
    });
    return { candidates: ids.map((list) => list.flatMap((id) => read.get(id) ?? [])), read };
  }

  /**
   * Stores the documents that are not duplicates of the corpus or of an earlier one of the
   * batch. The whole batch is looked up at once and written at once: a few round trips to the
   * database per batch, not per document.
   */
  async function addIn(tx: WriteTx, batch: PreparedBatch): Promise<AddResult> {
    const store = tx.objectStore(DOCUMENTS);
    const { prepared, shingleSets } = batch;
    const found = (await Promise.all(
      prepared.map((stored) =>
        Promise.all([store.get(stored.id), stored.urlKey ? store.index('urlKey').get(stored.urlKey) : undefined, store.index('textKey').get(stored.textKey)]),
      ),
    )) as Array<Array<StoredDocument | undefined>>;
    const index = await sketchesIn(tx);
    const nearby = await storedCandidates((id) => store.get(id), index, prepared, shingleSets);
    const seen = { ids: new Map<string, StoredDocument>(), urls: new Map<string, StoredDocument>(), texts: new Map<string, StoredDocument>() };
    const accepted: StoredDocument[] = [];
    const acceptedShingles: Array<Set<number>> = [];
    const skipped: AddSkip[] = [];
    prepared.forEach((document, at) => {
      const [sameId, sameUrl, sameText] = found[at]!;
      const url = sameUrl ?? (document.urlKey ? seen.urls.get(document.urlKey) : undefined);
      const text = sameText ?? seen.texts.get(document.textKey);
      const retold = text ? undefined : sameArticle(document, shingleSets[at]!, nearby.candidates[at]!);
      const reason = url
        ? `same address as ${label(url)}, already in the corpus`
        : text
          ? `same text as ${label(text)}, already in the corpus`
          : retold
            ? `the same article as ${label(retold)}, already in the corpus (its text at another address)`
            : (sameId ?? seen.ids.get(document.id))
              ? `the id "${document.id}" is already taken by another article in the corpus`
              : null;
      if (reason) {
        skipped.push({ index: at, id: document.id, reason });
        return;
      }
      seen.ids.set(document.id, document);
      if (document.urlKey) seen.urls.set(document.urlKey, document);
      seen.texts.set(document.textKey, document);
      accepted.push(document);
      acceptedShingles.push(shingleSets[at]!);
    });
    const texts = async (ids: string[]): Promise<Array<string | undefined>> =>
      ((await Promise.all(ids.map((id) => nearby.read.get(id) ?? store.get(id)))) as Array<StoredDocument | undefined>).map((d) => d?.text);
    const newSketches = await linkWireCopies(index, texts, accepted, acceptedShingles);
    const sketchStore = tx.objectStore(SKETCHES);
    await requestAll([...accepted.map((stored) => () => store.put(stored)), ...newSketches.map((sketch) => () => sketchStore.put(sketch))]);
    await addToTotal(tx, accepted.reduce((sum, stored) => sum + bytesOf(stored), 0));
    return { added: accepted.map((stored) => stored.id), skipped, evicted: [] };
  }

  /** The wire sketches of the corpus, read again when another write changed it; valid for the revision this write makes. */
  async function sketchesIn(tx: WriteTx): Promise<WireSketches> {
    const revision = ((await tx.objectStore(META).get('revision')) as number | undefined) ?? 0;
    if (sketches?.revision !== revision) sketches = { revision, index: new WireSketches((await tx.objectStore(SKETCHES).getAll()) as WireSketch[]) };
    sketches.revision = revision + 1;
    return sketches.index;
  }

  /** Deletes documents with their sketches, and their weight from the total; returns how many there were. */
  async function deleteIn(tx: WriteTx, keys: readonly IDBValidKey[]): Promise<number> {
    const documents = tx.objectStore(DOCUMENTS);
    const sketchStore = tx.objectStore(SKETCHES);
    // An id given twice is one document, weighed off once.
    const ids = [...new Set(keys)];
    const deleted = ((await Promise.all(ids.map((id) => documents.get(id)))) as Array<StoredDocument | undefined>).filter((stored) => stored !== undefined);
    await Promise.all(ids.flatMap((id) => [documents.delete(id), sketchStore.delete(id)]));
    await addToTotal(tx, -deleted.reduce((sum, stored) => sum + bytesOf(stored), 0));
    return deleted.length;
  }

  /** What all documents weigh toward the size limit (schema.ts keeps it from version 4 on). */
  async function totalIn(tx: WriteTx): Promise<number> {
    return ((await tx.objectStore(META).get(TOTAL_BYTES)) as number | undefined) ?? 0;
  }

  async function addToTotal(tx: WriteTx, bytes: number): Promise<void> {
    if (bytes !== 0) await tx.objectStore(META).put((await totalIn(tx)) + bytes, TOTAL_BYTES);
  }

  /**
   * The documents as stored, with their shingles: the costly part of an add, done before its
   * transaction opens (a transaction cannot wait for the page) and paused every few
   * milliseconds so that the page stays responsive.
   */
  async function prepare(documents: readonly CorpusDocument[], origin: DocumentOrigin, importId?: string): Promise<PreparedBatch> {
    const batch: PreparedBatch = { prepared: [], shingleSets: [] };
    let since = performance.now();
    for (const document of documents) {
      const stored: StoredDocument = {
        ...toDocument(document),
        ...untitledOpening(document),
        textKey: textKey(document.text),
        origin,
        addedAt: now(),
        bytes: documentBytes(document),
      };
      const address = urlKey(document.url);
      if (address) stored.urlKey = address;
      if (importId) stored.importId = importId;
      batch.prepared.push(stored);
      batch.shingleSets.push(shingles(document.text));
      if (performance.now() - since > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        since = performance.now();
      }
    }
    return batch;
  }

  /**
   * Deletes the oldest unpinned documents while the corpus is over its size limit (in the order
   * of size-limit.ts chooseEvictions, which the options page previews with); returns their ids.
   * Under the limit it reads no document; over it, the oldest ones only.
   */
  async function evictIn(tx: WriteTx): Promise<string[]> {
    const limit = ((await tx.objectStore(META).get(SIZE_LIMIT)) as number | undefined) ?? null;
    if (limit === null) return [];
    let total = await totalIn(tx);
    const evicted: string[] = [];
    let cursor = total > limit ? await tx.objectStore(DOCUMENTS).index('addedAt').openCursor() : null;
    while (cursor && total > limit) {
      const stored = cursor.value as StoredDocument;
      if (stored.pinned !== true) {
        evicted.push(stored.id);
        total -= bytesOf(stored);
      }
      cursor = await cursor.continue();
    }
    await deleteIn(tx, evicted);
    return evicted;
  }

  async function demoState(): Promise<DemoState> {
    const state = (await (await db()).get(META, 'demo')) as DemoState | undefined;
    return state ?? 'not-loaded';
  }

  /** Loads the demo articles the first time the corpus is used, unless the reader removed them. */
  function ensureDemo(): Promise<void> {
    demo ??= (async () => {
      if ((await demoState()) !== 'not-loaded') return;
      const prepared = await prepare(parseBundledCorpus(await options.loadDemo()), 'demo');
      await write(async (tx) => {
        // Another context may have loaded them meanwhile: check again inside the transaction.
        if ((await tx.objectStore(META).get('demo')) !== undefined) return;
        await addIn(tx, prepared);
        await tx.objectStore(META).put('loaded', 'demo');
      });
    })();
    demo.catch(() => (demo = null));
    return demo;
  }

  async function all(): Promise<{ revision: number; stored: StoredDocument[] | null }> {
    await ensureDemo();
    const tx = (await db()).transaction([DOCUMENTS, META], 'readonly');
    const revision = ((await tx.objectStore(META).get('revision')) as number | undefined) ?? 0;
    if (cache?.revision === revision) return { revision, stored: null };
    const stored = (await tx.objectStore(DOCUMENTS).getAll()) as StoredDocument[];
    return { revision, stored };
  }

  return {
    async documents() {
      const { revision, stored } = await all();
      if (stored) cache = { revision, documents: stored.map(toDocument) };
      return cache!.documents;
    },
    async list() {
      await ensureDemo();
      // A page of documents at a time: only their entries are kept, never every text at once.
      const database = await db();
      const entries: CorpusEntry[] = [];
      for (let after: string | null = null; ; ) {
        const page = (await database.getAll(DOCUMENTS, after === null ? undefined : IDBKeyRange.lowerBound(after, true), LIST_PAGE)) as StoredDocument[];
        entries.push(...page.map(toEntry));
        if (page.length < LIST_PAGE) return entries;
        after = page.at(-1)!.id;
      }
    },
    async get(id) {
      await ensureDemo();
      const stored = (await (await db()).get(DOCUMENTS, id)) as StoredDocument | undefined;
      return stored ? toDocument(stored) : null;
    },
    async getMany(ids) {
      await ensureDemo();
      const tx = (await db()).transaction(DOCUMENTS, 'readonly');
      const found = (await Promise.all(ids.map((id) => tx.store.get(id)))) as Array<StoredDocument | undefined>;
      return found.filter((stored) => stored !== undefined).map(toDocument);
    },
    async idsAt(url) {
      await ensureDemo();
      const key = urlKey(url);
      if (!key) return [];
      return ((await (await db()).getAllKeysFromIndex(DOCUMENTS, 'urlKey', key)) as string[]).sort();
    },
    async ids() {
      await ensureDemo();
      const tx = (await db()).transaction([DOCUMENTS, META], 'readonly');
      const [revision, keys] = await Promise.all([tx.objectStore(META).get('revision'), tx.objectStore(DOCUMENTS).getAllKeys()]);
      return { revision: (revision as number | undefined) ?? 0, ids: keys as string[] };
    },
    async revision() {
      await ensureDemo();
      return ((await (await db()).get(META, 'revision')) as number | undefined) ?? 0;
    },
    async add(documents, origin) {
      await ensureDemo();
      const prepared = await prepare(documents, origin);
      return write(async (tx) => {
        const result = await addIn(tx, prepared);
        if (result.added.length > 0) result.evicted = await evictIn(tx);
        return result;
      });
    },
    async setPinned(ids, pinned) {
      await ensureDemo();
      return write(async (tx) => {
        const store = tx.objectStore(DOCUMENTS);
        for (const id of ids) {
          const stored = (await store.get(id)) as StoredDocument | undefined;
          if (!stored) continue;
          if (pinned) stored.pinned = true;
          else delete stored.pinned;
          await store.put(stored);
        }
        return pinned ? [] : evictIn(tx);
      });
    },
    async sizeLimit() {
      return ((await (await db()).get(META, SIZE_LIMIT)) as number | undefined) ?? null;
    },
    async setSizeLimit(bytes) {
      if (bytes !== null && !(Number.isFinite(bytes) && bytes > 0)) throw new CorpusWriteError(`a size limit must be a number of bytes above 0, not ${bytes}. Nothing was changed.`);
      await ensureDemo();
      return write(async (tx) => {
        if (bytes === null) await tx.objectStore(META).delete(SIZE_LIMIT);
        else await tx.objectStore(META).put(bytes, SIZE_LIMIT);
        return evictIn(tx);
      });
    },
    async delete(ids) {
      await ensureDemo();
      return write((tx) => deleteIn(tx, ids));
    },
    async clear() {
      await write(async (tx) => {
        await tx.objectStore(DOCUMENTS).clear();
        await tx.objectStore(SKETCHES).clear();
        await tx.objectStore(META).put(0, TOTAL_BYTES);
        await tx.objectStore(META).put('removed', 'demo');
      });
    },
    async removeDemo() {
      return write(async (tx) => {
        const store = tx.objectStore(DOCUMENTS);
        const keys = await store.index('origin').getAllKeys('demo');
        await deleteIn(tx, keys);
        await tx.objectStore(META).put('removed', 'demo');
        return keys.length;
      });
    },
    demoState,
    async startImport(files) {
      await ensureDemo();
      const journal: ImportJournal = {
        id: `import-${now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        files,
        startedAt: now(),
        bytesTotal: files.reduce((sum, file) => sum + file.size, 0),
        bytesDone: 0,
        added: 0,
        resumeAt: null,
        state: 'running',
      };
      await (await db()).put(IMPORTS, journal);
      return journal;
    },
    async addToImport(id, documents, position) {
      const prepared = await prepare(documents, 'import', id);
      return write(async (tx) => {
        const journals = tx.objectStore(IMPORTS);
        const journal = (await journals.get(id)) as ImportJournal | undefined;
        if (journal?.state !== 'running') throw new Error(`the import ${id} is not under way`);
        const result = await addIn(tx, prepared);
        await journals.put({ ...journal, ...position, added: journal.added + result.added.length });
        return result;
      });
    },
    async finishImport(id) {
      return write(async (tx) => {
        await tx.objectStore(IMPORTS).delete(id);
        return evictIn(tx);
      });
    },
    async removeImport(id) {
      await write(async (tx) => {
        const journals = tx.objectStore(IMPORTS);
        const journal = (await journals.get(id)) as ImportJournal | undefined;
        if (journal) await journals.put({ ...journal, state: 'removing' });
      });
      let removed = 0;
      for (;;) {
        const batch = await write(async (tx) => {
          const keys = await tx.objectStore(DOCUMENTS).index('importId').getAllKeys(id, REMOVE_BATCH);
          await deleteIn(tx, keys);
          if (keys.length < REMOVE_BATCH) await tx.objectStore(IMPORTS).delete(id);
          return keys.length;
        });
        removed += batch;
        if (batch < REMOVE_BATCH) return removed;
      }
    },
    async imports() {
      return (await (await db()).getAll(IMPORTS)) as ImportJournal[];
    },
  };
}

/** Documents as they will be stored, with their shingles, in the order given. */
interface PreparedBatch {
  prepared: StoredDocument[];
  shingleSets: Array<Set<number>>;
}

/** Documents read per request when listing the corpus. */
const LIST_PAGE = 500;

/** Preparing a batch pauses for the page after this long. */
const SLICE_MS = 12;

/** Documents deleted per transaction when an import is taken back. */
const REMOVE_BATCH = 500;

const outlet = (source: string | null): string => (source ?? '').trim().toLowerCase();

/**
 * A stored document of the same outlet whose text is nearly all this one's and the other way
 * round: the article read again at another address (a mobile or syndicated copy, the demo
 * article's page), not a report of its own.
 */
function sameArticle(document: StoredDocument, shingleSet: ReadonlySet<number>, candidates: readonly StoredDocument[]): StoredDocument | undefined {
  if (!outlet(document.source)) return undefined;
  return candidates.find((other) => outlet(other.source) === outlet(document.source) && isSameArticleText(shingleSet, shingles(other.text)));
}
