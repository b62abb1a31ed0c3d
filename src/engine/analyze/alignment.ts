/**
 * Coverage alignment: for every sentence of a related document, how much of it the article
 * already states, and whether what is left is enough to be an omitted fact.
 */
import type { IndexedDocument } from '../corpus/corpus-index';
import type { TermWeight } from '../corpus/weights';
import { withoutBackground } from '../text/background';
import type { ProcessedSentence } from '../text/document';
import type { Language } from '../text/language';
import { tokenize } from '../text/tokens';
import type { PreparedArticle } from './article';
import { coverage, totalWeight } from './similarity';

export interface AlignedSentence {
  documentId: string;
  sentence: ProcessedSentence;
  /** Rank among the document's content sentences, 0 first. */
  position: number;
  /** position / number of content sentences, in [0, 1). */
  relativePosition: number;
  /** How much of it the article states, in [0, 1]. */
  covered: number;
  /** Index in `article.content` of the sentence that states most of it, or null. */
  closestArticleSentence: number | null;
  /** Terms the article never uses. */
  novelTerms: string[];
  novelWeight: number;
  /**
   * Terms the article sentence (or pair of neighbours) that states most of it does not hold:
   * what it tells beyond that sentence, including what it relates that the article states
   * only apart. Holds `novelTerms`.
   */
  freshTerms: string[];
  freshWeight: number;
  /**
   * Share of the sentence's relations (pairs of terms the article uses, standing close together
   * in it, by weight) that one article sentence or pair of neighbours states together, in [0, 1].
   * Low when its words are all in the article but spread over sentences about other things.
   */
  relation: number;
  /** Best share of one article sentence (or pair of neighbours) alone, in [0, 1]. */
  bestWindow: number;
  /** Largest share of any one article sentence that this sentence restates, in [0, 1]. */
  restates: number;
  candidate: boolean;
}

/** Above this much coverage the article already says it. */
export const COVERED_LIMIT = 0.45;
/** A fact needs this many terms, and this many the article lacks. */
const MIN_TERMS = 4;
const MIN_NOVEL_TERMS = 2;
/** Of a sentence's own weight, at least this share must be new to the article. */
const MIN_NOVEL_SHARE = 0.3;
/**
 * A sentence whose words the article all uses still tells something new when no article
 * sentence states most of it, its terms are mostly never stated together, and it restates no
 * article sentence inside itself ("Xi also wished Putin success in the upcoming elections"
 * is inside "Xi said he knows that Russia is in an election campaign and wished the upcoming
 * elections to be successful").
 */
const SCATTERED_BEST = 0.5;
const SCATTERED_RELATION = 0.75;
const SCATTERED_RESTATES = 0.45;
/** Nor is it new when two article sentences, anywhere, together state this much of it: it joins two stated facts. */
const SCATTERED_TWO_SENTENCES = 0.65;
/** Best single sentence or pair of neighbours decides, the article as a whole tempers it. */
const BEST_SHARE = 0.75;
/** A pair of article sentences covers a little less convincingly than one. */
const PAIR_DISCOUNT = 0.9;

/** Terms this close in a sentence (in order of appearance) are read as related to each other. */
export const RELATION_SPAN = 3;

export interface ArticleWindow {
  terms: Set<string>;
  sentence: number;
  discount: number;
}

/** Term sets of the article's content sentences and of each pair of neighbours. */
export function articleWindows(article: PreparedArticle): ArticleWindow[] {
  const windows: ArticleWindow[] = [];
  article.content.forEach((sentence, index) => {
    windows.push({ terms: new Set(sentence.terms), sentence: index, discount: 1 });
    const next = article.content[index + 1];
    if (next) windows.push({ terms: new Set([...sentence.terms, ...next.terms]), sentence: index, discount: PAIR_DISCOUNT });
  });
  return windows;
}

/** For each term, the windows that hold it (ascending), to tell whether two terms ever stand together. */
export function windowsByTerm(windows: readonly ArticleWindow[]): Map<string, number[]> {
  const byTerm = new Map<string, number[]>();
  windows.forEach((window, position) => {
    for (const term of window.terms) {
      const list = byTerm.get(term);
      if (list) list.push(position);
      else byTerm.set(term, [position]);
    }
  });
  return byTerm;
}

function shareAWindow(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a || !b) return false;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/**
 * How much of what a sentence relates the article states together: every pair of its terms
 * within RELATION_SPAN of each other, weighted by the lighter of the two, counts as stated
 * when one article sentence (or two neighbours) holds both. "China was criticised by Taiwan
 * for interference in its elections" against an article that speaks of China, Taiwan,
 * interference and elections, but never in one sentence, is mostly unstated. A sentence
 * without such pairs counts as stated.
 */
export function relationCoverage(terms: readonly string[], byTerm: ReadonlyMap<string, number[]>, weight: TermWeight): number {
  let total = 0;
  let stated = 0;
  for (let i = 0; i < terms.length; i++) {
    const a = terms[i]!;
    for (let j = i + 1; j < terms.length && j <= i + RELATION_SPAN; j++) {
      const b = terms[j]!;
      const value = Math.min(weight(a), weight(b));
      total += value;
      if (shareAWindow(byTerm.get(a), byTerm.get(b))) stated += value;
    }
  }
  return total === 0 ? 1 : stated / total;
}

export function alignSentence(
  sentence: ProcessedSentence,
  article: PreparedArticle,
  windows: readonly ArticleWindow[],
  weight: TermWeight,
): Pick<AlignedSentence, 'covered' | 'closestArticleSentence' | 'novelTerms' | 'novelWeight' | 'freshTerms' | 'freshWeight' | 'bestWindow'> {
  let best = 0;
  let closest: number | null = null;
  let closestTerms: ReadonlySet<string> = new Set();
  for (const window of windows) {
    const value = coverage(sentence.terms, window.terms, weight) * window.discount;
    if (value > best) {
      best = value;
      closest = window.sentence;
      closestTerms = window.terms;
    }
  }
  const freshTerms = sentence.terms.filter((term) => !closestTerms.has(term));
  const whole = coverage(sentence.terms, article.terms, weight);
  const novelTerms = sentence.terms.filter((term) => !article.terms.has(term));
  return {
    covered: BEST_SHARE * best + (1 - BEST_SHARE) * whole,
    closestArticleSentence: closest,
    novelTerms,
    novelWeight: totalWeight(novelTerms, weight),
    freshTerms,
    freshWeight: totalWeight(freshTerms, weight),
    bestWindow: best,
  };
}

/**
 * Largest share of one article sentence's terms that `terms` holds, counted term by term
 * (not by weight, so it does not move with the corpus around the story).
 */
export function restatedShare(terms: readonly string[], article: PreparedArticle): number {
  const own = new Set(terms);
  let most = 0;
  for (const sentence of article.content) {
    let held = 0;
    for (const term of sentence.terms) if (own.has(term)) held++;
    most = Math.max(most, held / sentence.terms.length);
  }
  return most;
}

export function isCandidate(
  sentence: ProcessedSentence,
  alignment: Pick<AlignedSentence, 'covered' | 'novelTerms' | 'novelWeight' | 'relation' | 'bestWindow' | 'restates'>,
  weight: TermWeight,
  article: PreparedArticle,
): boolean {
  if (sentence.kind !== 'content' || sentence.terms.length < MIN_TERMS) return false;
  if (isScattered(sentence, alignment, article)) return true;
  if (alignment.covered >= COVERED_LIMIT || alignment.novelTerms.length < MIN_NOVEL_TERMS) return false;
  return alignment.novelWeight >= MIN_NOVEL_SHARE * totalWeight(sentence.terms, weight);
}

/**
 * Most that any two article sentences state of `terms` together, in [0, 1], counted term by
 * term like `restatedShare`.
 */
export function twoSentenceCoverage(terms: readonly string[], article: PreparedArticle): number {
  if (terms.length === 0) return 0;
  // Per article sentence, which of the terms it holds: pairs are then cheap unions.
  const held = article.content.map((sentence) => {
    const own = new Set(sentence.terms);
    return terms.map((term) => own.has(term));
  });
  let best = 0;
  for (let i = 0; i < held.length; i++) {
    for (let j = i + 1; j < held.length; j++) {
      let count = 0;
      for (let k = 0; k < terms.length; k++) if (held[i]![k] || held[j]![k]) count++;
      if (count > best) best = count;
    }
  }
  return best / terms.length;
}

/** Its words are in the article, but not what it says with them. */
export function isScattered(
  sentence: ProcessedSentence,
  alignment: Pick<AlignedSentence, 'relation' | 'bestWindow' | 'restates'>,
  article: PreparedArticle,
): boolean {
  return (
    alignment.bestWindow < SCATTERED_BEST &&
    alignment.relation < SCATTERED_RELATION &&
    alignment.restates < SCATTERED_RESTATES &&
    twoSentenceCoverage(sentence.terms, article) < SCATTERED_TWO_SENTENCES
  );
}

/**
 * The sentence as its main clause alone (background.ts), or null when it has no background
 * or too little is left to judge.
 */
export function mainClause(sentence: ProcessedSentence, language: Language): ProcessedSentence | null {
  const main = withoutBackground(sentence.text, language);
  if (main === null) return null;
  const kept = new Set(tokenize(main, language).map((token) => token.term));
  const terms = sentence.terms.filter((term) => kept.has(term));
  return terms.length >= MIN_TERMS ? { ...sentence, terms, names: sentence.names.filter((term) => kept.has(term)) } : null;
}

function measure(
  sentence: ProcessedSentence,
  article: PreparedArticle,
  windows: readonly ArticleWindow[],
  byTerm: ReadonlyMap<string, number[]>,
  weight: TermWeight,
) {
  return {
    ...alignSentence(sentence, article, windows, weight),
    // Terms the article never uses are new by themselves; the relation is measured among the others.
    relation: relationCoverage(sentence.terms.filter((term) => article.terms.has(term)), byTerm, weight),
    restates: restatedShare(sentence.terms, article),
  };
}

export function alignDocument(
  document: IndexedDocument,
  article: PreparedArticle,
  weight: TermWeight,
): AlignedSentence[] {
  const windows = articleWindows(article);
  const byTerm = windowsByTerm(windows);
  const content = document.sentences.filter((sentence) => sentence.kind === 'content' && sentence.terms.length > 0);
  return content.map((sentence, position) => {
    const alignment = measure(sentence, article, windows, byTerm, weight);
    // A sentence whose main clause the article states only recalls the rest; the measures
    // (and so the ranking) stay those of the whole sentence.
    let candidate = isCandidate(sentence, alignment, weight, article);
    const main = candidate ? mainClause(sentence, document.language) : null;
    if (main) candidate = isCandidate(main, measure(main, article, windows, byTerm, weight), weight, article);
    return { documentId: document.id, sentence, position, relativePosition: position / content.length, ...alignment, candidate };
  });
}
