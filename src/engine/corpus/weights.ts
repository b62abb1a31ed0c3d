import type { ProcessedSentence } from '../text/document';
import { computeStats, type CorpusStats } from './stats';

/** Smoothed so that a corpus of a handful of documents still tells rare terms from common ones. */
export function smoothedIdf(total: number, frequency: number): number {
  return Math.log(1 + (total + 1) / (frequency + 0.5));
}

const NAME_BOOST = 1.4;
const QUANTITY_BOOST = 1.3;
/** Years and small integers (days, counts) say little about which story a text tells. */
const WEAK_NUMBER = 0.6;

export function isNumberTerm(term: string): boolean {
  return term.startsWith('#');
}

export function termBoost(term: string, nameTerms: { has(term: string): boolean }): number {
  if (isNumberTerm(term)) {
    const value = Number(term.slice(1).replace('%', ''));
    const weak = !term.endsWith('%') && Number.isInteger(value) && (value <= 31 || (value >= 1800 && value <= 2100));
    return weak ? WEAK_NUMBER : QUANTITY_BOOST;
  }
  return nameTerms.has(term) ? NAME_BOOST : 1;
}

export type TermWeight = (term: string) => number;

/** The same weights, each computed once. */
export function rememberWeights(weight: TermWeight): TermWeight {
  const remembered = new Map<string, number>();
  return (term) => {
    let value = remembered.get(term);
    if (value === undefined) remembered.set(term, (value = weight(term)));
    return value;
  };
}

/** Weight of a term inside sentences: how rare it is among sentences, names and quantities up. */
export function sentenceWeights(stats: CorpusStats, extraNames: Iterable<string> = []): TermWeight {
  const extra = new Set(extraNames);
  const names = { has: (term: string) => stats.nameTerms.has(term) || extra.has(term) };
  const cache = new Map<string, number>();
  return (term) => {
    let weight = cache.get(term);
    if (weight === undefined) {
      weight = smoothedIdf(stats.sentenceCount, stats.sentenceFrequency.get(term) ?? 0) * termBoost(term, names);
      cache.set(term, weight);
    }
    return weight;
  };
}

/**
 * Weights for telling the facts of one story apart: how rare a term is among the sentences of
 * the story's coverage, not of the whole corpus. Every report of a story names its people and
 * places, so among all the reader's articles those names are rare and would outweigh what a
 * sentence says of them; inside the story they are common and weigh little. The facts an
 * article leaves out then no longer turn on the other stories the reader has kept (which
 * terms count as names is still learnt from the whole corpus).
 */
export function storyWeights(
  coverage: ReadonlyArray<{ sentences: ProcessedSentence[] }>,
  corpusNames: { has(term: string): boolean },
  extraNames: Iterable<string> = [],
): TermWeight {
  const stats = computeStats(coverage);
  const nameTerms = { has: (term: string) => stats.nameTerms.has(term) || corpusNames.has(term) };
  return sentenceWeights({ ...stats, nameTerms }, extraNames);
}

/**
 * A small corpus is read as a sample of a larger stream of news, where the other documents
 * tell other stories: a word shared by all five reports of one story is still rare in news.
 */
export const MIN_DOCUMENT_COUNT = 100;

/** BM25's idf: near log(N/df) in a large corpus, never negative. */
export function bm25Idf(total: number, frequency: number): number {
  const documents = Math.max(total, MIN_DOCUMENT_COUNT);
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}

/**
 * Which story a text tells rests on who, where and how much more than on ordinary words:
 * for finding documents, names and quantities weigh much more than inside sentences.
 */
const DOCUMENT_NAME_BOOST = 2;
const DOCUMENT_QUANTITY_BOOST = 2;

export function documentBoost(term: string, nameTerms: { has(term: string): boolean }): number {
  const boost = termBoost(term, nameTerms);
  if (boost === QUANTITY_BOOST) return DOCUMENT_QUANTITY_BOOST;
  if (boost === NAME_BOOST) return DOCUMENT_NAME_BOOST;
  return boost;
}

/** Weight of a term for finding documents: how rare it is among documents, names and quantities well up. */
export function documentWeights(stats: CorpusStats): TermWeight {
  return (term) => bm25Idf(stats.documentCount, stats.documentFrequency.get(term) ?? 0) * documentBoost(term, stats.nameTerms);
}
