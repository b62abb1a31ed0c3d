/**
 * Coverage alignment: for every sentence of a related document, how much of it the article
 * already states, and whether what is left is enough to be an omitted fact.
 */
import type { IndexedDocument } from '../corpus/corpus-index';
import type { TermWeight } from '../corpus/weights';
import type { ProcessedSentence } from '../text/document';
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
  candidate: boolean;
}

/** Above this much coverage the article already says it. */
export const COVERED_LIMIT = 0.45;
/** A fact needs this many terms, and this many the article lacks. */
const MIN_TERMS = 4;
const MIN_NOVEL_TERMS = 2;
/** Of a sentence's own weight, at least this share must be new to the article. */
const MIN_NOVEL_SHARE = 0.3;
/** Best single sentence or pair of neighbours decides, the article as a whole tempers it. */
const BEST_SHARE = 0.75;
/** A pair of article sentences covers a little less convincingly than one. */
const PAIR_DISCOUNT = 0.9;

/** Term sets of the article's content sentences and of each pair of neighbours. */
export function articleWindows(article: PreparedArticle): Array<{ terms: Set<string>; sentence: number; discount: number }> {
  const windows: Array<{ terms: Set<string>; sentence: number; discount: number }> = [];
  article.content.forEach((sentence, index) => {
    windows.push({ terms: new Set(sentence.terms), sentence: index, discount: 1 });
    const next = article.content[index + 1];
    if (next) windows.push({ terms: new Set([...sentence.terms, ...next.terms]), sentence: index, discount: PAIR_DISCOUNT });
  });
  return windows;
}

export function alignSentence(
  sentence: ProcessedSentence,
  article: PreparedArticle,
  windows: ReturnType<typeof articleWindows>,
  weight: TermWeight,
): Pick<AlignedSentence, 'covered' | 'closestArticleSentence' | 'novelTerms' | 'novelWeight'> {
  let best = 0;
  let closest: number | null = null;
  for (const window of windows) {
    const value = coverage(sentence.terms, window.terms, weight) * window.discount;
    if (value > best) {
      best = value;
      closest = window.sentence;
    }
  }
  const whole = coverage(sentence.terms, article.terms, weight);
  const novelTerms = sentence.terms.filter((term) => !article.terms.has(term));
  return {
    covered: BEST_SHARE * best + (1 - BEST_SHARE) * whole,
    closestArticleSentence: closest,
    novelTerms,
    novelWeight: totalWeight(novelTerms, weight),
  };
}

export function isCandidate(
  sentence: ProcessedSentence,
  alignment: Pick<AlignedSentence, 'covered' | 'novelTerms' | 'novelWeight'>,
  weight: TermWeight,
): boolean {
  if (sentence.kind !== 'content' || sentence.terms.length < MIN_TERMS) return false;
  if (alignment.covered >= COVERED_LIMIT || alignment.novelTerms.length < MIN_NOVEL_TERMS) return false;
  return alignment.novelWeight >= MIN_NOVEL_SHARE * totalWeight(sentence.terms, weight);
}

export function alignDocument(
  document: IndexedDocument,
  article: PreparedArticle,
  weight: TermWeight,
): AlignedSentence[] {
  const windows = articleWindows(article);
  const content = document.sentences.filter((sentence) => sentence.kind === 'content' && sentence.terms.length > 0);
  return content.map((sentence, position) => {
    const alignment = alignSentence(sentence, article, windows, weight);
    return {
      documentId: document.id,
      sentence,
      position,
      relativePosition: position / content.length,
      ...alignment,
      candidate: isCandidate(sentence, alignment, weight),
    };
  });
}
