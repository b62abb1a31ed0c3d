/**
 * Whether two sentences state the same thing, without a corpus: the measure behind
 * `lacuna pairs`. Names and quantities weigh more than ordinary words.
 */
import { termBoost } from '../corpus/weights';
import { tokenize } from '../text/tokens';
import { mutualCoverage } from './similarity';

export const PAIR_THRESHOLD = 0.6;
/** Both give a quantity of the same kind and no quantity agrees: likely not the same statement. */
const NUMBER_CONFLICT_FACTOR = 0.7;

export function pairScore(a: string, b: string): number {
  const tokensA = tokenize(a);
  const tokensB = tokenize(b);
  const names = new Set([...tokensA, ...tokensB].filter((token) => token.kind === 'name').map((token) => token.term));
  const weight = (term: string) => termBoost(term, names);
  const termsA = [...new Set(tokensA.map((token) => token.term))];
  const termsB = [...new Set(tokensB.map((token) => token.term))];
  let score = mutualCoverage(termsA, termsB, weight);
  const numbersA = termsA.filter((term) => term.startsWith('#') && weight(term) > 1);
  const numbersB = termsB.filter((term) => term.startsWith('#') && weight(term) > 1);
  if (numbersA.length > 0 && numbersB.length > 0 && !numbersA.some((term) => numbersB.includes(term))) {
    score *= NUMBER_CONFLICT_FACTOR;
  }
  return Math.max(0, Math.min(1, score));
}
