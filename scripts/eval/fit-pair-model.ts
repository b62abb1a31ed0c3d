/**
 * npx tsx scripts/eval/fit-pair-model.ts [--write] [--splits N]
 * Fits the paraphrase model behind pairScore (logistic regression over pairFeatures) on the
 * MRPC training portion in ../shared/data, prints its 10-fold figures (weights and threshold
 * fitted on the training folds only), and with --write stores the model fitted on all of it
 * in src/engine/analyze/pair-model.ts. With --splits N it also prints the mean and spread of
 * the 10-fold figures over N splits into folds (the fixed one by position, then shuffles), the
 * noise against which a change of features is judged. Never run on ../shared/holdout.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAIR_FEATURES, pairFeatures } from '../../src/engine/analyze/pair-features';
import { ruleFactor } from '../../src/engine/analyze/pair';
import { bestThreshold, classify, type Labelled } from './metrics';
import { readMrpc } from './paraphrase';

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

/** 10-fold figures with weights and threshold fitted on the training folds only, predictions pooled. */
function crossValidateFit(rows: readonly number[][], labels: readonly boolean[], fold: readonly number[], folds: number) {
  const pooled: Labelled[] = [];
  for (let held = 0; held < folds; held++) {
    const train = rows.map((_, index) => index).filter((index) => fold[index] !== held);
    const test = rows.map((_, index) => index).filter((index) => fold[index] === held);
    const model = fitLogistic(train.map((index) => rows[index]!), train.map((index) => labels[index]!));
    const threshold = chooseThreshold(train.map((index) => ({ score: probability(model, rows[index]!), positive: labels[index]! })));
    for (const index of test) pooled.push({ score: probability(model, rows[index]!) >= threshold ? 1 : 0, positive: labels[index]! });
  }
  return classify(pooled, 1);
}

function main(): void {
  const path = resolve(import.meta.dirname, '../../../shared/data/paraphrase/msr_paraphrase_train.tsv');
  if (!existsSync(path)) {
    console.log(`MRPC is not here (${path}); nothing to fit.`);
    return;
  }
  const pairs = readMrpc(path);
  const rows = pairs.map((pair) => pairFeatures(pair.a, pair.b));
  const labels = pairs.map((pair) => pair.positive);
  const folds = 10;
  const cv = crossValidateFit(rows, labels, foldsOfSplit(rows.length, 0, folds), folds);
  console.log(`10-fold, weights and threshold fitted on the training folds: accuracy ${(100 * cv.accuracy).toFixed(1)} F1 ${(100 * cv.f1).toFixed(1)}`);
  const splitsAt = process.argv.indexOf('--splits');
  if (splitsAt > 0) {
    const splits = Number(process.argv[splitsAt + 1]);
    const results = Array.from({ length: splits }, (_, split) => crossValidateFit(rows, labels, foldsOfSplit(rows.length, split, folds), folds));
    const spread = (values: number[]) => {
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const deviation = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
      return `${(100 * mean).toFixed(2)} ± ${(100 * deviation).toFixed(2)} (${(100 * Math.min(...values)).toFixed(1)}–${(100 * Math.max(...values)).toFixed(1)})`;
    };
    console.log(`over ${splits} splits into folds: accuracy ${spread(results.map((result) => result.accuracy))} F1 ${spread(results.map((result) => result.f1))}`);
  }

  // Rounded as the model file stores it, so that what is measured here is what pairScore computes.
  const fitted = fitLogistic(rows, labels);
  const model = { weights: fitted.weights.map((weight) => Number(weight.toPrecision(6))), bias: Number(fitted.bias.toPrecision(6)) };
  // Identical sentences score exactly 1: scores are divided by the probability of an identical pair (kept in full).
  const identical = probability(model, pairFeatures('The council approved the budget on Monday.', 'The council approved the budget on Monday.'));
  // The threshold is chosen on the scores pairScore gives, the rules included.
  const scored = rows.map((row, index) => ({
    score: Math.min(1, probability(model, row) / identical) * ruleFactor(pairs[index]!.a, pairs[index]!.b),
    positive: labels[index]!,
  }));
  const threshold = chooseThreshold(scored);
  const all = classify(scored, threshold);
  console.log(`fitted on all ${rows.length} pairs: threshold ${threshold}, accuracy ${(100 * all.accuracy).toFixed(1)} F1 ${(100 * all.f1).toFixed(1)} (in sample)`);
  if (process.argv.includes('--write')) {
    const out = resolve(import.meta.dirname, '../../src/engine/analyze/pair-model.ts');
    const lines = PAIR_FEATURES.map((name, k) => `  ${name}: ${model.weights[k]!},`);
    writeFileSync(
      out,
      `/** The paraphrase model behind pairScore: written by scripts/eval/fit-pair-model.ts from MRPC's training portion. */\n` +
        `import type { PairFeature } from './pair-features';\n\n` +
        `export const PAIR_WEIGHTS: Record<PairFeature, number> = {\n${lines.join('\n')}\n};\n` +
        `export const PAIR_BIAS = ${model.bias};\n` +
        `/** Probability the model gives a pair of identical sentences: scores are divided by it. */\n` +
        `export const PAIR_IDENTICAL = ${identical};\n` +
        `/** Chosen on the training pairs (best F1 within 0.3 points of the best accuracy), on the scores pairScore gives (rules included). */\n` +
        `export const PAIR_MODEL_THRESHOLD = ${threshold};\n`,
    );
    console.log(`wrote ${out}`);
  }
}

if (process.argv[1] === import.meta.filename) main();
