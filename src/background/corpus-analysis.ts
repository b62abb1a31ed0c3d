import { analyze, buildIndex, type CorpusIndex } from '../engine';
import type { ArticleText } from '../extract/types';
import type { AnalysisStage } from '../messages';
import type { CorpusStore } from './corpus-store';
import type { AnalyzerDeps } from './tab-analyzer';
import { omitBeyondCut } from './truncation';

/**
 * Runs the engine over the store's corpus. The index is built once per set of documents
 * (the store hands out a new array when the corpus changed) and kept while the worker
 * lives; a restarted worker builds it again on first use.
 */
export function corpusAnalysis(store: Pick<CorpusStore, 'documents'>): AnalyzerDeps['analyze'] {
  let indexed: { documents: unknown; index: CorpusIndex } | null = null;
  return async (article: ArticleText, onProgress: (stage: AnalysisStage, progress: number) => void) => {
    const documents = await store.documents();
    if (indexed?.documents !== documents) indexed = { documents, index: buildIndex(documents) };
    const analysis = analyze(article, indexed.index, {
      onProgress: ({ stage, done, total }) => onProgress(stage, total ? done / total : 1),
    });
    // A page cut short: facts that lie past the cut in their sources are not called omitted.
    return { analysis: omitBeyondCut(analysis, article, documents), corpusSize: documents.length };
  };
}
