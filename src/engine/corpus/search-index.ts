/** What related-coverage search needs of an index, whether it is all in memory or read from storage in part. */
import type { ProcessedSentence } from '../text/document';
import type { Language } from '../text/language';
import type { CorpusStats } from './stats';
import type { TermWeight } from './weights';

/** A document of the index: its metadata and processed sentences (no raw text). */
export interface IndexedDocument {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  lang: string | null;
  /** The language its words were read by: `lang` when the text bears it out, else the text's own. */
  language: Language;
  sentences: ProcessedSentence[];
}

export interface ScoredDocument {
  document: number;
  score: number;
}

export interface SearchIndex {
  /** Per outlet, keys of lines repeated across its documents: that outlet's page furniture. */
  readonly boilerplateLines: Readonly<Record<string, readonly string[]>>;
  readonly stats: CorpusStats;
  /** Each term's weight for finding documents (documentWeights of the stats), remembered between calls. */
  readonly documentWeight: TermWeight;
  /** The document with this number (numbers are the index's own, not ids). */
  document(document: number): IndexedDocument | undefined;
  documentNumber(id: string): number | undefined;
  /** Euclidean norm of the document's tf-idf vector under the current weights. */
  norm(document: number): number;
  /**
   * Cosine of a tf-idf vector with the documents, best first (ties by number): every
   * document that shares a term with it, or, for an index read in part, the closest ones
   * at `floor` or above, with their exact cosine. An index read in part remembers what it
   * has read by the query object: ask again with the same vector.
   */
  search(query: ReadonlyMap<string, number>, floor?: number): ScoredDocument[];
}

export function vectorNorm(vector: ReadonlyMap<string, number>): number {
  let squares = 0;
  for (const value of vector.values()) squares += value * value;
  return Math.sqrt(squares);
}

export const byScore = (a: ScoredDocument, b: ScoredDocument): number => b.score - a.score || a.document - b.document;

export interface Posting {
  document: number;
  weight: number;
}

/** Cosine of one tf-idf vector with every document that shares a term with it, through in-memory postings. */
export function scoreVector(
  query: ReadonlyMap<string, number>,
  index: { postings: ReadonlyMap<string, readonly Posting[]>; norms: readonly number[] },
): ScoredDocument[] {
  const queryNorm = vectorNorm(query);
  const dots = new Map<number, number>();
  for (const [term, value] of query) {
    for (const posting of index.postings.get(term) ?? []) {
      dots.set(posting.document, (dots.get(posting.document) ?? 0) + value * posting.weight);
    }
  }
  const scored: ScoredDocument[] = [];
  for (const [document, dot] of dots) {
    const norm = index.norms[document] ?? 0;
    if (norm > 0 && queryNorm > 0) scored.push({ document, score: Math.min(1, dot / (norm * queryNorm)) });
  }
  return scored.sort(byScore);
}
