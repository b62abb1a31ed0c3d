/** Lacuna's analysis engine: pure TypeScript, runs in the extension's worker, the CLI and tests. */
import type { CorpusDocument } from './types';
import { buildIndex as buildCorpusIndex, type CorpusIndex } from './corpus/corpus-index';
import { serializeIndex as serializeCorpusIndex, deserializeIndex as deserializeCorpusIndex } from './corpus/serialize';
import { segmentText } from './text/sentences';

export type {
  Analysis,
  ArticleInput,
  Claim,
  CorpusDocument,
  Discrepancy,
  ItemSource,
  OmittedItem,
  RelatedDocument,
} from './types';
export type { CorpusIndex } from './corpus/corpus-index';
export { INDEX_FORMAT_VERSION } from './corpus/serialize';
export { analyze, findRelated, type AnalysisProgress, type AnalyzeOptions } from './analyze/analyze';
export { pairScore, PAIR_THRESHOLD } from './analyze/pair';
export { analyzeStored, findRelatedStored } from './analyze/analyze-stored';
export { StoredIndex, StoredIndexError, STORED_INDEX_VERSION } from './corpus/stored/stored-index';
export { MemoryStorage, type IndexStorage } from './corpus/stored/storage';

/** Tokenizes, segments and indexes the corpus once; reused for many analyses. */
export function buildIndex(docs: CorpusDocument[]): CorpusIndex {
  return buildCorpusIndex(docs);
}

/** A plain JSON-serializable form, so the CLI can store it under <dir>/.lacuna/ and the extension in IndexedDB. */
export function serializeIndex(index: CorpusIndex): unknown {
  return serializeCorpusIndex(index);
}

/** Throws an Error naming the problem when `data` is not an index of the current format. */
export function deserializeIndex(data: unknown): CorpusIndex {
  return deserializeCorpusIndex(data);
}

/** Sentences of a text as the engine segments them (used by tests and by the UI to show quotes). */
export function segmentSentences(text: string): Array<{ text: string; start: number; end: number }> {
  return segmentText(text).map(({ text: sentence, start, end }) => ({ text: sentence, start, end }));
}
