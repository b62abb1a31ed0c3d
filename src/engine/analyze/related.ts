/** Related coverage: documents of the corpus about the same story as the article. */
import { documentVector, type CorpusIndex } from '../corpus/corpus-index';
import { documentWeights, isEntityTerm, type TermWeight } from '../corpus/weights';
import type { ProcessedSentence } from '../text/document';
import type { RelatedDocument } from '../types';
import type { PreparedArticle } from './article';
import { articleWindows, alignSentence } from './alignment';

/**
 * Two stories of the same kind (two earthquakes, two arrests) share their vocabulary; what
 * tells them apart is who, where and how much. A document's score moves from its cosine with
 * the article towards the cosine of their names and quantities alone (storyScore): halfway
 * down when those agree less, a little over a third of the way up when they agree more
 * (another story about the same people agrees on names too).
 */
export const ENTITY_DROP = 0.5;
export const ENTITY_LIFT = 0.35;
/**
 * Names count only as far as the rest of the words agree, up to this many times their
 * cosine: another story about the same people shares the names and little else.
 */
export const ENTITY_WORD_RATIO = 4;
/** Only documents at least this close by cosine are scored with their names (the others cannot reach the thresholds in practice). */
const CANDIDATE_COSINE = 0.12;
/** Score from which a document tells the same story. */
export const RELATED_THRESHOLD = 0.35;
/**
 * Between this and RELATED_THRESHOLD a document gets a second look, against its own
 * closest documents. When the article has a core of clearly related documents (at least
 * CORE_SIZE), the document must be close to that core as a whole (joinsCore): another story
 * about the same people shares a name with one report, not the story with all of them.
 * Without a core, the two must be mutual near neighbours (isMutualNeighbour): one report of
 * a story is nearest to the other reports of it, while another story about the same people
 * is usually nearer to its own reports.
 */
export const NEIGHBOUR_THRESHOLD = 0.18;
/** How many closest documents count as near neighbours, each way. */
export const NEIGHBOURS = 2;
/** A document below RELATED_THRESHOLD joins a core of at least this many related documents ... */
export const CORE_SIZE = 2;
/** ... when its mean storyScore with them reaches this, */
export const CORE_THRESHOLD = 0.28;
/** ... and this share of theirs to the article: a tight core asks more. */
export const CORE_SHARE = 0.55;
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

/** Cosine of one tf-idf vector with every document that shares a term with it. */
export function scoreVector(query: ReadonlyMap<string, number>, index: CorpusIndex): ScoredDocument[] {
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

/** Cosines of two tf-idf vectors over their names and quantities, and over their other terms; null for a part either lacks. */
export function splitCosine(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  isEntity: (term: string) => boolean,
): { entities: number | null; words: number | null } {
  const dot = [0, 0];
  const normA = [0, 0];
  const normB = [0, 0];
  for (const [term, value] of a) {
    const part = isEntity(term) ? 0 : 1;
    normA[part]! += value * value;
    const other = b.get(term);
    if (other !== undefined) dot[part]! += value * other;
  }
  for (const [term, value] of b) normB[isEntity(term) ? 0 : 1]! += value * value;
  const cosine = (part: number) => (normA[part]! > 0 && normB[part]! > 0 ? dot[part]! / Math.sqrt(normA[part]! * normB[part]!) : null);
  return { entities: cosine(0), words: cosine(1) };
}

/**
 * A document's cosine with the article blended with how far their names and quantities
 * agree; just the cosine when one of the two names nothing (no evidence either way).
 */
export function storyScore(
  cosine: number,
  query: ReadonlyMap<string, number>,
  target: ReadonlyMap<string, number>,
  isEntity: (term: string) => boolean,
): number {
  const { entities, words } = splitCosine(query, target, isEntity);
  if (entities === null) return cosine;
  const agreement = Math.min(entities, ENTITY_WORD_RATIO * (words ?? 0));
  const share = agreement > cosine ? ENTITY_LIFT : ENTITY_DROP;
  return (1 - share) * cosine + share * agreement;
}

/** A term function computed once per term within one search. */
function memo<T>(compute: (term: string) => T): (term: string) => T {
  const values = new Map<string, T>();
  return (term) => {
    let value = values.get(term);
    if (value === undefined && !values.has(term)) values.set(term, (value = compute(term)));
    return value as T;
  };
}

/** Whether a term is a name or quantity of this corpus, memoized for one search. */
export function entityTest(index: CorpusIndex): (term: string) => boolean {
  return memo((term) => isEntityTerm(term, index.stats.nameTerms));
}

/** Documents by storyScore, best first. */
export function scoreWithEntities(
  article: PreparedArticle,
  index: CorpusIndex,
  vectorOf: (document: number) => ReadonlyMap<string, number>,
): ScoredDocument[] {
  const query = documentVector(article.sentences, memo(documentWeights(index.stats)));
  const isEntity = entityTest(index);
  return scoreVector(query, index)
    .filter((entry) => entry.score >= CANDIDATE_COSINE)
    .map(({ document, score }) => ({ document, score: storyScore(score, query, vectorOf(document), isEntity) }))
    .sort((a, b) => b.score - a.score || a.document - b.document);
}

/** Each indexed document's tf-idf vector, computed on first use within one search. */
export function vectorCache(index: CorpusIndex): (document: number) => ReadonlyMap<string, number> {
  const weight = memo(documentWeights(index.stats));
  const vectors = new Map<number, Map<string, number>>();
  return (document) => {
    let vector = vectors.get(document);
    if (!vector) vectors.set(document, (vector = documentVector(index.documents[document]?.sentences ?? [], weight)));
    return vector;
  };
}

/** A document's similarity to every other document of the corpus: a scan of the whole index. */
function neighbourhood(document: number, index: CorpusIndex, vectorOf: (document: number) => ReadonlyMap<string, number>): ScoredDocument[] {
  return scoreVector(vectorOf(document), index);
}

/**
 * A document's similarity to a few others, summed in the same order as scoreVector sums it,
 * so the figures are the same; without scanning the index.
 */
export function similarityTo(
  document: number,
  others: readonly ScoredDocument[],
  index: CorpusIndex,
  vectorOf: (document: number) => ReadonlyMap<string, number>,
): ScoredDocument[] {
  const query = vectorOf(document);
  let queryNorm = 0;
  for (const value of query.values()) queryNorm += value * value;
  queryNorm = Math.sqrt(queryNorm);
  return others.map(({ document: other }) => {
    const target = vectorOf(other);
    let dot = 0;
    for (const [term, value] of query) {
      const weight = target.get(term);
      if (weight !== undefined) dot += value * weight;
    }
    const norm = index.norms[other] ?? 0;
    return { document: other, score: norm > 0 && queryNorm > 0 ? Math.min(1, dot / (norm * queryNorm)) : 0 };
  });
}

/** A document's storyScore with each of a few others. */
function storiesTo(
  document: number,
  others: readonly ScoredDocument[],
  index: CorpusIndex,
  vectorOf: (document: number) => ReadonlyMap<string, number>,
): ScoredDocument[] {
  const isEntity = entityTest(index);
  return similarityTo(document, others, index, vectorOf).map((entry) => ({
    document: entry.document,
    score: storyScore(entry.score, vectorOf(document), vectorOf(entry.document), isEntity),
  }));
}

/** Whether the article, at `score` from a document, is among that document's NEIGHBOURS closest. */
export function isMutualNeighbour(
  document: number,
  score: number,
  around: readonly ScoredDocument[],
  selves: ReadonlySet<number>,
): boolean {
  let closer = 0;
  for (const other of around) {
    if (other.score <= score) break;
    if (other.document === document || selves.has(other.document)) continue;
    if (++closer >= NEIGHBOURS) return false;
  }
  return true;
}

/**
 * Whether a document is as close to the story's clear reports (the core) as they are to the
 * article: a report of a story with many reports that words it its own way.
 */
export function joinsCore(around: readonly ScoredDocument[], core: readonly ScoredDocument[]): boolean {
  const scores = new Map(around.map((entry) => [entry.document, entry.score]));
  const mean = core.reduce((sum, entry) => sum + (scores.get(entry.document) ?? 0), 0) / core.length;
  const articleMean = core.reduce((sum, entry) => sum + entry.score, 0) / core.length;
  return mean >= CORE_THRESHOLD && mean >= CORE_SHARE * articleMean;
}

export function relatedDocuments(
  article: PreparedArticle,
  index: CorpusIndex,
  weight: TermWeight,
  asArticle: (document: number) => PreparedArticle,
  onProgress?: (done: number, total: number) => void,
): RelatedDocument[] {
  const vectorOf = vectorCache(index);
  const scored = scoreWithEntities(article, index, vectorOf);
  const related: RelatedDocument[] = [];
  /** Documents that are the article itself: not neighbours of anything. */
  const selves = new Set<number>();
  let neighbours = 0;
  /** Documents related by their score alone. */
  const core: ScoredDocument[] = [];
  scored.forEach(({ document, score }, done) => {
    onProgress?.(done, scored.length);
    const indexed = index.documents[document];
    if (!indexed || related.length >= MAX_RELATED) return;
    const sameUrl = indexed.url && article.input.url && normalizeUrl(indexed.url) === normalizeUrl(article.input.url);
    if (sameUrl) return void selves.add(document);
    if (score < NEIGHBOUR_THRESHOLD) return;
    if (score >= DUPLICATE_CANDIDATE && isSameDocument(article, asArticle(document), weight)) return void selves.add(document);
    const near = neighbours++ < NEIGHBOURS;
    if (score >= RELATED_THRESHOLD) core.push({ document, score });
    else {
      // With a core, a document must be close to it; without, only a mutual near neighbour is
      // taken. The core needs only the document's similarity to the core's few documents; the
      // neighbour test needs the whole neighbourhood, so it is looked up only for a near document.
      const joins =
        core.length >= CORE_SIZE
          ? joinsCore(storiesTo(document, core, index, vectorOf), core)
          : near && isMutualNeighbour(document, score, neighbourhood(document, index, vectorOf), selves);
      if (!joins) return;
    }
    related.push({ doc: indexed.id, title: indexed.title, source: indexed.source, score: Number(score.toFixed(4)) });
  });
  onProgress?.(scored.length, scored.length);
  return related;
}
