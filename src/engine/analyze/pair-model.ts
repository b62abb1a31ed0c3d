/** The paraphrase model behind pairScore: written by scripts/eval/fit-pair-model.ts from MRPC's training portion. */
import type { PairFeature } from './pair-features';

export const PAIR_WEIGHTS: Record<PairFeature, number> = {
  overlap: -2.30689,
  coverageMin: -1.87383,
  coverageMax: -0.788661,
  plainCoverageMin: 2.89412,
  plainCoverageMax: 0.182322,
  words: 1.50804,
  wordPairs: -0.827296,
  wordTriples: -3.54587,
  commonSubsequence: 5.64214,
  characterTriples: 7.2119,
  characterQuads: -1.99664,
  lengthRatio: -2.91957,
  lengthDifference: -0.24647,
  unmatchedMax: 0.0885042,
  unmatchedMin: -0.166496,
  unmatchedShareMax: -2.89412,
  unmatchedShareMin: -0.182322,
  numbersUnmatched: -0.201892,
  negationDiffers: -1.06486,
};
export const PAIR_BIAS = 0.896214;
/** Probability the model gives a pair of identical sentences: scores are divided by it. */
export const PAIR_IDENTICAL = 0.9833077729211698;
/** Chosen on the training pairs (best F1 within 0.3 points of the best accuracy), on the scores pairScore gives (rules included). */
export const PAIR_MODEL_THRESHOLD = 0.507;
