/** Related coverage: documents of the corpus about the same story as the article. */
import { documentVector, type CorpusIndex } from '../corpus/corpus-index';
import { documentWeights, type TermWeight } from '../corpus/weights';
import type { ProcessedSentence } from '../text/document';
import type { RelatedDocument } from '../types';
import type { PreparedArticle } from './article';
import { articleWindows, alignSentence } from './alignment';

/** Weighted cosine below which a document tells another story. */
export const RELATED_THRESHOLD = 0.2;
/** Only documents this similar are checked for being the article itself. */
const DUPLICATE_CANDIDATE = 0.5;
const SENTENCE_STATED = 0.8;
/** Share of sentences each side must state of the other for two texts to be one. */
const DUPLICATE_SHARE = 0.9;
const MAX_RELATED = 50;

export interface ScoredDocument {
  document: number;
  score: number;
}

function normalizeUrl(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/^https?:\/\/(www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
}

/** Cosine of tf-idf vectors, through the inverted index. */
export function scoreDocuments(article: PreparedArticle, index: CorpusIndex): ScoredDocument[] {
  const weight = documentWeights(index.stats);
  const query = documentVector(article.sentences, weight);
  let queryNorm = 0;
  for (const value of query.values()) queryNorm += value * value;
  queryNorm = Math.sqrt(queryNorm);
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
  return scored.sort((a, b) => b.score - a.score || a.document - b.document);
}

function statedShare(
  sentences: ProcessedSentence[],
  other: PreparedArticle,
  weight: TermWeight,
): number {
  const content = sentences.filter((sentence) => sentence.kind === 'content' && sentence.terms.length > 0);
  if (content.length === 0) return 0;
  const windows = articleWindows(other);
  const stated = content.filter(
    (sentence) => alignSentence(sentence, other, windows, weight).covered >= SENTENCE_STATED,
  ).length;
  return stated / content.length;
}

/** The article itself, found in the corpus under another name: each text states almost all of the other. */
export function isSameDocument(article: PreparedArticle, documentArticle: PreparedArticle, weight: TermWeight): boolean {
  return (
    statedShare(documentArticle.sentences, article, weight) >= DUPLICATE_SHARE &&
    statedShare(article.sentences, documentArticle, weight) >= DUPLICATE_SHARE
  );
}

export function relatedDocuments(
  article: PreparedArticle,
  index: CorpusIndex,
  weight: TermWeight,
  asArticle: (document: number) => PreparedArticle,
  onProgress?: (done: number, total: number) => void,
): RelatedDocument[] {
  const scored = scoreDocuments(article, index);
  const related: RelatedDocument[] = [];
  scored.forEach(({ document, score }, done) => {
    onProgress?.(done, scored.length);
    const indexed = index.documents[document];
    if (!indexed || related.length >= MAX_RELATED) return;
    const sameUrl = indexed.url && article.input.url && normalizeUrl(indexed.url) === normalizeUrl(article.input.url);
    if (sameUrl) return;
    if (score < RELATED_THRESHOLD) return;
    if (score >= DUPLICATE_CANDIDATE && isSameDocument(article, asArticle(document), weight)) return;
    related.push({ doc: indexed.id, title: indexed.title, source: indexed.source, score: Number(score.toFixed(4)) });
  });
  onProgress?.(scored.length, scored.length);
  return related;
}
