/** Shapes and small helpers shared by the engine benchmark's processes. */
import type { Options } from 'minisearch';
import type { CorpusDocument } from '../../src/engine';

export interface RunFigures {
  system: 'lacuna' | 'minisearch';
  docs: number;
  buildMs: number;
  /** Adding one document to the built index (mean of several). */
  addMs: number;
  serializeMs: number;
  /** Warm (after the warm-up articles): the full analyze for Lacuna; the search for minisearch. */
  analyzeMs: number[];
  /** Warm: related-coverage search alone (findRelated) for Lacuna; the search for minisearch. */
  relatedMs: number[];
  meanRelated: number | null;
  /** Peak resident memory of the process answering the queries (Lacuna: engine-cold.ts's, reading the stored index). */
  rssMb: number;
  /** Peak resident memory of the process that built the index. */
  buildRssMb: number;
  indexMb: number;
  file: string;
  /** Lacuna: segments of the stored index after the build and the adds. */
  segments?: number;
}

export interface ColdFigures {
  /** From the process's start until the script runs: Node and the TypeScript loader. */
  runtimeMs: number;
  readMs: number;
  loadMs: number;
  queryMs: number;
  rssMb: number;
  /** Lacuna: the warm queries, answered in the same fresh process after the cold one. */
  warm?: { analyzeMs: number[]; relatedMs: number[]; meanRelated: number };
}

/**
 * Real articles (not among the timed ones) each system answers before the timed queries, so
 * that "warm" means the code is compiled; the timed queries' own data is not read before.
 */
export const WARM_UP = 10;

export const MINISEARCH_OPTIONS: Options<CorpusDocument> = { fields: ['title', 'text'], idField: 'id' };

/** A whole article as one query: its distinct words. */
export function uniqueTermsQuery(article: CorpusDocument): string {
  const words = `${article.title ?? ''} ${article.text}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].join(' ');
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/**
 * The heap of Lacuna's query process: what the stored index needs at 100,000 documents (its
 * summary, bounded caches, one analysis). Without a limit Node lets garbage grow to about
 * 480 MB before collecting it.
 */
export const LACUNA_QUERY_HEAP_MB = 160;
