/** Related coverage: documents of the corpus about the same story as the article. */
import { documentVector } from '../corpus/corpus-index';
import { vectorNorm, type IndexedDocument, type ScoredDocument, type SearchIndex } from '../corpus/search-index';
import type { TermWeight } from '../corpus/weights';
import type { ProcessedSentence } from '../text/document';
import { RELATED_THRESHOLD, type RelatedDocument } from '../types';
import type { PreparedArticle } from './article';
import { articleWindows, alignSentence } from './alignment';
import { isAnotherTelling, isOutletsOtherStory } from './provenance';

/**
 * Between this and RELATED_THRESHOLD a document gets a second look, against its own
 * closest documents. When the article has a core of clearly related documents (at least
 * CORE_SIZE), the document must be close to that core as a whole (joinsCore): another story
 * about the same people shares a name with one report, not the story with all of them.
 * Without a core, the two must be mutual near neighbours (isMutualNeighbour): one report of
 * a story is nearest to the other reports of it, while another story about the same people
 * is usually nearer to its own reports. That look is for another outlet's telling of the
 * same days' news (isAnotherTelling). A text of the article's own outlet published weeks
 * away is never taken, however alike (isOutletsOtherStory).
 */
export const NEIGHBOUR_THRESHOLD = 0.18;
/** How many closest documents count as near neighbours, each way. */
export const NEIGHBOURS = 2;
/** A document below RELATED_THRESHOLD joins a core of at least this many related documents ... */
export const CORE_SIZE = 2;
/**
 * Without such a core, the reports of a story told by many may all be there, each a little
 * under RELATED_THRESHOLD from the article (a short article, or one that tells the story its
 * own way): each of them is nearer to the others than to the article, so none is a mutual
 * near neighbour. When the article's STORY_CORE closest documents are, on average, as alike to
 * each other as a related document is to an article (RELATED_THRESHOLD), and none is far from
 * the others (CORE_THRESHOLD), they are the core (storyCore): news of the same people that
 * tells other stories is not that alike within (at most 0.32 among BASIL's). A document joins
 * such a core as it joins any, and only when it is as close to the core as its members are to
 * each other, give or take STORY_SPLIT: the share below which two groups tell two stories.
 */
export const STORY_CORE = 2 * CORE_SIZE;
/** ... when its mean similarity to them reaches this, */
export const CORE_THRESHOLD = 0.25;
/** ... and this share of theirs to the article: a tight core asks more. */
export const CORE_SHARE = 0.55;
/**
 * A related set may hold two stories of one kind (two earthquakes, two arrests, two offers
 * to one player): grouped by their similarity to each other (average linkage), its main
 * division is the last merge of two groups of at least STORY_GROUP documents each (the
 * article counts in its group). When the two groups are less alike than STORY_SPLIT times
 * the looser group is within itself, the group without the article tells another story and
 * goes, with the small groups closer to it than to the article's.
 */
export const STORY_GROUP = 5;
export const STORY_SPLIT = 0.7;
/** Only documents this similar are checked for being the article itself. */
const DUPLICATE_CANDIDATE = 0.5;
const SENTENCE_STATED = 0.8;
/** Share of sentences each side must state of the other for two texts to be one. */
const DUPLICATE_SHARE = 0.9;
const MAX_RELATED = 50;

export type { ScoredDocument } from '../corpus/search-index';
export { scoreVector } from '../corpus/search-index';

function normalizeUrl(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/^https?:\/\/(www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
}

/**
 * The tf-idf vectors a related search compares: the article's, and each document's on first
 * use. Made once per analysis, so that a search over an index read in part, which runs again
 * after each read, neither computes them again nor asks the index anew.
 */
export interface SearchVectors {
  article: ReadonlyMap<string, number>;
  of: (document: number) => ReadonlyMap<string, number>;
}

export function searchVectors(article: PreparedArticle, index: SearchIndex): SearchVectors {
  return { article: documentVector(article.sentences, index.documentWeight), of: vectorCache(index) };
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

/** Each indexed document's tf-idf vector, computed on first use within one search. */
export function vectorCache(index: SearchIndex): (document: number) => ReadonlyMap<string, number> {
  const weight = index.documentWeight;
  const vectors = new Map<number, Map<string, number>>();
  return (document) => {
    let vector = vectors.get(document);
    if (!vector) vectors.set(document, (vector = documentVector(index.document(document)?.sentences ?? [], weight)));
    return vector;
  };
}

/** A document's similarity to the other documents of the corpus: a search of the index. */
function neighbourhood(document: number, index: SearchIndex, vectorOf: (document: number) => ReadonlyMap<string, number>): ScoredDocument[] {
  return index.search(vectorOf(document), NEIGHBOUR_THRESHOLD);
}

/**
 * A document's similarity to a few others, summed in the same order as scoreVector sums it,
 * so the figures are the same; without scanning the index.
 */
export function similarityTo(
  document: number,
  others: readonly ScoredDocument[],
  index: SearchIndex,
  vectorOf: (document: number) => ReadonlyMap<string, number>,
): ScoredDocument[] {
  const query = vectorOf(document);
  const queryNorm = vectorNorm(query);
  return others.map(({ document: other }) => {
    const target = vectorOf(other);
    let dot = 0;
    for (const [term, value] of query) {
      const weight = target.get(term);
      if (weight !== undefined) dot += value * weight;
    }
    const norm = index.norm(other);
    return { document: other, score: norm > 0 && queryNorm > 0 ? Math.min(1, dot / (norm * queryNorm)) : 0 };
  });
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
export function joinsCore(around: readonly ScoredDocument[], core: readonly ScoredDocument[], cohesion = 0): boolean {
  const scores = new Map(around.map((entry) => [entry.document, entry.score]));
  const mean = core.reduce((sum, entry) => sum + (scores.get(entry.document) ?? 0), 0) / core.length;
  const articleMean = core.reduce((sum, entry) => sum + entry.score, 0) / core.length;
  return mean >= CORE_THRESHOLD && mean >= CORE_SHARE * articleMean && mean >= STORY_SPLIT * cohesion;
}

/** Each document's similarity with each other one, in the order given: symmetric, 1 on the diagonal. */
function pairwiseSimilarity(
  documents: readonly ScoredDocument[],
  index: SearchIndex,
  vectorOf: (document: number) => ReadonlyMap<string, number>,
): number[][] {
  const similarity = documents.map((_, at) => documents.map((__, other): number => (at === other ? 1 : 0)));
  documents.forEach((entry, at) => {
    similarityTo(entry.document, documents.slice(at + 1), index, vectorOf).forEach(({ score }, after) => {
      similarity[at]![at + 1 + after] = score;
      similarity[at + 1 + after]![at] = score;
    });
  });
  return similarity;
}

/**
 * How alike documents are: the mean similarity of each pair (`mean`), and the lowest of each
 * document's mean similarity to the others (`least`: the odd one out).
 */
export function cohesionOf(
  documents: readonly ScoredDocument[],
  index: SearchIndex,
  vectorOf: (document: number) => ReadonlyMap<string, number>,
): { mean: number; least: number } {
  if (documents.length < 2) return { mean: 0, least: 0 };
  const sums = pairwiseSimilarity(documents, index, vectorOf).map((row, at) => row.reduce((sum, value, other) => (other === at ? sum : sum + value), 0));
  const others = documents.length - 1;
  return { mean: sums.reduce((a, b) => a + b, 0) / (documents.length * others), least: Math.min(...sums) / others };
}

/**
 * The article's STORY_CORE closest documents (`closest`, best first), as the core when they are
 * as alike to each other as a related document is to an article, none of them far from the
 * others (CORE_THRESHOLD, as for joining a core); null otherwise.
 */
export function storyCore(
  closest: readonly ScoredDocument[],
  index: SearchIndex,
  vectorOf: (document: number) => ReadonlyMap<string, number>,
): { members: Set<number>; cohesion: number } | null {
  if (closest.length < STORY_CORE) return null;
  const members = closest.slice(0, STORY_CORE);
  const { mean, least } = cohesionOf(members, index, vectorOf);
  return mean >= RELATED_THRESHOLD && least >= CORE_THRESHOLD ? { members: new Set(members.map((entry) => entry.document)), cohesion: mean } : null;
}

/** A group of the related set, as average linkage builds it: its members and the sum of their pairwise similarities. */
interface Group {
  members: number[];
  pairSum: number;
}

const withinMean = (group: Group): number =>
  group.members.length < 2 ? 0 : group.pairSum / ((group.members.length * (group.members.length - 1)) / 2);

/**
 * The members (positions in `similarity`) of the group that tells another story than the
 * article's (position 0), and of the small groups closer to it; none when the set is one story.
 * `similarity` is symmetric: the article and the related documents, each with each.
 */
export function otherStory(similarity: readonly (readonly number[])[]): number[] {
  const count = similarity.length;
  if (count < 2 * STORY_GROUP) return [];
  let groups: Array<Group | undefined> = similarity.map((_, at) => ({ members: [at], pairSum: 0 }));
  // Mean similarity between two groups, updated on each merge (Lance–Williams, average linkage).
  const link = similarity.map((row) => [...row]);
  let division: { article: Group; other: Group; between: number; rest: Array<{ group: Group; toArticle: number; toOther: number }> } | null = null;
  for (let merges = 1; merges < count; merges++) {
    let best = -Infinity;
    let first = -1;
    let second = -1;
    for (let p = 0; p < count; p++) {
      if (!groups[p]) continue;
      for (let q = p + 1; q < count; q++) {
        if (groups[q] && link[p]![q]! > best) [best, first, second] = [link[p]![q]!, p, q];
      }
    }
    const a = groups[first]!;
    const b = groups[second]!;
    if (a.members.length >= STORY_GROUP && b.members.length >= STORY_GROUP) {
      const articleSide = a.members.includes(0) ? first : b.members.includes(0) ? second : -1;
      if (articleSide < 0) division = null;
      else {
        const otherSide = articleSide === first ? second : first;
        const rest = groups.flatMap((group, at) =>
          group && at !== first && at !== second ? [{ group, toArticle: link[at]![articleSide]!, toOther: link[at]![otherSide]! }] : [],
        );
        division = { article: groups[articleSide]!, other: groups[otherSide]!, between: best, rest };
      }
    }
    const merged: Group = {
      members: [...a.members, ...b.members],
      pairSum: a.pairSum + b.pairSum + best * a.members.length * b.members.length,
    };
    for (let k = 0; k < count; k++) {
      if (!groups[k] || k === first || k === second) continue;
      const value = (a.members.length * link[first]![k]! + b.members.length * link[second]![k]!) / merged.members.length;
      link[first]![k] = value;
      link[k]![first] = value;
    }
    groups = groups.map((group, at) => (at === first ? merged : at === second ? undefined : group));
  }
  if (!division) return [];
  const { article, other, between, rest } = division;
  if (between >= STORY_SPLIT * Math.min(withinMean(article), withinMean(other))) return [];
  return [...other.members, ...rest.filter((entry) => entry.toOther > entry.toArticle).flatMap((entry) => entry.group.members)];
}

/** The related documents that tell another story of the same kind than the article's (see otherStory). */
function anotherStory(
  related: readonly ScoredDocument[],
  index: SearchIndex,
  vectorOf: (document: number) => ReadonlyMap<string, number>,
): Set<number> {
  if (related.length + 1 < 2 * STORY_GROUP) return new Set();
  const between = pairwiseSimilarity(related, index, vectorOf);
  // The article first, then the related documents.
  const similarity = [[1, ...related.map((entry) => entry.score)], ...related.map((entry, at) => [entry.score, ...between[at]!])];
  return new Set(otherStory(similarity).map((at) => related[at - 1]!.document));
}

export function relatedDocuments(
  article: PreparedArticle,
  index: SearchIndex,
  vectors: SearchVectors,
  weight: TermWeight,
  asArticle: (document: number) => PreparedArticle,
  onProgress?: (done: number, total: number) => void,
  setAside: ReadonlySet<string> = new Set(),
): RelatedDocument[] {
  const scored = index.search(vectors.article, NEIGHBOUR_THRESHOLD);
  const vectorOf = vectors.of;
  const related: ScoredDocument[] = [];
  /** Those taken on the second look alone (joining the core, or a mutual near neighbour). */
  const loose = new Set<number>();
  /** Documents that are the article itself: not neighbours of anything. */
  const selves = new Set<number>();
  let neighbours = 0;
  /** Documents related by their score alone, or the article's closest when alike enough (storyCore). */
  const core: ScoredDocument[] = [];
  const sameUrl = (indexed: { url: string | null }): boolean =>
    !!indexed.url && !!article.input.url && normalizeUrl(indexed.url) === normalizeUrl(article.input.url);
  /** Never the story's: set aside by the reader, or the article's own outlet weeks away. */
  const leftOut = (indexed: IndexedDocument): boolean => setAside.has(indexed.id) || isOutletsOtherStory(indexed, article.input);
  /**
   * The core so far and the documents from `from` on, up to STORY_CORE. Those are all under
   * DUPLICATE_CANDIDATE: none can be the article itself but by its url.
   */
  const closestFrom = (from: number): ScoredDocument[] => {
    const closest = [...core];
    for (let at = from; closest.length < STORY_CORE && at < scored.length && scored[at]!.score >= NEIGHBOUR_THRESHOLD; at++) {
      const indexed = index.document(scored[at]!.document);
      if (indexed && !sameUrl(indexed) && !leftOut(indexed)) closest.push(scored[at]!);
    }
    return closest;
  };
  /** Decided at the first document under RELATED_THRESHOLD, when the core is known. */
  let story: { members: Set<number>; cohesion: number } | null | undefined;
  scored.forEach(({ document, score }, done) => {
    onProgress?.(done, scored.length);
    const indexed = index.document(document);
    if (!indexed || related.length >= MAX_RELATED) return;
    if (sameUrl(indexed)) return void selves.add(document);
    if (score < NEIGHBOUR_THRESHOLD) return;
    if (score >= DUPLICATE_CANDIDATE && isSameDocument(article, asArticle(document), weight)) return void selves.add(document);
    if (leftOut(indexed)) return;
    const near = neighbours++ < NEIGHBOURS;
    if (score < RELATED_THRESHOLD && story === undefined) {
      story = core.length < CORE_SIZE ? storyCore(closestFrom(done), index, vectorOf) : null;
    }
    if (score >= RELATED_THRESHOLD || story?.members.has(document)) core.push({ document, score });
    else {
      // With a core, a document must be close to it; without, only a mutual near neighbour is
      // taken. The core needs only the document's similarity to the core's few documents; the
      // neighbour test needs the whole neighbourhood, so it is looked up only for a near document.
      const joins =
        core.length >= CORE_SIZE
          ? joinsCore(similarityTo(document, core, index, vectorOf), core, story?.cohesion)
          : near && isAnotherTelling(indexed, article.input) && isMutualNeighbour(document, score, neighbourhood(document, index, vectorOf), selves);
      if (!joins) return;
      loose.add(document);
    }
    related.push({ document, score });
  });
  const other = anotherStory(related, index, vectorOf);
  onProgress?.(scored.length, scored.length);
  return related
    .filter((entry) => !other.has(entry.document))
    .map(({ document, score }) => {
      const indexed = index.document(document)!;
      return { doc: indexed.id, title: indexed.title, source: indexed.source, score: Number(score.toFixed(4)), ...(loose.has(document) ? { loose: true as const } : {}) };
    });
}
