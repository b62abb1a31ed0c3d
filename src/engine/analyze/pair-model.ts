/** The paraphrase model behind pairScore: written by scripts/eval/fit-pair-model.ts from MRPC's training portion. */
import type { PairFeature } from './pair-features';

export const PAIR_WEIGHTS: Record<PairFeature, number> = {
  overlap: -2.60122,
  coverageMin: -1.36728,
  coverageMax: -0.284199,
  plainCoverageMin: 3.53973,
  plainCoverageMax: 0.193874,
  words: -4.81095,
  wordPairs: -2.80778,
  wordTriples: -2.62398,
  commonSubsequence: 0.572935,
  characterTriples: 5.96514,
  characterQuads: -1.90966,
  lengthRatio: -3.7327,
  lengthDifference: -0.189177,
  unmatchedMax: 0.0436607,
  unmatchedMin: -0.148631,
  unmatchedShareMax: -3.53973,
  unmatchedShareMin: -0.193874,
  numbersUnmatched: -0.214169,
  negationDiffers: -1.0401,
  unigramPrecisionMin: 6.38838,
  bigramBleuMin: 2.11717,
  termBigramBleuMax: -2.87314,
  editRateMin: -2.75371,
  meteorMin: 2.971,
};
export const PAIR_BIAS = 5.59539;
/** Probability the model gives a pair of identical sentences: scores are divided by it. */
export const PAIR_IDENTICAL = 0.9869827748615877;
/** Chosen on the training pairs (best F1 within 0.3 points of the best accuracy), on the scores pairScore gives (rules included). */
export const PAIR_MODEL_THRESHOLD = 0.532;
