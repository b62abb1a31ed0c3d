/**
 * npx tsx scripts/eval/fit-pair-model.ts [--write]
 * Fits the paraphrase model behind pairScore (logistic regression over pairFeatures) on the
 * MRPC training portion in ../shared/data, prints its 10-fold figures (weights and threshold
 * fitted on the training folds only), and with --write stores the model fitted on all of it
 * in src/engine/analyze/pair-model.ts. Never run on ../shared/holdout.
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

const ITERATIONS = 3000;
const STEP = 1;
const L2 = 1e-3;

/** Full-batch gradient descent on standardized features; returned weights apply to raw features. */
export function fitLogistic(rows: readonly number[][], labels: readonly boolean[]): LogisticModel {
  const width = rows[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  const deviation = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((value, index) => (mean[index]! += value / rows.length));
  for (const row of rows) row.forEach((value, index) => (deviation[index]! += (value - mean[index]!) ** 2 / rows.length));
  const scale = deviation.map((value) => Math.sqrt(value) || 1);
  const standard = rows.map((row) => row.map((value, index) => (value - mean[index]!) / scale[index]!));
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Array<number>(width).fill(0);
    let biasGradient = 0;
    standard.forEach((row, index) => {
      const z = bias + row.reduce((sum, value, k) => sum + value * weights[k]!, 0);
      const error = 1 / (1 + Math.exp(-z)) - (labels[index] ? 1 : 0);
      row.forEach((value, k) => (gradient[k]! += (error * value) / rows.length));
      biasGradient += error / rows.length;
    });
    weights.forEach((weight, k) => (weights[k] = weight - STEP * (gradient[k]! + L2 * weight)));
    bias -= STEP * biasGradient;
  }
  const raw = weights.map((weight, k) => weight / scale[k]!);
  return { weights: raw, bias: bias - raw.reduce((sum, weight, k) => sum + weight * mean[k]!, 0) };
}

export function probability(model: LogisticModel, row: readonly number[]): number {
  const z = model.bias + row.reduce((sum, value, k) => sum + value * model.weights[k]!, 0);
  return 1 / (1 + Math.exp(-z));
}

/** bestThreshold over the scores rounded to three places, as the model file stores it. */
export function chooseThreshold(items: readonly Labelled[]): number {
  return bestThreshold(items.map((item) => ({ score: Number(item.score.toFixed(3)), positive: item.positive })));
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
  const pooled: Labelled[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = rows.map((_, index) => index).filter((index) => index % folds !== fold);
    const test = rows.map((_, index) => index).filter((index) => index % folds === fold);
    const model = fitLogistic(train.map((index) => rows[index]!), train.map((index) => labels[index]!));
    const threshold = chooseThreshold(train.map((index) => ({ score: probability(model, rows[index]!), positive: labels[index]! })));
    for (const index of test) pooled.push({ score: probability(model, rows[index]!) >= threshold ? 1 : 0, positive: labels[index]! });
  }
  const cv = classify(pooled, 1);
  console.log(`10-fold, weights and threshold fitted on the training folds: accuracy ${(100 * cv.accuracy).toFixed(1)} F1 ${(100 * cv.f1).toFixed(1)}`);

  const model = fitLogistic(rows, labels);
  // Identical sentences score exactly 1: scores are divided by the probability of an identical pair.
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
    const lines = PAIR_FEATURES.map((name, k) => `  ${name}: ${Number(model.weights[k]!.toPrecision(6))},`);
    writeFileSync(
      out,
      `/** The paraphrase model behind pairScore: written by scripts/eval/fit-pair-model.ts from MRPC's training portion. */\n` +
        `import type { PairFeature } from './pair-features';\n\n` +
        `export const PAIR_WEIGHTS: Record<PairFeature, number> = {\n${lines.join('\n')}\n};\n` +
        `export const PAIR_BIAS = ${Number(model.bias.toPrecision(6))};\n` +
        `/** Probability the model gives a pair of identical sentences: scores are divided by it. */\n` +
        `export const PAIR_IDENTICAL = ${Number(identical.toPrecision(6))};\n` +
        `/** Chosen on the training pairs (best F1 within 0.3 points of the best accuracy), on the scores pairScore gives (rules included). */\n` +
        `export const PAIR_MODEL_THRESHOLD = ${threshold};\n`,
    );
    console.log(`wrote ${out}`);
  }
}

if (process.argv[1] === import.meta.filename) main();
