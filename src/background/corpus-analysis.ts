import { analyzeStored, type Analysis, type StoredIndex } from '../engine';
import type { ArticleText } from '../extract/types';
import { openingOf } from '../corpus/opening';
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
 * The first sentence of each related document without a title, so that the reader can tell
 * what it is. Their records were just read for the analysis: the index's cache usually holds them.
 */
async function openingsOfUntitled(analysis: Analysis, index: StoredIndex): Promise<Record<string, string>> {
  const untitled = analysis.related.filter((entry) => !entry.title?.trim()).map((entry) => entry.doc);
  if (untitled.length === 0) return {};
  const numbers = await index.documentNumbers();
  const wanted = untitled.flatMap((id) => (numbers.has(id) ? [[id, numbers.get(id)!] as const] : []));
  const records = await index.readDocuments(wanted.map(([, number]) => number));
  // Built from entries: an id such as "__proto__" is then a key like any other.
  return Object.fromEntries(
    wanted.flatMap(([id, number]) => {
      const opening = openingOf(records.get(number)?.sentences ?? []);
      return opening ? [[id, opening]] : [];
    }),
  );
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
      // Read alone, as the analysis was (a merge may drop records); the list says "Untitled" without them.
      const openings = await opened.exclusive(() => openingsOfUntitled(analysis, opened)).catch(() => ({}));
      if (!article.truncated) return { analysis, corpusSize, setAside: setAside.size, openings };
      // A page cut short: facts that lie past the cut in their sources are not called omitted.
      return { analysis: omitBeyondCut(analysis, article, await store.getMany(quotedIds(analysis))), corpusSize, setAside: setAside.size, openings };
    },
    async sync() {
      await index.synced();
    },
  };
}
