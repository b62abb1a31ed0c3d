/** The coverage alignment as a paraphrase classifier on MRPC, through the code behind `lacuna pairs`. */
import { readFileSync } from 'node:fs';
import { PAIR_THRESHOLD, pairScore } from '../../src/engine';
import { classify, crossValidate, type Classification, type Labelled } from './metrics';

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
  folds: (Classification & { thresholds: number[] }) | null;
}

export function evaluateParaphrase(path: string, folds: number | null): ParaphraseResult {
  const scored: Labelled[] = readMrpc(path).map((pair) => ({ score: pairScore(pair.a, pair.b), positive: pair.positive }));
  return {
    pairs: scored.length,
    shipped: classify(scored, PAIR_THRESHOLD),
    folds: folds ? crossValidate(scored, folds) : null,
  };
}
