/**
 * What a reader sees of Lacuna on the article page itself, read from the page's DOM. Like
 * popup-view.ts these run inside the page: no named inner functions, no strings to eval.
 */

export interface MarksHostView {
  marks: number;
  anchored: number;
  open: string | null;
  flash: string | null;
}

export interface CardView {
  markId: string;
  heading: string;
  items: Array<{ text: string; outlets: string[] }>;
  discrepancies: string[];
  /** The card's box in the viewport. */
  box: { left: number; top: number; width: number; height: number };
  /** The card's computed font size and colours, to tell it is legible whatever the page's CSS. */
  style: { fontSize: string; color: string; background: string; textTransform: string };
}

export function marksHostInPage(): MarksHostView | null {
  const host = document.querySelector('lacuna-overlay');
  if (!host) return null;
  return {
    marks: Number(host.getAttribute('data-marks')),
    anchored: Number(host.getAttribute('data-anchored')),
    open: host.getAttribute('data-open'),
    flash: host.getAttribute('data-flash'),
  };
}

/**
 * The open card, read from the overlay's shadow root. The root is closed (the page's own
 * scripts cannot reach it), so the drivers hand it over through the browser's automation
 * protocol (`inOverlay` in chromium.ts and firefox.ts).
 */
export function cardInRoot(root: ShadowRoot): CardView | null {
  const card = root.querySelector<HTMLElement>('[data-testid="claim-card"]');
  if (!card) return null;
  const frame = card.closest('.card-frame');
  if (frame && getComputedStyle(frame).visibility === 'hidden') return null;
  const space = /\s+/g;
  // What the reader sees: a card taller than the room it has scrolls inside a clipping box.
  const full = card.getBoundingClientRect();
  const clipper = card.parentElement && getComputedStyle(card.parentElement).overflowY !== 'visible' ? card.parentElement.getBoundingClientRect() : null;
  const top = clipper ? Math.max(full.top, clipper.top) : full.top;
  const bottom = clipper ? Math.min(full.bottom, clipper.bottom) : full.bottom;
  const rect = { left: full.left, top, width: full.width, height: Math.max(0, bottom - top) };
  const style = getComputedStyle(card);
  return {
    markId: card.getAttribute('data-mark-id') ?? '',
    heading: (card.querySelector('h2')?.textContent ?? '').replace(space, ' ').trim(),
    items: [...card.querySelectorAll('[data-testid="card-item"]')].map((item) => ({
      text: (item.querySelector('.card-item-text')?.textContent ?? '').replace(space, ' ').trim(),
      outlets: [...item.querySelectorAll('[data-testid="card-outlet"]')].map((o) => (o.textContent ?? '').trim()),
    })),
    discrepancies: [...card.querySelectorAll('[data-testid="card-discrepancy"]')].map((d) => (d.textContent ?? '').replace(space, ' ').trim()),
    box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    style: { fontSize: style.fontSize, color: style.color, background: style.backgroundColor, textTransform: style.textTransform },
  };
}

/**
 * The viewport boxes of the first stretch of the page's running text (in <main>: the article
 * and any stories appended below it; not headings, not scripts' data) that is `snippet`
 * (inside one text node), scrolled into the middle of the viewport first if asked; null when
 * the page has no such text.
 */
export function textBoxesInPage({ snippet, scroll }: { snippet: string; scroll: boolean | number }): Array<{ left: number; top: number; width: number; height: number }> | null {
  const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('h1, h2, h3, h4, h5, h6, script, style')) continue;
    const data = (node as Text).data.replace(/\s+/g, ' ');
    const at = data.indexOf(snippet);
    if (at < 0 || data.length !== (node as Text).data.length) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + snippet.length);
    // `scroll`: true puts the text in the middle of the viewport, a number that far down it (0 to 1).
    if (scroll !== false) window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight * (scroll === true ? 0.5 : scroll));
    return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
  }
  return null;
}
