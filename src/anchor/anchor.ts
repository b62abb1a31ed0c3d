/**
 * Anchoring: from a quote of the extracted text (with some text before and after it) to
 * the DOM range that shows it in the live page. Pure over a Document.
 *
 * 1. Exact: the normalized quote (see text-index.ts) found in the page's normalized text;
 *    among several occurrences, the one whose surroundings best match the prefix and suffix.
 * 2. Fuzzy, when the page changed a little: the stretch of text with the fewest edits from
 *    the quote, if that is at most a tenth of its length. Candidates come from exact hits of
 *    pieces of the quote (with k edits allowed, one of k + 1 pieces must occur unchanged).
 * 3. Otherwise no anchor: a highlight on the wrong words is worse than none.
 */
import { buildTextIndex, normalizeText, rangeOf, type TextIndex } from './text-index';

export interface TextQuote {
  exact: string;
  /** Text just before the quote in the extracted text (any length; the end counts most). */
  prefix?: string;
  /** Text just after the quote in the extracted text. */
  suffix?: string;
}

export interface AnchorOptions {
  /** Largest share of the quote's characters that may differ in a fuzzy match (default 0.1). */
  maxErrorRate?: number;
  /** Quotes shorter than this (normalized) are only matched exactly (default 24). */
  minFuzzyLength?: number;
}

export interface Anchor {
  range: Range;
  /** True when the page's text differs from the quote (a fuzzy match). */
  fuzzy: boolean;
}

/** Where in the normalized text a quote matched, before it becomes a Range. */
export interface TextMatch {
  start: number;
  end: number;
  errors: number;
}

const CONTEXT = 32;
const MAX_CANDIDATES = 300;
/** Places searched with the edit-distance matcher for one quote, best supported first. */
const MAX_WINDOWS = 8;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well the text around [start, end) agrees with the quote's context, in characters. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - CONTEXT), start).trimEnd();
  const after = text.slice(end, end + CONTEXT).trimStart();
  return commonSuffix(before, prefix) + commonPrefix(after, suffix);
}

function occurrences(text: string, needle: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Approximate substring match of `pattern` inside text[from, to) (Sellers): the end with the
 * fewest edits, and its start. Returns null when every end needs more than `maxErrors`.
 */
function bestWithin(text: string, from: number, to: number, pattern: string, maxErrors: number): TextMatch | null {
  const m = pattern.length;
  // Two columns of the edit table, reused: one for the previous page character, one for this.
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    start[i] = from;
  }
  let best: TextMatch | null = null;
  for (let j = from; j < to; j++) {
    nextCost[0] = 0;
    nextStart[0] = j + 1;
    const ch = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const sub = cost[i - 1]! + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const del = cost[i]! + 1; // a page character the quote does not have
      const ins = nextCost[i - 1]! + 1; // a quote character the page does not have
      if (sub <= del && sub <= ins) {
        nextCost[i] = sub;
        nextStart[i] = start[i - 1]!;
      } else if (del <= ins) {
        nextCost[i] = del;
        nextStart[i] = start[i]!;
      } else {
        nextCost[i] = ins;
        nextStart[i] = nextStart[i - 1]!;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
    const errors = cost[m]!;
    if (errors <= maxErrors && (!best || errors < best.errors)) best = { start: start[m]!, end: j + 1, errors };
  }
  return best;
}

/** Finds the quote in an index's normalized text; null when it is not there closely enough. */
export function matchQuote(index: TextIndex, quote: TextQuote, options: AnchorOptions = {}): TextMatch | null {
  const exact = normalizeText(quote.exact);
  if (!exact) return null;
  const prefix = normalizeText(quote.prefix ?? '').slice(-CONTEXT);
  const suffix = normalizeText(quote.suffix ?? '').slice(0, CONTEXT);
  const { text } = index;

  const hits = occurrences(text, exact, MAX_CANDIDATES);
  if (hits.length > 0) {
    let best = hits[0]!;
    let bestScore = -1;
    for (const at of hits) {
      const score = contextScore(text, at, at + exact.length, prefix, suffix);
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    return { start: best, end: best + exact.length, errors: 0 };
  }

  if (exact.length < (options.minFuzzyLength ?? 24)) return null;
  const maxErrors = Math.floor(exact.length * (options.maxErrorRate ?? 0.1));
  if (maxErrors === 0) return null;
  const pieceLength = Math.floor(exact.length / (maxErrors + 1));
  // Each exact piece votes for where the quote would start; a true match gets most pieces'
  // votes (an edit spoils at most one piece), a chance hit of a common piece few. Only the
  // best-supported places are searched, which bounds the work for quotes not on the page.
  const votes = new Map<number, { start: number; count: number }>();
  const band = maxErrors + 1;
  for (let p = 0; p <= maxErrors; p++) {
    const offset = p * pieceLength;
    const piece = exact.slice(offset, p === maxErrors ? exact.length : offset + pieceLength);
    for (const at of occurrences(text, piece, MAX_CANDIDATES)) {
      const start = at - offset;
      const key = Math.floor(start / band);
      const vote = votes.get(key);
      if (vote) vote.count += 1;
      else votes.set(key, { start, count: 1 });
    }
  }
  // With many pieces, a place that only one piece votes for is chance, not a near match.
  const minVotes = maxErrors >= 5 ? 2 : 1;
  const windows: Array<[number, number]> = [...votes.values()]
    .filter((vote) => vote.count >= minVotes)
    .sort((x, y) => y.count - x.count)
    .slice(0, MAX_WINDOWS)
    .map(({ start }) => [Math.max(0, start - 2 * maxErrors), Math.min(text.length, start + exact.length + 2 * maxErrors)] as [number, number])
    .sort((x, y) => x[0] - y[0]);
  let best: TextMatch | null = null;
  let bestScore = -1;
  let covered = -1;
  for (const [from, to] of windows) {
    if (to <= covered) continue; // this stretch was searched already
    covered = to;
    const found = bestWithin(text, from, to, exact, maxErrors);
    if (!found) continue;
    const score = contextScore(text, found.start, found.end, prefix, suffix);
    if (!best || found.errors < best.errors || (found.errors === best.errors && score > bestScore)) {
      best = found;
      bestScore = score;
    }
  }
  return best;
}

/** Anchors one quote in the document's body; null when it cannot be placed safely. */
export function anchorQuote(doc: Document, quote: TextQuote, options: AnchorOptions = {}): Anchor | null {
  return anchorQuotes(doc, [quote], options)[0] ?? null;
}

/** Anchors many quotes, reading the page's text once. */
export function anchorQuotes(doc: Document, quotes: readonly TextQuote[], options: AnchorOptions = {}, root: Node | null = doc.body): Array<Anchor | null> {
  if (!root) return quotes.map(() => null);
  const index = buildTextIndex(root);
  return quotes.map((quote) => {
    const match = matchQuote(index, quote, options);
    if (!match) return null;
    const range = rangeOf(doc, index, match.start, match.end);
    return range ? { range, fuzzy: match.errors > 0 } : null;
  });
}

/** The quote with up to `context` characters of the text before and after [start, end). */
export function quoteAt(text: string, start: number, end: number, context = CONTEXT * 2): TextQuote {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) };
}
