import type { CorpusStats } from './stats';

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

export function termBoost(term: string, nameTerms: ReadonlySet<string>): number {
  if (isNumberTerm(term)) {
    const value = Number(term.slice(1).replace('%', ''));
    const weak = !term.endsWith('%') && Number.isInteger(value) && (value <= 31 || (value >= 1800 && value <= 2100));
    return weak ? WEAK_NUMBER : QUANTITY_BOOST;
  }
  return nameTerms.has(term) ? NAME_BOOST : 1;
}

export type TermWeight = (term: string) => number;

/** Weight of a term inside sentences: how rare it is among sentences, names and quantities up. */
export function sentenceWeights(stats: CorpusStats, extraNames: Iterable<string> = []): TermWeight {
  const names = new Set([...stats.nameTerms, ...extraNames]);
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

/** Weight of a term for finding documents: how rare it is among documents. */
export function documentWeights(stats: CorpusStats): TermWeight {
  return (term) => smoothedIdf(stats.documentCount, stats.documentFrequency.get(term) ?? 0) * termBoost(term, stats.nameTerms);
}
