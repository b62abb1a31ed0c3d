/** Metrics for npm run eval: retrieval precision/recall and a binary classifier with a chosen threshold. */

export interface RetrievalCounts {
  /** Retrieved documents that are relevant. */
  hits: number;
  retrieved: number;
  relevant: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
}

/** Micro: counts pooled over every query. Empty retrieval is precision 1 (nothing wrong was said). */
export function microAverage(queries: RetrievalCounts[]): PrecisionRecall {
  const sum = (key: keyof RetrievalCounts) => queries.reduce((total, query) => total + query[key], 0);
  const retrieved = sum('retrieved');
  const relevant = sum('relevant');
  return { precision: retrieved === 0 ? 1 : sum('hits') / retrieved, recall: relevant === 0 ? 1 : sum('hits') / relevant };
}

/** Macro: per-query precision and recall, averaged (queries with nothing relevant are left out of recall). */
export function macroAverage(queries: RetrievalCounts[]): PrecisionRecall {
  const precisions = queries.map((query) => (query.retrieved === 0 ? 1 : query.hits / query.retrieved));
  const withRelevant = queries.filter((query) => query.relevant > 0);
  const mean = (values: number[]) => (values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length);
  return { precision: mean(precisions), recall: mean(withRelevant.map((query) => query.hits / query.relevant)) };
}

export interface Labelled {
  score: number;
  positive: boolean;
}

export interface Classification {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

export function classify(items: readonly Labelled[], threshold: number): Classification {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const item of items) {
    const said = item.score >= threshold;
    if (said && item.positive) tp++;
    else if (said) fp++;
    else if (item.positive) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    accuracy: items.length === 0 ? 0 : (tp + tn) / items.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/**
 * How far below the best accuracy a threshold may be and still be chosen for a better F1:
 * a paraphrase detector that misses true paraphrases hides what an article already says.
 */
export const ACCURACY_SLACK = 0.003;

/**
 * The threshold (one of the scores, or just above all) with the best F1 among those within
 * `slack` of the best accuracy on `items`; ties go to the lower one.
 */
export function bestThreshold(items: readonly Labelled[], slack = ACCURACY_SLACK): number {
  const candidates = [...new Set(items.map((item) => item.score))].sort((a, b) => a - b);
  candidates.push(Infinity);
  const results = candidates.map((threshold) => ({ threshold, ...classify(items, threshold) }));
  const floor = Math.max(...results.map((result) => result.accuracy)) - slack;
  const eligible = results.filter((result) => result.accuracy >= floor);
  return eligible.reduce((best, result) => (result.f1 > best.f1 ? result : best)).threshold;
}

/**
 * k-fold cross-validation of the threshold: for each fold, the threshold is chosen on the
 * other folds only and applied to this fold; the predictions of all folds are pooled.
 * Folds are taken by position (i mod k), so the split is fixed.
 */
export function crossValidate(items: readonly Labelled[], folds: number): Classification & { thresholds: number[] } {
  const predictions: Labelled[] = [];
  const thresholds: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = items.filter((_, index) => index % folds !== fold);
    const test = items.filter((_, index) => index % folds === fold);
    const threshold = bestThreshold(train);
    thresholds.push(threshold);
    for (const item of test) predictions.push({ score: item.score >= threshold ? 1 : 0, positive: item.positive });
  }
  return { ...classify(predictions, 1), thresholds };
}
