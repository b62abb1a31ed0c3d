/**
 * The scoring of the article-extraction benchmark (scrapinghub/article-extraction-benchmark,
 * evaluate.py; defined in ../shared/data/SOURCES.md section 1): 4-token shingles of `\w+`
 * tokens, per-page multiset overlap normalised to TP+FP+FN = 1, precision and recall
 * averaged over pages, F1 the harmonic mean of the two means.
 */

/** Python's Unicode `\w`: letters, numbers and the underscore (not combining marks). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingles with their counts. A text of fewer than n tokens gives one (shorter) shingle; no tokens, none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** TP/FP/FN of one page, normalised so that they sum to 1 (all 0 when both texts are empty). */
export function scorePage(gold: string, predicted: string, n = 4): PageScore {
  const g = shingles(gold, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Mean precision over pages that predicted something, mean recall over pages with gold text, F1 of the two. */
export function summarize(pages: readonly PageScore[]): Summary {
  const precision = mean(pages.filter((s) => s.tp + s.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((s) => s.tp + s.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
