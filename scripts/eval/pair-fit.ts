/**
 * Fitting and cross-validating the paraphrase model behind pairScore: used by
 * fit-pair-model.ts (which writes the model) and by npm run eval (which measures it).
 */
import { pairFeatures } from '../../src/engine/analyze/pair-features';
import { bestThreshold, classify, type Classification, type Labelled } from './metrics';

export interface LogisticModel {
  weights: number[];
  bias: number;
}

const ITERATIONS = 50;
const L2 = 1e-3;

/**
 * L2-regularized logistic regression on standardized features, fitted by Newton's method
 * (iteratively reweighted least squares) to convergence: plain gradient descent stops short
 * of the optimum when features are as correlated as these. Returned weights apply to raw features.
 */
export function fitLogistic(rows: readonly number[][], labels: readonly boolean[]): LogisticModel {
  const count = rows.length;
  const width = rows[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  const deviation = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((value, index) => (mean[index]! += value / count));
  for (const row of rows) row.forEach((value, index) => (deviation[index]! += (value - mean[index]!) ** 2 / count));
  const scale = deviation.map((value) => Math.sqrt(value) || 1);
  // Column 0 is the bias, left unregularized.
  const standard = rows.map((row) => [1, ...row.map((value, index) => (value - mean[index]!) / scale[index]!)]);
  const size = width + 1;
  const weights = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (let index = 0; index < count; index++) {
      const row = standard[index]!;
      const p = 1 / (1 + Math.exp(-row.reduce((sum, value, k) => sum + value * weights[k]!, 0)));
      const error = p - (labels[index] ? 1 : 0);
      const curvature = (p * (1 - p)) / count;
      for (let k = 0; k < size; k++) {
        gradient[k]! += (error * row[k]!) / count;
        for (let m = k; m < size; m++) hessian[k]![m]! += curvature * row[k]! * row[m]!;
      }
    }
    for (let k = 0; k < size; k++) for (let m = 0; m < k; m++) hessian[k]![m] = hessian[m]![k]!;
    for (let k = 1; k < size; k++) {
      gradient[k]! += L2 * weights[k]!;
      hessian[k]![k]! += L2;
    }
    const step = solveLinear(hessian, gradient);
    weights.forEach((weight, k) => (weights[k] = weight - step[k]!));
    if (step.reduce((sum, value) => sum + Math.abs(value), 0) < 1e-10) break;
  }
  const raw = weights.slice(1).map((weight, k) => weight / scale[k]!);
  return { weights: raw, bias: weights[0]! - raw.reduce((sum, weight, k) => sum + weight * mean[k]!, 0) };
}

/** Solves matrix · x = vector by Gaussian elimination with partial pivoting. */
function solveLinear(matrix: readonly number[][], vector: readonly number[]): number[] {
  const size = vector.length;
  const rows = matrix.map((row, index) => [...row, vector[index]!]);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    for (let row = column + 1; row < size; row++) {
      const factor = rows[row]![column]! / rows[column]![column]!;
      for (let k = column; k <= size; k++) rows[row]![k]! -= factor * rows[column]![k]!;
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = rows[row]![size]!;
    for (let k = row + 1; k < size; k++) sum -= rows[row]![k]! * solution[k]!;
    solution[row] = sum / rows[row]![row]!;
  }
  return solution;
}

export function probability(model: LogisticModel, row: readonly number[]): number {
  const z = model.bias + row.reduce((sum, value, k) => sum + value * model.weights[k]!, 0);
  return 1 / (1 + Math.exp(-z));
}

/** bestThreshold over the scores rounded to three places, as the model file stores it. */
export function chooseThreshold(items: readonly Labelled[]): number {
  return bestThreshold(items.map((item) => ({ score: Number(item.score.toFixed(3)), positive: item.positive })));
}

/** Fold of each of `count` items: by position (i mod folds) for split 0, a seeded shuffle for the others. */
export function foldsOfSplit(count: number, split: number, folds: number): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  let state = split;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  if (split > 0) {
    for (let index = count - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
  }
  const fold = new Array<number>(count);
  order.forEach((item, position) => (fold[item] = position % folds));
  return fold;
}

/** The pair whose probability scores are divided by, so that a sentence and itself score 1. */
export const IDENTICAL_PAIR = ['The council approved the budget on Monday.', 'The council approved the budget on Monday.'] as const;

/**
 * k-fold figures with weights and threshold fitted on the training folds only, predictions
 * pooled. With `rules` (ruleFactor of each pair) the scores are those pairScore gives: the
 * probability over that of an identical pair, capped at 1, times the rules; without, the
 * model's probability alone.
 */
export function crossValidateFit(
  rows: readonly number[][],
  labels: readonly boolean[],
  fold: readonly number[],
  folds: number,
  rules: readonly number[] | null = null,
): Classification {
  const identicalRow = pairFeatures(...IDENTICAL_PAIR);
  const pooled: Labelled[] = [];
  for (let held = 0; held < folds; held++) {
    const train = rows.map((_, index) => index).filter((index) => fold[index] !== held);
    const test = rows.map((_, index) => index).filter((index) => fold[index] === held);
    const model = fitLogistic(train.map((index) => rows[index]!), train.map((index) => labels[index]!));
    const identical = probability(model, identicalRow);
    const score = (index: number) =>
      rules ? Math.min(1, probability(model, rows[index]!) / identical) * rules[index]! : probability(model, rows[index]!);
    const threshold = chooseThreshold(train.map((index) => ({ score: score(index), positive: labels[index]! })));
    for (const index of test) pooled.push({ score: score(index) >= threshold ? 1 : 0, positive: labels[index]! });
  }
  return classify(pooled, 1);
}

