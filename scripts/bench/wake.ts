/**
 * npm run bench -- --only wake [--sizes 10000]: what a worker wake reads of the corpus before
 * its first analysis, in the extension's IndexedDB corpus (fake-indexeddb in Node: in memory
 * and slower than a browser's, so records and bytes read are the figures; the times are only
 * relative). "all documents" is the wake before the stored index was synced by ids: every
 * document with its text, held until the next change. "ids + revision" is the wake now, with
 * the index in step; "after an import" adds 10% of the corpus and syncs.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { MemoryStorage, type CorpusDocument } from '../../src/engine';
import { corpusAnalysis } from '../../src/background/corpus-analysis';
import type { CorpusStore } from '../../src/background/corpus-store';
import { idbCorpusStore } from '../../src/background/store/idb-corpus-store';
import { documentBytes } from '../../src/corpus/size-limit';
import { loadNews, newsDir, syntheticDocuments } from './corpus';

const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '10000').split(',').map(Number);
const BATCH = 500;

/** Counts the documents the store hands out, their bytes, and the bytes of the ids. */
function counted(store: CorpusStore) {
  const read = { documents: 0, bytes: 0 };
  const tally = (documents: CorpusDocument[]) => {
    read.documents += documents.length;
    for (const document of documents) read.bytes += documentBytes(document);
    return documents;
  };
  const wrapped: CorpusStore = {
    ...store,
    documents: async () => tally(await store.documents()),
    getMany: async (ids) => tally(await store.getMany(ids)),
    ids: async () => {
      const ids = await store.ids();
      read.bytes += JSON.stringify(ids.ids).length;
      return ids;
    },
  };
  return { store: wrapped, read };
}

/** Every index entry in memory; `clear` for the rebuild of an unreadable index. */
function memoryHost(): MemoryStorage & { clear(): Promise<void> } {
  const storage = new MemoryStorage();
  return Object.assign(storage, { clear: async () => storage.values.clear() });
}

const heapMb = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

async function wake(size: number, records: NonNullable<ReturnType<typeof loadNews>>): Promise<void> {
  const factory = new IDBFactory();
  const open = () => idbCorpusStore({ indexedDB: factory, loadDemo: async () => [] });
  const writer = open();
  let batch: CorpusDocument[] = [];
  for (const document of syntheticDocuments(records, size)) {
    batch.push(document);
    if (batch.length === BATCH) await writer.add(batch.splice(0), 'import');
  }
  if (batch.length > 0) await writer.add(batch, 'import');
  const host = memoryHost();
  await corpusAnalysis(writer, host).sync();

  const row = async (label: string, run: (store: CorpusStore) => Promise<unknown>): Promise<void> => {
    const { store, read } = counted(open());
    const heap = heapMb();
    const started = performance.now();
    const kept = await run(store);
    const ms = performance.now() - started;
    const retained = heapMb() - heap;
    void kept;
    console.log(`| ${size.toLocaleString('en')} | ${label} | ${read.documents.toLocaleString('en')} | ${(read.bytes / 2 ** 20).toFixed(2)} MB | ${retained.toFixed(1)} MB | ${Math.round(ms)} ms |`);
  };
  console.log('| articles | wake | documents read | bytes read | heap kept | time (fake-indexeddb, under load) |');
  console.log('|---|---|---|---|---|---|');
  await row('all documents (before)', (store) => store.documents());
  await row('ids + revision (now)', (store) => corpusAnalysis(store, host).sync());
  await writer.add([...syntheticDocuments(records, size + size / 10, size)], 'import');
  await row('after an import of 10%', (store) => corpusAnalysis(store, host).sync());
}

const records = loadNews();
if (!records) console.log(`wake benchmark skipped: the dev news sets are not in ${newsDir}`);
else for (const size of sizes) await wake(size, records);
