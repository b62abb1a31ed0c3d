/**
 * The corpus database: its name, version and the migrations that bring any older version
 * up to date. A migration runs inside the browser's upgrade transaction, so a failed one
 * leaves the database as it was and the next start tries again.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { textKey, urlKey } from '../../corpus/keys';
import { bytesOf, type StoredDocument } from './stored-document';
import { linkWireCopies, WireSketches } from './wire-links';
import { errorText } from '../../error-text';

export const DB_NAME = 'lacuna-corpus';
export const DOCUMENTS = 'documents';
export const META = 'meta';
/** One record per import under way (or interrupted): its journal. */
export const IMPORTS = 'imports';
/** Each document's sampled shingles (src/background/store/wire-links.ts), keyed by its id. */
export const SKETCHES = 'wireSketches';
/** The key in META of what all documents weigh toward the size limit (stored-document.ts bytesOf). */
export const TOTAL_BYTES = 'totalBytes';

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Brings the database from version `index` to `index + 1`. Only ever append to this list. */
export type Migration = (db: IDBPDatabase, tx: UpgradeTx) => Promise<void> | void;

export const MIGRATIONS: readonly Migration[] = [
  // 1: documents keyed by id, looked up by address.
  (db) => {
    const documents = db.createObjectStore(DOCUMENTS, { keyPath: 'id' });
    documents.createIndex('url', 'url');
  },
  // 2: duplicates are found by normalized address and by text; where each document came
  // from and when it was added; a small key-value store for the corpus's own state.
  async (db, tx) => {
    const documents = tx.objectStore(DOCUMENTS);
    documents.deleteIndex('url');
    documents.createIndex('urlKey', 'urlKey');
    documents.createIndex('textKey', 'textKey');
    documents.createIndex('origin', 'origin');
    db.createObjectStore(META);
    let cursor = await documents.openCursor();
    while (cursor) {
      const old = cursor.value as Record<string, unknown>;
      const key = urlKey(typeof old.url === 'string' ? old.url : null);
      const upgraded: Record<string, unknown> = {
        ...old,
        textKey: textKey(typeof old.text === 'string' ? old.text : ''),
        origin: typeof old.origin === 'string' ? old.origin : 'import',
        addedAt: typeof old.addedAt === 'number' ? old.addedAt : 0,
      };
      if (key) upgraded.urlKey = key;
      await cursor.update(upgraded);
      cursor = await cursor.continue();
    }
  },
  // 3: imports committed in batches, each document carrying its import's id, with a journal
  // record per import under way; copies of one wire report found by their sampled shingles,
  // kept in a store of their own (the documents already stored are linked in the order they
  // were added).
  async (db, tx) => {
    const documents = tx.objectStore(DOCUMENTS);
    documents.createIndex('importId', 'importId');
    db.createObjectStore(IMPORTS, { keyPath: 'id' });
    db.createObjectStore(SKETCHES, { keyPath: 'id' });
    const stored = (await documents.getAll()) as Array<{ addedAt: number; id: string; text: string }>;
    stored.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const sketches = await linkWireCopies(new WireSketches(), async () => [], stored);
    const sketchStore = tx.objectStore(SKETCHES);
    await Promise.all([...stored.map((document) => documents.put(document)), ...sketches.map((sketch) => sketchStore.put(sketch))]);
  },
  // 4: the corpus's weight toward the size limit kept as a running total, and the documents
  // looked up oldest first, so that keeping an article under a limit reads no other text.
  async (_db, tx) => {
    const documents = tx.objectStore(DOCUMENTS);
    documents.createIndex('addedAt', 'addedAt');
    let total = 0;
    let cursor = await documents.openCursor();
    while (cursor) {
      total += bytesOf(cursor.value as StoredDocument);
      cursor = await cursor.continue();
    }
    await tx.objectStore(META).put(total, TOTAL_BYTES);
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Opens (creating or upgrading) the corpus database in `factory` at `version` (tests open older ones). */
export async function openCorpusDb(factory: IDBFactory, version: number = DB_VERSION, name: string = DB_NAME): Promise<IDBPDatabase> {
  const request = factory.open(name, version);
  let upgrade: Promise<void> = Promise.resolve();
  request.onupgradeneeded = (event) => {
    const db = wrap(request.result);
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    upgrade = (async () => {
      for (let v = event.oldVersion; v < version; v++) await MIGRATIONS[v]!(db, tx);
    })().catch((error: unknown) => {
      tx.abort();
      throw error;
    });
  };
  const db = (await wrap(request).catch(async (error: unknown) => {
    await upgrade.catch((migration: unknown) => {
      throw new Error(`the corpus database could not be upgraded to version ${version}: ${errorText(migration)}`);
    });
    throw error;
  })) as IDBPDatabase;
  await upgrade;
  return db;
}

