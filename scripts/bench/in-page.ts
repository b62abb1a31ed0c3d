/**
 * Runs inside the benchmark page (bundled by scripts/bench/marks.ts): anchors and draws
 * claims the way the content script does, or by wrapping the text in elements of our own
 * for comparison, and measures the time taken and how far anything on the page moved.
 */
import { anchorQuotes, quoteAt } from '../../src/anchor/anchor';
import { highlightPainter } from '../../src/content/highlight-painter';
import { MarkLayer } from '../../src/content/mark-layer';
import { extractArticle } from '../../src/extract/extract';
import type { PageMark } from '../../src/messages';
import cardCss from '../../src/ui/card.css?inline';

/** 'claims-not-on-page': the Highlight API with every quote spoiled (letters at every sixth place), the fuzzy matcher's worst case. */
export type Mode = 'highlight-api' | 'wrap-elements' | 'claims-not-on-page';

export interface RunResult {
  mode: Mode;
  claims: number;
  anchored: number;
  /** Anchoring alone (reading the page's text and finding the quotes). */
  anchorMs: number;
  /** Anchoring and drawing: the script's own work, synchronous. */
  workMs: number;
  /** From the start until the next frame was rendered (includes waiting for that frame). */
  frameMs: number;
  /** Elements of the page whose box moved or resized, and the largest move, in px. */
  moved: number;
  maxShift: number;
  /** Nodes of the page added, removed or split (MutationObserver records). */
  pageMutations: number;
}

function boxes(): Map<Element, DOMRect> {
  const map = new Map<Element, DOMRect>();
  for (const el of document.body.querySelectorAll('*')) if (!el.tagName.startsWith('LACUNA-')) map.set(el, el.getBoundingClientRect());
  return map;
}

function shift(before: Map<Element, DOMRect>): { moved: number; maxShift: number } {
  let moved = 0;
  let maxShift = 0;
  for (const [el, a] of before) {
    const b = el.getBoundingClientRect();
    const d = Math.max(Math.abs(a.left - b.left), Math.abs(a.top - b.top), Math.abs(a.width - b.width), Math.abs(a.height - b.height));
    if (d > 0.5) moved += 1;
    maxShift = Math.max(maxShift, d);
  }
  return { moved, maxShift };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function claims(count: number): PageMark[] {
  const text = extractArticle(document, location.href, { force: true }).article.text;
  const sentences = [...text.matchAll(/[^.!?\n]{40,}[.!?]/g)];
  const step = Math.max(1, Math.floor(sentences.length / count));
  return sentences
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((m, i) => ({
      id: `m${i}`,
      kind: i % 5 === 0 ? ('discrepancy' as const) : ('omission' as const),
      quote: (() => {
        const q = quoteAt(text, m.index!, m.index! + m[0].length);
        return { exact: q.exact.trim(), prefix: q.prefix ?? '', suffix: q.suffix ?? '' };
      })(),
      items: [{ id: `i${i}`, text: 'A fact.', sources: [{ outlet: 'Outlet', quote: 'A fact.' }] }],
      discrepancies: [],
    }));
}

/** Wraps every text node piece of the range in an element of our own (the alternative to highlights). */
function wrap(range: Range): void {
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.currentNode as Node | null; n; n = walker.nextNode()) if (n.nodeType === 3 && range.intersectsNode(n)) nodes.push(n as Text);
  for (const node of nodes) {
    let piece = node;
    if (node === range.startContainer && range.startOffset > 0) piece = piece.splitText(range.startOffset);
    if (node === range.endContainer && range.endOffset < node.length) piece.splitText(range.endOffset - (node === range.startContainer ? range.startOffset : 0));
    const mark = document.createElement('lacuna-mark');
    mark.style.textDecoration = 'underline dotted 2px #6d4fc2';
    piece.replaceWith(mark);
    mark.append(piece);
  }
}

const spoil = (text: string): string => text.replace(/[a-z]/g, (ch, i: number) => (i % 6 === 0 ? 'x' : ch));

export async function run(mode: Mode, count: number): Promise<RunResult> {
  const marks = claims(count).map((m) => (mode === 'claims-not-on-page' ? { ...m, quote: { ...m.quote, exact: spoil(m.quote.exact) } } : m));
  await nextFrame();
  const before = boxes();
  let mutations = 0;
  const observer = new MutationObserver((records) => (mutations += records.length));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const a0 = performance.now();
  anchorQuotes(document, marks.map((m) => m.quote));
  const anchorMs = performance.now() - a0;
  const t0 = performance.now();
  let anchored = 0;
  if (mode !== 'wrap-elements') {
    const painter = highlightPainter(document, window);
    if (!painter) throw new Error('this browser has no CSS Custom Highlight API');
    const layer = new MarkLayer(document, marks, painter, new AbortController().signal, { css: cardCss });
    anchored = layer.status().anchored;
  } else {
    const anchors = anchorQuotes(document, marks.map((m) => m.quote));
    for (const a of anchors) if (a) wrap(a.range);
    anchored = anchors.filter(Boolean).length;
  }
  const workMs = performance.now() - t0;
  await nextFrame();
  const frameMs = performance.now() - t0;
  observer.disconnect();
  return { mode, claims: marks.length, anchored, anchorMs, workMs, frameMs, ...shift(before), pageMutations: mutations };
}

(window as unknown as { lacunaBench: { run: typeof run } }).lacunaBench = { run };
