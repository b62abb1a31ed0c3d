/** The paraphrase model behind pairScore: written by scripts/eval/fit-pair-model.ts from MRPC's training portion. */
import type { PairFeature } from './pair-features';

export const PAIR_WEIGHTS: Record<PairFeature, number> = {
  overlap: -2.30692,
  coverageMin: -1.87076,
  coverageMax: -0.792042,
  plainCoverageMin: 2.89224,
  plainCoverageMax: 0.184774,
  words: 1.51096,
  wordPairs: -0.831867,
  wordTriples: -3.54557,
  commonSubsequence: 5.64211,
  characterTriples: 7.18602,
  characterQuads: -1.9712,
  lengthRatio: -2.91766,
  lengthDifference: -0.246395,
  unmatchedMax: 0.088449,
  unmatchedMin: -0.166368,
  unmatchedShareMax: -2.89224,
  unmatchedShareMin: -0.184774,
  numbersUnmatched: -0.201921,
  negationDiffers: -1.06494,
};
export const PAIR_BIAS = 0.895919;
/** Probability the model gives a pair of identical sentences: scores are divided by it. */
export const PAIR_IDENTICAL = 0.983308;
/** Chosen on the training pairs (best F1 within 0.3 points of the best accuracy), on the scores pairScore gives (rules included). */
export const PAIR_MODEL_THRESHOLD = 0.507;
