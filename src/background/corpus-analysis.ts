import { analyzeStored, type Analysis, type StoredIndex } from '../engine';
import type { ArticleText } from '../extract/types';
import { IndexSync, type IndexHost, type SyncStore } from './index-sync';
import type { AnalyzerDeps } from './tab-analyzer';
import { omitBeyondCut } from './truncation';

export interface CorpusAnalysis {
  analyze: AnalyzerDeps['analyze'];
  /** Brings the index in step with the corpus now (the corpus changed), so that the next analysis finds it ready. */
  sync(): Promise<void>;
}

/** The documents whose sentences an item quotes. */
const quotedIds = (analysis: Analysis): string[] => [...new Set(analysis.omitted.flatMap((item) => item.sources.map((source) => source.doc)))];

/** Of the documents set aside, those the corpus still holds (the count the popup shows, with a way to bring them back). */
async function presentIds(ids: readonly string[], index: Pick<StoredIndex, 'documentNumbers'>): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const indexed = await index.documentNumbers();
  return new Set(ids.filter((id) => indexed.has(id)));
}

/**
 * Runs the engine over the store's corpus through the stored index. A wake reads the corpus's
 * revision and ids, not its documents: only those the index lacks are read, and, for a page cut
 * short, those an item quotes.
 */
export function corpusAnalysis(
  store: SyncStore,
  host: IndexHost,
  /** The documents the reader set aside as another story for an article (by its address). */
  setAsideFor: (article: string | null) => Promise<string[]> = async () => [],
): CorpusAnalysis {
  const index = new IndexSync(store, host);
  return {
    async analyze(article: ArticleText, onProgress) {
      const { index: opened, corpusSize } = await index.synced((count) => onProgress('indexing', count.total ? count.done / count.total : 1, count));
      onProgress('related', 0);
      const setAside = await presentIds(await setAsideFor(article.url), opened);
      const analysis = await analyzeStored(article, opened, {
        onProgress: ({ stage, done, total }) => onProgress(stage, total ? done / total : 1),
        setAside,
      });
      if (!article.truncated) return { analysis, corpusSize, setAside: setAside.size };
      // A page cut short: facts that lie past the cut in their sources are not called omitted.
      return { analysis: omitBeyondCut(analysis, article, await store.getMany(quotedIds(analysis))), corpusSize, setAside: setAside.size };
    },
    async sync() {
      await index.synced();
    },
  };
}
