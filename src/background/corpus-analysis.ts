import { analyzeStored, StoredIndex, StoredIndexError, type CorpusDocument, type IndexStorage } from '../engine';
import type { ArticleText } from '../extract/types';
import type { AnalysisStage } from '../messages';
import type { CorpusStore } from './corpus-store';
import type { AnalyzerDeps } from './tab-analyzer';
import { omitBeyondCut } from './truncation';

/** Documents indexed at a time when many are new (a first run, a large import): bounds memory. */
const SYNC_BATCH = 500;

/** The index's storage; `clear` empties it: the index is derived data, rebuilt from the corpus when unreadable. */
export interface IndexHost extends IndexStorage {
  clear(): Promise<void>;
}

/**
 * Keeps the stored index in step with the corpus: documents the index lacks are added,
 * those the corpus no longer has are removed. The index persists across worker restarts, so a
 * wake costs a comparison of ids, not a rebuild; one that cannot be read is rebuilt.
 */
export async function syncIndex(index: StoredIndex, documents: readonly CorpusDocument[]): Promise<void> {
  const indexed = await index.documentNumbers();
  const current = new Set(documents.map((document) => document.id));
  const gone = [...indexed.keys()].filter((id) => !current.has(id));
  if (gone.length > 0) await index.remove(gone);
  const added = documents.filter((document) => !indexed.has(document.id));
  for (let start = 0; start < added.length; start += SYNC_BATCH) await index.add(added.slice(start, start + SYNC_BATCH));
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
 * Runs the engine over the store's corpus through the stored index, brought in step with the
 * corpus whenever the store hands out a new array of documents (it does when the corpus changed).
 */
export function corpusAnalysis(store: Pick<CorpusStore, 'documents'>, host: IndexHost): AnalyzerDeps['analyze'] {
  let index: Promise<StoredIndex> | null = null;
  let synced: { documents: unknown; done: Promise<void> } | null = null;
  return async (article: ArticleText, onProgress: (stage: AnalysisStage, progress: number) => void) => {
    const documents = await store.documents();
    const opened = await (index ??= openIndex(host).catch((error: unknown) => {
      index = null;
      throw error;
    }));
    if (synced?.documents !== documents) {
      const done = syncIndex(opened, documents);
      synced = { documents, done };
      done.catch(() => (synced = null));
    }
    await synced.done;
    const analysis = await analyzeStored(article, opened, {
      onProgress: ({ stage, done, total }) => onProgress(stage, total ? done / total : 1),
    });
    // A page cut short: facts that lie past the cut in their sources are not called omitted.
    return { analysis: omitBeyondCut(analysis, article, documents), corpusSize: documents.length };
  };
}
