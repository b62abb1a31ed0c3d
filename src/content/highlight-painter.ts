/**
 * Paints marks with the CSS Custom Highlight API: the browser draws the ranges; the page's
 * DOM is not touched, so nothing on the page can shift, and the page's scripts never see
 * our nodes. The ::highlight rules go in a constructed style sheet adopted by the document.
 */
import type { Painter, PaintLayer } from './mark-layer';

const LAYERS: PaintLayer[] = ['omission', 'discrepancy', 'active', 'flash'];
export const highlightName = (layer: PaintLayer): string => `lacuna-${layer}`;

/**
 * An omission: a thin dotted underline. A discrepancy: a wavy underline in another colour
 * (its words for screen readers are on the keyboard stand-in). The open claim gets a tint,
 * a claim shown from the popup a brief yellow flash.
 */
export const HIGHLIGHT_CSS = `
::highlight(lacuna-omission) { text-decoration: underline dotted 2px #6d4fc2; }
::highlight(lacuna-discrepancy) { text-decoration: underline wavy 1.5px #c2410c; }
::highlight(lacuna-active) { background-color: rgba(109, 79, 194, 0.16); }
::highlight(lacuna-flash) { background-color: #ffe066; color: #111; }
@media (prefers-color-scheme: dark) {
  ::highlight(lacuna-omission) { text-decoration: underline dotted 2px #b9a4ff; }
  ::highlight(lacuna-discrepancy) { text-decoration: underline wavy 1.5px #ffa066; }
  ::highlight(lacuna-active) { background-color: rgba(185, 164, 255, 0.22); }
}
`;

interface HighlightApi {
  registry: { set(name: string, highlight: unknown): void; delete(name: string): boolean };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(win: Window): HighlightApi | null {
  const registry = (win as unknown as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS?.highlights;
  const Highlight = (win as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/** Adds the ::highlight rules to the document; returns how to take them away. */
function addRules(doc: Document, win: Window): () => void {
  try {
    const sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    // Where a content script may not adopt sheets, a <style> in <head> does the same.
    const style = doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

/** The browser's painter, or null where the Highlight API is missing (then nothing is marked). */
export function highlightPainter(doc: Document, win: Window): Painter | null {
  const api = highlightApi(win);
  if (!api) return null;
  let removeRules: (() => void) | null = addRules(doc, win);
  return {
    paint(layer, ranges) {
      if (ranges.length === 0) api.registry.delete(highlightName(layer));
      else api.registry.set(highlightName(layer), new api.Highlight(...ranges));
    },
    clear() {
      for (const layer of LAYERS) api.registry.delete(highlightName(layer));
      removeRules?.();
      removeRules = null;
    },
  };
}
