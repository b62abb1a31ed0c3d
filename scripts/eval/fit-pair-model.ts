/**
 * npx tsx scripts/eval/fit-pair-model.ts [--write] [--splits N]
 * Fits the paraphrase model behind pairScore (logistic regression over pairFeatures) on the
 * MRPC training portion in ../shared/data, prints its 10-fold figures (weights and threshold
 * fitted on the training folds only; of the model alone and of pairScore, whose rules halve
 * some scores), and with --write stores the model fitted on all of it
 * in src/engine/analyze/pair-model.ts. With --splits N it also prints the mean and spread of
 * the 10-fold figures over N splits into folds (the fixed one by position, then shuffles), the
 * noise against which a change of features is judged. Never run on ../shared/holdout.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAIR_FEATURES, pairFeatures } from '../../src/engine/analyze/pair-features';
import { NEGATION_FACTOR, QUANTITY_CONFLICT_FACTOR, ruleFactor } from '../../src/engine/analyze/pair';
import { classify } from './metrics';
import { readMrpc } from './paraphrase';
import { chooseThreshold, crossValidateFit, fitLogistic, foldsOfSplit, IDENTICAL_PAIR, probability } from './pair-fit';

function main(): void {
  const path = resolve(import.meta.dirname, '../../../shared/data/paraphrase/msr_paraphrase_train.tsv');
  if (!existsSync(path)) {
    console.log(`MRPC is not here (${path}); nothing to fit.`);
    return;
  }
  const pairs = readMrpc(path);
  const rows = pairs.map((pair) => pairFeatures(pair.a, pair.b));
  const labels = pairs.map((pair) => pair.positive);
  const rules = pairs.map((pair) => ruleFactor(pair.a, pair.b));
  const folds = 10;
  const percent = (value: number) => (100 * value).toFixed(1);
  const alone = crossValidateFit(rows, labels, foldsOfSplit(rows.length, 0, folds), folds);
  const shipped = crossValidateFit(rows, labels, foldsOfSplit(rows.length, 0, folds), folds, rules);
  console.log(`10-fold, weights and threshold fitted on the training folds: the model alone accuracy ${percent(alone.accuracy)} F1 ${percent(alone.f1)}; pairScore (rules included) accuracy ${percent(shipped.accuracy)} F1 ${percent(shipped.f1)}`);
  const splitsAt = process.argv.indexOf('--splits');
  if (splitsAt > 0) {
    const splits = Number(process.argv[splitsAt + 1]);
    const spread = (values: number[]) => {
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const deviation = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
      return `${(100 * mean).toFixed(2)} ± ${(100 * deviation).toFixed(2)} (${percent(Math.min(...values))}–${percent(Math.max(...values))})`;
    };
    for (const [name, withRules] of [['the model alone', null], ['pairScore', rules]] as const) {
      const results = Array.from({ length: splits }, (_, split) => crossValidateFit(rows, labels, foldsOfSplit(rows.length, split, folds), folds, withRules));
      console.log(`${name} over ${splits} splits into folds: accuracy ${spread(results.map((result) => result.accuracy))} F1 ${spread(results.map((result) => result.f1))}`);
    }
  }

  // Rounded as the model file stores it, so that what is measured here is what pairScore computes.
  const fitted = fitLogistic(rows, labels);
  const model = { weights: fitted.weights.map((weight) => Number(weight.toPrecision(6))), bias: Number(fitted.bias.toPrecision(6)) };
  // Identical sentences score exactly 1: scores are divided by the probability of an identical pair (kept in full).
  const identical = probability(model, pairFeatures(...IDENTICAL_PAIR));
  // The threshold is chosen on the scores pairScore gives, the rules included.
  const scored = rows.map((row, index) => ({
    score: Math.min(1, probability(model, row) / identical) * rules[index]!,
    positive: labels[index]!,
  }));
  const threshold = chooseThreshold(scored);
  const all = classify(scored, threshold);
  console.log(`fitted on all ${rows.length} pairs: threshold ${threshold}, accuracy ${(100 * all.accuracy).toFixed(1)} F1 ${(100 * all.f1).toFixed(1)} (in sample)`);
  // A rule says "not the same" only while its factor keeps even a perfect score below the threshold.
  const ruleCeiling = Math.max(QUANTITY_CONFLICT_FACTOR, NEGATION_FACTOR);
  if (threshold <= ruleCeiling) {
    throw new Error(`threshold ${threshold} is at or below the rules' factor ${ruleCeiling}: a rule would no longer say "not the same"; lower the factor`);
  }
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
