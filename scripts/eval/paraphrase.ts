/** The coverage alignment as a paraphrase classifier on MRPC, through the code behind `lacuna pairs`. */
import { readFileSync } from 'node:fs';
import { PAIR_THRESHOLD } from '../../src/engine';
import { ruleFactor, scoreOfFeatures } from '../../src/engine/analyze/pair';
import { pairFeatures } from '../../src/engine/analyze/pair-features';
import { classify, crossValidate, type Classification, type Labelled } from './metrics';
import { crossValidateFit, foldsOfSplit } from './pair-fit';

/** MRPC: tab-separated, BOM, CRLF, header row; quotes are literal characters. */
export function readMrpc(path: string): Array<{ a: string; b: string; positive: boolean }> {
  const lines = readFileSync(path, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).slice(1);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [quality, , , a, b] = line.split('\t');
      return { a: a ?? '', b: b ?? '', positive: quality === '1' };
    });
}

export interface ParaphraseResult {
  pairs: number;
  shipped: Classification;
  /** The shipped weights, the threshold chosen on the training folds. */
  folds: (Classification & { thresholds: number[] }) | null;
  /** Weights and threshold both fitted on the training folds: no pair is scored by weights fitted on it. */
  refitFolds: Classification | null;
}

export function evaluateParaphrase(path: string, folds: number | null): ParaphraseResult {
  const pairs = readMrpc(path);
  // Each pair's features and rule factor once: for pairScore's figures and for the refitted folds.
  const features = pairs.map((pair) => pairFeatures(pair.a, pair.b));
  const rules = pairs.map((pair) => ruleFactor(pair.a, pair.b));
  const scored: Labelled[] = pairs.map((pair, at) => ({ score: scoreOfFeatures(features[at]!, rules[at]!), positive: pair.positive }));
  const refit = () => crossValidateFit(features, pairs.map((pair) => pair.positive), foldsOfSplit(pairs.length, 0, folds!), folds!, rules);
  return {
    pairs: scored.length,
    shipped: classify(scored, PAIR_THRESHOLD),
    folds: folds ? crossValidate(scored, folds) : null,
    refitFolds: folds ? refit() : null,
  };
}
