// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PageMark } from '../messages';
import { HOST_TAG, MarkLayer, type Painter, type PaintLayer } from './mark-layer';
import { MarksSession } from './marks-session';

const html = readFileSync(resolve(import.meta.dirname, '../../test/fixtures/pages-anchor/split.html'), 'utf8');

function loadPage(): void {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE[^>]*>/i, '').replace(/<\/?html[^>]*>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
}

function fakePainter() {
  const layers = new Map<PaintLayer, string[]>();
  const painted = new Map<PaintLayer, Range[]>();
  let cleared = 0;
  const painter: Painter = {
    paint: (layer, ranges) => {
      layers.set(layer, ranges.map((r) => r.toString()));
      painted.set(layer, ranges);
    },
    clear: () => {
      cleared += 1;
      layers.clear();
    },
  };
  return { painter, layers, painted, cleared: () => cleared };
}

const mark = (id: string, exact: string, kind: PageMark['kind'] = 'omission', prefix = '', suffix = ''): PageMark => ({
  id,
  kind,
  quote: { exact, prefix, suffix },
  items: [{ id: `item-${id}`, text: `A fact next to ${id}.`, sources: [{ outlet: 'Outlet A', quote: `Outlet A wrote about ${id}.` }] }],
  discrepancies:
    kind === 'discrepancy' ? [{ note: '1.2 million here, 1.5 million in Outlet B', articleQuote: exact, outlet: 'Outlet B', otherQuote: 'It costs 1.5 million euros.' }] : [],
});

const MARKS: PageMark[] = [
  mark('ferry', 'The city council approved a new ferry timetable on Tuesday'),
  mark('cost', 'would cost about 1.2 million euros a year', 'discrepancy', 'The ferry operator said the extra crossings ', ', which the council will pay'),
  mark('absent', 'The bridge will carry a reduced speed limit of 40 km/h until the final load tests.'),
];

const settle = () => new Promise((r) => setTimeout(r, 30));
const host = () => document.querySelector(HOST_TAG);

/** The layers' shadow roots as attached: closed, the page (and so the test) cannot get them from the host. */
const roots = new Map<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
beforeAll(() => {
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  });
});
afterAll(() => vi.restoreAllMocks());
const shadowOf = (element: Element | null): ShadowRoot => roots.get(element!)!;
const options = { css: '.card { color: red }', settleMs: 0, hoverOpenMs: 0, hoverCloseMs: 0, flashMs: 0, retryMs: 0 };

describe('MarkLayer', () => {
  beforeEach(loadPage);

  it('keeps its card out of the page’s reach: the shadow root is closed', () => {
    new MarkLayer(document, MARKS, fakePainter().painter, new AbortController().signal, options);
    expect(host()!.shadowRoot).toBeNull();
    expect(shadowOf(host()).mode).toBe('closed');
  });

  it('paints each claim found on the page by kind, without changing the page’s own nodes', () => {
    const bodyBefore = document.body.innerHTML;
    const { painter, layers } = fakePainter();
    const layer = new MarkLayer(document, MARKS, painter, new AbortController().signal, options);
    expect(layers.get('omission')).toEqual(['The city council approved a new ferry timetable on Tuesday']);
    expect(layers.get('discrepancy')).toEqual(['would cost about 1.2\u00a0million euros a year']);
    expect(layer.status()).toEqual({ marks: 3, anchored: 2, itemsOnPage: ['item-ferry', 'item-cost'] });
    expect(host()?.getAttribute('data-anchored')).toBe('2');
    expect(document.body.innerHTML).toBe(bodyBefore);
  });

  it('gives keyboards and screen readers a stand-in per claim that says what kind it is', () => {
    new MarkLayer(document, MARKS, fakePainter().painter, new AbortController().signal, options);
    const region = shadowOf(host()).querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('Lacuna: 2 claims marked on this page');
    const proxies = [...region!.querySelectorAll('button.proxy')].map((b) => b.textContent);
    expect(proxies).toEqual([
      'Lacuna: Other coverage adds context to this: “The city council approved a new ferry timetable on Tuesday”',
      'Lacuna: Other coverage reports this differently: “would cost about 1.2 million euros a year”',
    ]);
  });

  it('opens the claim’s card on keyboard focus, and closes it on Escape', () => {
    const { painter, layers } = fakePainter();
    new MarkLayer(document, MARKS, painter, new AbortController().signal, options);
    const shadow = shadowOf(host());
    shadow.querySelector<HTMLElement>('button.proxy[data-mark-id="cost"]')!.focus();
    const card = shadow.querySelector('[data-testid="claim-card"]');
    expect(card?.getAttribute('data-mark-id')).toBe('cost');
    expect(card?.textContent).toContain('1.2 million here, 1.5 million in Outlet B');
    expect(card?.textContent).toContain('Outlet A');
    expect(layers.get('active')).toEqual(['would cost about 1.2\u00a0million euros a year']);
    expect(host()?.getAttribute('data-open')).toBe('cost');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(shadow.querySelector('[data-testid="claim-card"]')).toBeNull();
    expect(host()?.hasAttribute('data-open')).toBe(false);
    expect(layers.get('active')).toEqual([]);
  });

  it('moves into the card on Enter, and Escape from inside the card closes it and returns to the claim', () => {
    new MarkLayer(document, MARKS, fakePainter().painter, new AbortController().signal, options);
    const shadow = shadowOf(host());
    const proxy = shadow.querySelector<HTMLElement>('button.proxy[data-mark-id="ferry"]')!;
    proxy.focus();
    proxy.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(shadow.activeElement?.closest('[data-testid="claim-card"]')).not.toBeNull();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(shadow.querySelector('[data-testid="claim-card"]')).toBeNull();
    expect(shadow.activeElement).toBe(proxy);
  });

  it('leaves the document exactly as it was when torn down', async () => {
    const before = document.documentElement.outerHTML;
    const { painter, cleared } = fakePainter();
    const controller = new AbortController();
    const layer = new MarkLayer(document, MARKS, painter, controller.signal, options);
    shadowOf(host()).querySelector<HTMLElement>('button.proxy')!.focus();
    layer.reveal('item-ferry');
    expect(document.documentElement.outerHTML).not.toBe(before);
    controller.abort();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(cleared()).toBe(1);
    // Nothing runs after teardown: page changes no longer re-anchor or repaint.
    document.querySelector('p.drop')!.remove();
    await settle();
    expect(document.documentElement.outerHTML).toBe(before.replace(/<p class="drop">[\s\S]*?<\/p>/, ''));
  });

  it('re-anchors when the page re-renders the text, drops a mark when its text goes, and finds text that appears later', async () => {
    const { painter, layers } = fakePainter();
    const layer = new MarkLayer(document, MARKS, painter, new AbortController().signal, options);
    // A re-render: the paragraph replaced by a new one with the same words.
    const old = document.querySelector('p.drop')!;
    const fresh = old.cloneNode(true) as Element;
    old.replaceWith(fresh);
    await settle();
    expect(layers.get('omission')).toEqual(['The city council approved a new ferry timetable on Tuesday']);
    expect(layer.status().anchored).toBe(2);
    // The text goes away.
    fresh.remove();
    await settle();
    expect(layers.get('omission') ?? []).toEqual([]);
    expect(layer.status().anchored).toBe(1);
    // Text that was missing arrives (a late-rendered body).
    const p = document.createElement('p');
    p.textContent = 'The bridge will carry a reduced speed limit of 40 km/h until the final load tests.';
    document.querySelector('article')!.append(p);
    await settle();
    expect(layers.get('omission')).toEqual(['The bridge will carry a reduced speed limit of 40 km/h until the final load tests.']);
    expect(host()?.getAttribute('data-anchored')).toBe('2');
  });

  it('looks for claims missing from the page at most once per retry period, however often the page changes', async () => {
    const { painter, painted } = fakePainter();
    const layer = new MarkLayer(document, MARKS, painter, new AbortController().signal, { ...options, retryMs: 60_000 });
    const p = document.createElement('p');
    p.textContent = 'The bridge will carry a reduced speed limit of 40 km/h until the final load tests.';
    document.querySelector('article')!.append(p);
    await settle();
    expect(layer.status().anchored).toBe(2); // tried at start; the next try is a minute away
    // A claim that was on the page and went is looked for again at once.
    document.querySelector('p.drop')!.replaceWith(document.querySelector('p.drop')!.cloneNode(true));
    await settle();
    expect(painted.get('omission')?.map((r) => [r.toString(), r.startContainer.isConnected])).toEqual([['The city council approved a new ferry timetable on Tuesday', true]]);
    expect(layer.status().anchored).toBe(2);
  });

  it('looks for a missing claim once its retry is due when the page changed before that (text appended by infinite scroll)', async () => {
    const { painter, layers } = fakePainter();
    const layer = new MarkLayer(document, MARKS, painter, new AbortController().signal, { ...options, retryMs: 100 });
    const p = document.createElement('p');
    p.textContent = 'The bridge will carry a reduced speed limit of 40 km/h until the final load tests.';
    document.querySelector('article')!.append(p);
    await settle();
    expect(layer.status().anchored).toBe(2); // the next search is not due yet
    await new Promise((r) => setTimeout(r, 150)); // and no further change of the page
    expect(layer.status().anchored).toBe(3);
    expect(layers.get('omission')).toContain('The bridge will carry a reduced speed limit of 40 km/h until the final load tests.');
  });

  it('flashes the claim of an item revealed from the popup, and says when it is not on the page', () => {
    const { painter, layers } = fakePainter();
    const layer = new MarkLayer(document, MARKS, painter, new AbortController().signal, { ...options, flashMs: 10_000 });
    expect(layer.reveal('item-cost')).toBe(true);
    expect(layers.get('flash')).toEqual(['would cost about 1.2\u00a0million euros a year']);
    expect(host()?.getAttribute('data-flash')).toBe('cost');
    expect(layer.reveal('item-absent')).toBe(false);
  });
});

describe('MarksSession', () => {
  beforeEach(loadPage);

  it('hides and shows every mark, each drawing torn down before the next', () => {
    const before = document.documentElement.outerHTML;
    const session = new MarksSession((marks, signal) => new MarkLayer(document, marks, fakePainter().painter, signal, options));
    expect(session.show(MARKS)).toEqual({ marks: 3, anchored: 2, itemsOnPage: ['item-ferry', 'item-cost'], visible: true });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    // Hidden, the items stay offered: showing one in the article brings the marks back.
    expect(session.setVisible(false)).toEqual({ marks: 3, anchored: 0, itemsOnPage: ['item-ferry', 'item-cost'], visible: false });
    expect(document.documentElement.outerHTML).toBe(before);
    expect(session.reveal('item-ferry')).toBe(true);
    expect(session.status()).toEqual({ marks: 3, anchored: 2, itemsOnPage: ['item-ferry', 'item-cost'], visible: true });
    // New marks while hidden: none of them was on the page yet.
    session.setVisible(false);
    expect(session.show(MARKS.slice(0, 1)).itemsOnPage).toEqual([]);
    session.setVisible(true);
    session.show(MARKS.slice(0, 1));
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(session.clear()).toEqual({ marks: 0, anchored: 0, itemsOnPage: [], visible: true });
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
