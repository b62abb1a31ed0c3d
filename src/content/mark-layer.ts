/**
 * The marks of one analysis on the live page: anchors each claim, paints it, keeps the
 * anchors right while the page changes, and opens a claim's card on hover or keyboard
 * focus. Lives until its AbortSignal fires; then it removes everything it added.
 */
import { h, render } from 'preact';
import { anchorQuotes } from '../anchor/anchor';
import { normalizeText } from '../anchor/text-index';
import type { PageMark } from '../messages';
import { MarksOverlay, type CardPosition } from '../ui/MarksOverlay';
import { boundingBox, contains, placeCard, type Box } from './placement';
import { schemeOf } from './scheme';

export type PaintLayer = 'omission' | 'discrepancy' | 'active' | 'flash';

/** Draws ranges on the page without changing it (the CSS Custom Highlight API in browsers). */
export interface Painter {
  paint(layer: PaintLayer, ranges: Range[]): void;
  /** Removes every layer and anything the painter added. */
  clear(): void;
}

/** Lacuna's own element: a shadow root holding the card and the keyboard stand-ins. */
export const HOST_TAG = 'lacuna-overlay';

export interface MarkLayerOptions {
  /** Card styles, put inside the shadow root. */
  css: string;
  /** Wait after page changes before re-anchoring, ms. */
  settleMs?: number;
  hoverOpenMs?: number;
  hoverCloseMs?: number;
  flashMs?: number;
  /** Least time between two searches for claims not found on the page, ms. */
  retryMs?: number;
}

interface Anchored {
  mark: PageMark;
  range: Range | null;
  /** The normalized text the range covered when anchored: a change means the page changed under it. */
  text: string;
  rects: Box[] | null;
}

/** Host styles, inline and !important: no page rule can hide, move or restyle the host. */
const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['left', '0'],
  ['top', '0'],
  ['width', '0'],
  ['height', '0'],
  ['display', 'block'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['contain', 'style'],
];

export class MarkLayer {
  private readonly anchors: Anchored[];
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private openId: string | null = null;
  private position: CardPosition | null = null;
  private pointerX: number | undefined;
  private inCard = false;
  /** Closed with Escape: stays closed until the pointer leaves this claim. */
  private dismissedId: string | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private lastRetry = -Infinity;
  private retryDelay = 0;
  /** The page changed while a search for missing claims was not due: one is owed once it is. */
  private retryOwed: ReturnType<typeof setTimeout> | null = null;
  private refocusing = false;
  /** The window's scroll position when the cached line boxes were measured. */
  private rectsAt = '';

  constructor(
    private readonly doc: Document,
    marks: readonly PageMark[],
    private readonly painter: Painter,
    private readonly signal: AbortSignal,
    private readonly options: MarkLayerOptions,
  ) {
    this.anchors = marks.map((mark) => ({ mark, range: null, text: '', rects: null }));
    this.host = doc.createElement(HOST_TAG);
    for (const [name, value] of HOST_STYLE) this.host.style.setProperty(name, value, 'important');
    // Closed: the page's own scripts cannot read the card (what the reader's corpus holds on this story).
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = options.css;
    this.shadow.append(style);
    const mount = doc.createElement('div');
    this.shadow.append(mount);
    if (signal.aborted) return;
    signal.addEventListener('abort', () => this.teardown(mount), { once: true });

    this.anchor();
    this.draw(); // into the detached host: fifty stand-ins cost a fraction of what they do in the document
    doc.documentElement.append(this.host);
    this.listen();
  }

  /** How many claims were sent, how many are on the page now, and the omitted items of those. */
  status(): { marks: number; anchored: number; itemsOnPage: string[] } {
    const onPage = this.anchors.filter((a) => a.range);
    return { marks: this.anchors.length, anchored: onPage.length, itemsOnPage: onPage.flatMap((a) => a.mark.items.map((item) => item.id)) };
  }

  /** Scrolls to the claim of an omitted item and flashes it; false when that claim is not on the page. */
  reveal(itemId: string): boolean {
    const found = this.anchors.find((a) => a.range && a.mark.items.some((item) => item.id === itemId));
    if (!found?.range) return false;
    const win = this.doc.defaultView;
    const rect = found.range.getBoundingClientRect();
    win?.scrollBy({ top: rect.top - win.innerHeight / 3, left: 0, behavior: 'instant' as ScrollBehavior });
    this.painter.paint('flash', [found.range]);
    this.host.setAttribute('data-flash', found.mark.id);
    this.later(this.options.flashMs ?? 1600, () => {
      this.painter.paint('flash', []);
      this.host.removeAttribute('data-flash');
    });
    return true;
  }

  // ---- anchoring ----

  /**
   * Anchors every mark whose range no longer holds, and (when due: from every `retryMs` backing off to 30 s, since pages
   * with tickers change all the time) those not found on the page; true when anything changed.
   */
  private anchor(): boolean {
    const now = Date.now();
    const retry = now - this.lastRetry >= this.retryDelay;
    if (!retry && !this.retryOwed && this.anchors.some((a) => !a.range)) {
      // Text that arrived now (infinite scroll, a late render) must not wait for the page's next change.
      this.retryOwed = this.later(this.lastRetry + this.retryDelay - now, () => {
        this.retryOwed = null;
        this.onPageChanged();
      });
    }
    const stale = this.anchors.filter((a) => (a.range ? !this.valid(a) : retry));
    if (stale.length === 0) return false;
    const missing = stale.filter((a) => !a.range);
    if (missing.length > 0) this.lastRetry = now;
    const found = anchorQuotes(this.doc, stale.map((a) => a.mark.quote));
    let changed = false;
    stale.forEach((a, i) => {
      const range = found[i]?.range ?? null;
      if (a.range || range) changed = true;
      a.range = range;
      a.text = range ? normalizeText(range.toString()) : '';
      a.rects = null;
    });
    // Claims still missing are looked for less and less often (up to every 30 s) until one turns up.
    const base = this.options.retryMs ?? 1000;
    if (missing.length > 0) this.retryDelay = missing.some((a) => a.range) ? base : Math.min(30_000, Math.max(base, this.retryDelay * 2));
    return changed;
  }

  private valid(a: Anchored): boolean {
    const range = a.range;
    if (!range || range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected) return false;
    return normalizeText(range.toString()) === a.text;
  }

  private onPageChanged(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = this.later(this.options.settleMs ?? 250, () => {
      this.settleTimer = null;
      if (this.anchor()) {
        if (this.openId && !this.anchors.find((a) => a.mark.id === this.openId)?.range) this.close();
        this.draw();
      }
      for (const a of this.anchors) a.rects = null;
    });
  }

  // ---- drawing ----

  private draw(): void {
    const ranges = (kind: PageMark['kind']) => this.anchors.flatMap((a) => (a.range && a.mark.kind === kind ? [a.range] : []));
    this.painter.paint('omission', ranges('omission'));
    this.painter.paint('discrepancy', ranges('discrepancy'));
    const open = this.anchors.find((a) => a.mark.id === this.openId);
    this.painter.paint('active', open?.range ? [open.range] : []);
    const status = this.status();
    this.host.setAttribute('data-marks', String(status.marks));
    this.host.setAttribute('data-anchored', String(status.anchored));
    if (this.openId) this.host.setAttribute('data-open', this.openId);
    else this.host.removeAttribute('data-open');
    this.renderOverlay();
  }

  private renderOverlay(): void {
    const mount = this.shadow.lastElementChild;
    if (!mount) return;
    const open = this.anchors.find((a) => a.mark.id === this.openId);
    render(
      h(MarksOverlay, {
        marks: this.anchors.flatMap((a) => (a.range ? [a.mark] : [])),
        open: open ? { mark: open.mark, position: this.position, scheme: this.pageScheme() } : null,
        onFocusMark: (id: string) => {
          if (!this.refocusing) this.openFor(id, { scroll: true });
        },
        onEnterCard: (id: string) => {
          this.openFor(id, { scroll: true });
          this.shadow.querySelector<HTMLElement>('.card button')?.focus();
        },
        onCardPointer: (inside: boolean) => {
          this.inCard = inside;
          if (!inside) this.scheduleClose();
        },
        onClose: () => this.close(),
      }),
      mount,
    );
  }

  /** Light or dark as the page itself is, so that the card matches it. */
  private pageScheme(): 'light' | 'dark' | null {
    const win = this.doc.defaultView;
    if (!win) return null;
    const elements = [this.doc.body, this.doc.documentElement].filter((e): e is HTMLElement => !!e);
    return schemeOf(elements.map((e) => win.getComputedStyle(e).backgroundColor));
  }

  private rectsOf(a: Anchored): Box[] {
    if (!a.range) return [];
    // Scroll events come a frame late: a pointer event may arrive first, so check the position too.
    const win = this.doc.defaultView;
    const at = win ? `${win.scrollX},${win.scrollY}` : '';
    if (at !== this.rectsAt) {
      for (const x of this.anchors) x.rects = null;
      this.rectsAt = at;
    }
    a.rects ??= [...a.range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
    return a.rects;
  }

  /** Opens (or moves) the card to a mark, measuring it first so that it never covers the claim. */
  private openFor(id: string, how: { scroll?: boolean } = {}): void {
    const a = this.anchors.find((x) => x.mark.id === id);
    if (!a?.range) return;
    if (how.scroll) {
      const box = boundingBox(this.rectsOf(a));
      const win = this.doc.defaultView;
      if (win && box && (box.top < 0 || box.top + box.height > win.innerHeight)) {
        win.scrollBy({ top: box.top - win.innerHeight / 3, left: 0, behavior: 'instant' as ScrollBehavior });
        for (const x of this.anchors) x.rects = null;
      }
    }
    if (this.openId !== id) {
      this.openId = id;
      this.position = null;
      this.draw(); // rendered hidden, to be measured
    }
    this.place();
  }

  private place(): void {
    const a = this.anchors.find((x) => x.mark.id === this.openId);
    const frame = this.shadow.querySelector<HTMLElement>('.card-frame');
    const win = this.doc.defaultView;
    const claim = a && boundingBox(this.rectsOf(a));
    if (!a || !frame || !win || !claim) return;
    const size = frame.getBoundingClientRect();
    const viewport = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    this.position = placeCard(claim, { width: size.width, height: size.height }, viewport, this.pointerX);
    this.renderOverlay();
  }

  private close(): void {
    if (!this.openId) return;
    this.openId = null;
    this.position = null;
    this.inCard = false;
    this.draw();
  }

  private scheduleClose(): void {
    if (this.hoverTimer) clearTimeout(this.hoverTimer);
    this.hoverTimer = this.later(this.options.hoverCloseMs ?? 300, () => {
      this.hoverTimer = null;
      if (!this.inCard && !this.focusInside()) this.close();
    });
  }

  private focusInside(): boolean {
    return this.shadow.activeElement !== null;
  }

  // ---- events ----

  private listen(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const signal = this.signal;
    const observer = new win.MutationObserver(() => this.onPageChanged());
    observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });

    win.addEventListener(
      'pointermove',
      // Handled at once: the line boxes are cached, so a hit test is a few comparisons.
      (event: PointerEvent) => this.hover(event.clientX, event.clientY),
      { passive: true, signal },
    );
    const moved = (): void => {
      for (const a of this.anchors) a.rects = null;
      this.dismissedId = null; // other text is under the pointer now
      if (this.openId && this.position) this.place();
    };
    win.addEventListener('scroll', moved, { passive: true, capture: true, signal });
    win.addEventListener('resize', moved, { passive: true, signal });
    // The reader switching light/dark usually switches the page too: the open card follows.
    win.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => this.renderOverlay(), { signal });
    win.addEventListener(
      'keydown',
      (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !this.openId) return;
        const id = this.openId;
        this.dismissedId = id;
        const returnFocus = this.focusInside();
        this.close();
        if (returnFocus) {
          // Back to the claim's stand-in, without that focus opening the card again.
          this.refocusing = true;
          this.shadow.querySelector<HTMLElement>(`.proxy[data-mark-id="${id}"]`)?.focus();
          this.refocusing = false;
        }
      },
      { capture: true, signal },
    );
    this.shadow.addEventListener(
      'focusout',
      (event) => {
        const next = (event as FocusEvent).relatedTarget as Node | null;
        if (!next || !this.shadow.contains(next)) this.scheduleClose();
      },
      { signal },
    );
  }

  private hover(x: number, y: number): void {
    this.pointerX = x;
    const hit = this.anchors.find((a) => a.range && this.rectsOf(a).some((r) => contains(r, x, y, 1)));
    if (this.dismissedId && hit?.mark.id !== this.dismissedId) this.dismissedId = null;
    if (this.inCard) return;
    if (hit && hit.mark.id !== this.dismissedId) {
      if (hit.mark.id === this.openId) {
        if (this.hoverTimer) clearTimeout(this.hoverTimer);
        this.hoverTimer = null;
        return;
      }
      if (this.hoverTimer) clearTimeout(this.hoverTimer);
      this.hoverTimer = this.later(this.options.hoverOpenMs ?? 120, () => {
        this.hoverTimer = null;
        this.openFor(hit.mark.id);
      });
    } else if (this.openId && !this.focusInside()) {
      this.scheduleClose();
    }
  }

  private later(ms: number, run: () => void): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.signal.aborted) run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private teardown(mount: Element): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    render(null, mount);
    this.painter.clear();
    this.host.remove();
  }
}
