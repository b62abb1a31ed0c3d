/**
 * Whether two sentences state the same thing, without a corpus: the measure behind
 * `lacuna pairs`. A logistic model over what the two share, measured several ways
 * (pair-features.ts: weighted and plain term coverage both ways, word and character
 * n-grams, word order, lengths, unmatched terms and numbers, negation, attribution, the
 * longest run of added words, and the machine-translation metrics BLEU, word edit rate and
 * METEOR), fitted on MRPC's training portion (pair-model.ts). Names and quantities weigh
 * more than ordinary words.
 */
import { dice, negationDiffers, PAIR_FEATURES, pairFeatures, quantitiesConflict, words } from './pair-features';
import { PAIR_BIAS, PAIR_IDENTICAL, PAIR_MODEL_THRESHOLD, PAIR_WEIGHTS } from './pair-model';

/**
 * Two statements of different amounts are not the same statement, however alike their
 * words ("trade hit $240.1bn" and "trade hit $218.2bn"): MRPC holds too few such pairs for
 * the model to learn it, so it is a rule. Its factor stays below the threshold, so that a
 * sentence against itself with another amount is still not the same (the fit refuses a
 * threshold at or below it); MRPC's annotators call a third of such pairs paraphrases.
 */
export const QUANTITY_CONFLICT_FACTOR = 0.4;

/** Scores from this up say "the same". */
export const PAIR_THRESHOLD = PAIR_MODEL_THRESHOLD;

/** In [0, 1], symmetric, 1 for a sentence and itself; 0 when either holds no word (it states nothing). */
export function pairScore(a: string, b: string): number {
  if (words(a).length === 0 || words(b).length === 0) return 0;
  return scoreOfFeatures(pairFeatures(a, b), ruleFactor(a, b));
}

/** pairScore from a pair's features (pairFeatures) and what the rules leave (ruleFactor), for callers that already have them. */
export function scoreOfFeatures(features: readonly number[], rules: number): number {
  let z = PAIR_BIAS;
  PAIR_FEATURES.forEach((name, index) => (z += PAIR_WEIGHTS[name] * features[index]!));
  const probability = 1 / (1 + Math.exp(-z));
  return Math.max(0, Math.min(1, probability / PAIR_IDENTICAL) * rules);
}

/**
 * A statement and its negation in the same words are not the same statement either. A
 * negation on one side of sentences worded apart is left to the model's own feature: in
 * MRPC's training pairs 40% of those are restatements ("did not comment", "declined to
 * comment"), and scaling them all down cost accuracy. Below the threshold like the amounts' factor.
 */
export const NEGATION_FACTOR = 0.4;
/** Word overlap (Dice) from which two sentences count as the same words. */
export const SAME_WORDING = 0.8;

/** What the rules leave of a score: amounts that conflict, the same words with one side negated. */
export function ruleFactor(a: string, b: string): number {
  const negated = negationDiffers(a, b) && dice(new Set(words(a)), new Set(words(b))) >= SAME_WORDING;
  return (quantitiesConflict(a, b) ? QUANTITY_CONFLICT_FACTOR : 1) * (negated ? NEGATION_FACTOR : 1);
}
