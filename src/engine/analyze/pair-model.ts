/** The paraphrase model behind pairScore: written by scripts/eval/fit-pair-model.ts from MRPC's training portion. */
import type { PairFeature } from './pair-features';

export const PAIR_WEIGHTS: Record<PairFeature, number> = {
  overlap: -2.61991,
  coverageMin: -1.29003,
  coverageMax: -0.267028,
  plainCoverageMin: 3.58656,
  plainCoverageMax: 0.00166393,
  words: -5.83694,
  wordPairs: -2.3776,
  wordTriples: -2.56518,
  commonSubsequence: 0.404552,
  characterTriples: 5.93636,
  characterQuads: -1.69075,
  lengthRatio: -4.62287,
  lengthDifference: -0.235778,
  unmatchedMax: 0.0633453,
  unmatchedMin: -0.190194,
  unmatchedShareMax: -3.58656,
  unmatchedShareMin: -0.00166393,
  numbersUnmatched: -0.210698,
  negationDiffers: -1.00227,
  unigramPrecisionMin: 5.83057,
  bigramBleuMin: 2.15137,
  termBigramBleuMax: -2.79808,
  editRateMin: -2.67152,
  meteorMin: 3.04211,
  unmatchedRunShareMax: -1.86588,
  attributionDiffers: 0.415437,
};
export const PAIR_BIAS = 7.53484;
/** Probability the model gives a pair of identical sentences: scores are divided by it. */
export const PAIR_IDENTICAL = 0.9880523770504677;
/** Chosen on the training pairs (best F1 within 0.3 points of the best accuracy), on the scores pairScore gives (rules included). */
export const PAIR_MODEL_THRESHOLD = 0.479;
