/**
 * The marks on the article page, checked the same way in Chromium and Firefox: each browser's
 * test passes a small driver over its page and popup.
 */
import { expect } from 'vitest';
import { cardInRoot, marksHostInPage, textBoxesInPage, type CardView, type MarksHostView } from '../../scripts/browsers/page-marks-view';
import { artifactPath } from '../../scripts/browsers/paths';
import type { PopupView } from '../../scripts/browsers/popup-view';

type Box = { left: number; top: number; width: number; height: number };

export interface PageDriver {
  evaluate<A, T>(fn: (arg: A) => T, arg: A): Promise<T>;
  /** Runs `fn` on the overlay's (closed) shadow root; null when the page has no overlay. */
  inOverlay<A, T>(fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<T | null>;
  hover(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Switches the page's preferred scheme; absent where the driver cannot (then see checkDarkCard). */
  colorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  bringToFront(): Promise<void>;
}

export interface PopupDriver {
  /** Items as the popup lists them, with whether each can be shown in the article and its claim. */
  items(): Promise<Array<{ id: string; text: string; outlets: string[]; claim: string | null; revealable: boolean }>>;
  reveal(itemId: string): Promise<void>;
  /** Clicks the popup's switch that hides or shows the highlights. */
  toggleMarks(): Promise<void>;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const overlaps = (a: Box, b: Box): boolean => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

export async function waitForMarks(page: PageDriver, timeout = 15_000): Promise<MarksHostView> {
  let view: MarksHostView | null = null;
  await expect.poll(async () => (view = await page.evaluate(marksHostInPage, undefined))?.anchored ?? 0, { timeout }).toBeGreaterThan(0);
  return view!;
}

/** The open card as the reader sees it, or null. */
async function readCard(page: PageDriver): Promise<CardView | null> {
  return (await page.inOverlay(cardInRoot, undefined)) ?? null;
}

async function waitForCard(page: PageDriver): Promise<CardView> {
  let card: CardView | null = null;
  await expect.poll(async () => (card = await readCard(page)), { timeout: 5_000 }).not.toBeNull();
  return card!;
}

/** Hovers the claim (by its first words) and returns the card that opened and the claim's boxes. */
export async function hoverClaim(page: PageDriver, claim: string, at: number = 0.5): Promise<{ card: CardView; claimBoxes: Box[] }> {
  const snippet = squash(claim).slice(0, 40);
  expect(snippet.length, 'a claim to hover').toBeGreaterThan(20);
  const boxes = await page.evaluate(textBoxesInPage, { snippet, scroll: at });
  expect(boxes, `the claim "${snippet}" is not on the page`).not.toBeNull();
  const first = boxes![0]!;
  await page.hover(first.left + Math.min(30, first.width / 2), first.top + first.height / 2);
  const card = await waitForCard(page);
  return { card, claimBoxes: (await page.evaluate(textBoxesInPage, { snippet, scroll: false }))! };
}

/**
 * The Moscow Times article omits Taiwan's accusation of election interference: hover the claim
 * the engine attached it to (or, while the engine attaches none, the first item that has a
 * claim), check the card, Escape, then the popup's "Show in the article".
 */
export async function checkCardAndReveal(browser: string, page: PageDriver, popup: PopupDriver): Promise<{ target: string; usedTaiwan: boolean }> {
  const items = await popup.items();
  const taiwan = items.find((i) => /Taiwan/.test(i.text) && /interfer/i.test(i.text) && /election/i.test(i.text));
  expect(taiwan, 'the popup lists the Taiwan item').toBeDefined();
  const usedTaiwan = !!taiwan?.revealable;
  const target = usedTaiwan ? taiwan! : items.find((i) => i.revealable && i.claim);
  if (!usedTaiwan) console.warn(`${browser}: the engine attached no claim to the Taiwan item; checking the first item with a claim: "${target?.text.slice(0, 80)}"`);
  expect(target?.claim, 'some item has a claim on the page').toBeTruthy();
  // "Show in the article" is offered per item: only on items whose claim is marked on the page.
  for (const item of items.filter((i) => i.revealable)) {
    expect(item.claim, `"${item.text.slice(0, 40)}" offers to show a claim it does not have`).toBeTruthy();
    expect(await page.evaluate(textBoxesInPage, { snippet: squash(item.claim!).slice(0, 40), scroll: false }), `the claim of "${item.text.slice(0, 40)}" is on the page`).not.toBeNull();
  }

  await page.bringToFront();
  await page.colorScheme?.('light');
  const { card, claimBoxes } = await hoverClaim(page, target!.claim!);
  // The page's own scripts cannot read the card: its shadow root is closed.
  expect(await page.evaluate(() => document.querySelector('lacuna-overlay')?.shadowRoot === null, undefined)).toBe(true);
  const shown = card.items.find((i) => squash(i.text) === squash(target!.text));
  expect(shown, `the card lists "${target!.text.slice(0, 60)}" among ${JSON.stringify(card.items.map((i) => i.text.slice(0, 40)))}`).toBeDefined();
  expect(shown!.outlets).toEqual(target!.outlets);
  for (const box of claimBoxes) expect(overlaps(card.box, box), 'the card covers the claim').toBe(false);
  expect(card.box.left).toBeGreaterThanOrEqual(0);
  expect(card.box.top).toBeGreaterThanOrEqual(0);
  await page.screenshot(artifactPath(`e2e/${browser}-card-light.png`));
  expect(card.style.background).toBe('rgb(255, 255, 255)');

  if (page.colorScheme) {
    await page.colorScheme('dark');
    await expect.poll(async () => (await readCard(page))?.style.background).toBe(DARK_CARD);
    await page.screenshot(artifactPath(`e2e/${browser}-card-dark.png`));
    await page.colorScheme('light');
  }

  await page.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
  expect((await page.evaluate(marksHostInPage, undefined))?.open).toBeNull();

  // From the bottom of the page, "Show in the article" brings the claim into view and flashes it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
  const snippet = squash(target!.claim!).slice(0, 40);
  const offscreen = (await page.evaluate(textBoxesInPage, { snippet, scroll: false }))![0]!;
  expect(offscreen.top < 0 || offscreen.top > 900, 'the claim starts out of view').toBe(true);
  await popup.reveal(target!.id);
  await expect.poll(async () => (await page.evaluate(marksHostInPage, undefined))?.flash ?? null).toBe(card.markId);
  const revealed = (await page.evaluate(textBoxesInPage, { snippet, scroll: false }))![0]!;
  expect(revealed.top).toBeGreaterThanOrEqual(0);
  expect(revealed.top + revealed.height).toBeLessThanOrEqual(await page.evaluate(() => window.innerHeight, undefined));

  // Near the bottom of the viewport the card flips above the claim (the claim furthest down the
  // page, so that the page can scroll it there).
  let deepest = { claim: target!.claim!, top: -Infinity };
  for (const item of items) {
    if (!item.revealable || !item.claim) continue;
    const box = (await page.evaluate(textBoxesInPage, { snippet: squash(item.claim).slice(0, 40), scroll: false }))?.[0];
    const top = box ? box.top + (await page.evaluate(() => window.scrollY, undefined)) : -Infinity;
    if (top > deepest.top) deepest = { claim: item.claim, top };
  }
  const low = await hoverClaim(page, deepest.claim, 0.85);
  const claimTop = Math.min(...low.claimBoxes.map((b) => b.top));
  expect(low.card.box.top + low.card.box.height, 'the card sits above the claim').toBeLessThanOrEqual(claimTop);
  await page.press('Escape');

  // The popup's switch hides every highlight and shows them again.
  await popup.toggleMarks();
  await expect.poll(() => page.evaluate(marksHostInPage, undefined)).toBeNull();
  await popup.toggleMarks();
  await expect.poll(async () => (await page.evaluate(marksHostInPage, undefined))?.anchored ?? 0).toBeGreaterThan(0);

  // Navigating within the page (a single-page app) takes the marks away.
  await page.evaluate(() => history.pushState({}, '', `${location.pathname}?next-story`), undefined);
  await expect.poll(() => page.evaluate(marksHostInPage, undefined)).toBeNull();
  return { target: target!.text, usedTaiwan };
}

const DARK_CARD = 'rgb(35, 36, 40)';

/** In a browser whose reader prefers dark: the (dark) demo page's card is dark too. */
export async function checkDarkCard(browser: string, page: PageDriver, claim: string): Promise<void> {
  await page.bringToFront();
  const { card } = await hoverClaim(page, claim);
  expect(card.style.background).toBe(DARK_CARD);
  expect(card.style.color).toBe('rgb(235, 235, 237)');
  await page.screenshot(artifactPath(`e2e/${browser}-card-dark.png`));
}

/** On the hostile-CSS page the card must still look like itself. */
export async function checkHostileCard(browser: string, page: PageDriver, claim: string): Promise<void> {
  await page.bringToFront();
  const { card, claimBoxes } = await hoverClaim(page, claim);
  await page.screenshot(artifactPath(`e2e/${browser}-card-hostile-css.png`));
  expect(card.style).toEqual({ fontSize: '14px', color: 'rgb(31, 31, 33)', background: 'rgb(255, 255, 255)', textTransform: 'none' });
  expect(card.box.width).toBe(360);
  expect(card.items.length + card.discrepancies.length).toBeGreaterThan(0);
  for (const box of claimBoxes) expect(overlaps(card.box, box), 'the card covers the claim').toBe(false);
  const viewport = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }), undefined);
  expect(card.box.left).toBeGreaterThanOrEqual(0);
  expect(card.box.left + card.box.width).toBeLessThanOrEqual(viewport.width);
  expect(card.box.top).toBeGreaterThanOrEqual(0);
}

/**
 * The late page got its marks; after the page re-renders its body (new nodes, same words) a
 * claim still opens its card; when the body goes, so do the marks.
 */
export async function checkLateBody(page: PageDriver, claim: string): Promise<number> {
  await page.bringToFront();
  const { anchored } = await waitForMarks(page);
  await page.evaluate(() => {
    for (const p of document.querySelectorAll('article p')) p.replaceWith(p.cloneNode(true));
  }, undefined);
  await new Promise((r) => setTimeout(r, 1500));
  expect((await page.evaluate(marksHostInPage, undefined))?.anchored).toBe(anchored);
  const { card } = await hoverClaim(page, claim);
  expect(card.items.length + card.discrepancies.length).toBeGreaterThan(0);
  await page.press('Escape');
  await page.evaluate(() => document.querySelectorAll('article p').forEach((p) => p.remove()), undefined);
  await expect.poll(async () => (await page.evaluate(marksHostInPage, undefined))?.anchored).toBe(0);
  return anchored;
}

const anchoredNow = async (page: PageDriver): Promise<number> => (await page.evaluate(marksHostInPage, undefined))?.anchored ?? 0;

/**
 * Infinite scroll: the next story appended below the article leaves the article's marks as
 * they were (the same count, a claim still opens its card); a claim whose paragraph the page
 * takes out is unmarked, and marked again, in its new place, when its text comes back below
 * the appended story.
 */
export async function checkInfiniteScroll(page: PageDriver, popup: PopupDriver): Promise<void> {
  const claims = (await popup.items()).flatMap((i) => (i.revealable && i.claim ? [i.claim] : []));
  expect(claims.length, 'items shown in the article').toBeGreaterThan(1);
  const [kept, moved] = [claims[0]!, claims.at(-1)!];
  await page.bringToFront();
  const { anchored } = await waitForMarks(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
  const appended = () => page.evaluate(() => Number(document.documentElement.getAttribute('data-stories-appended') ?? 0), undefined);
  await expect.poll(appended, { timeout: 5_000 }).toBeGreaterThan(0);
  await new Promise((r) => setTimeout(r, 1_000)); // past the marks' settling time after a change
  expect(await anchoredNow(page)).toBe(anchored);
  const { card } = await hoverClaim(page, kept);
  expect(card.items.length + card.discrepancies.length).toBeGreaterThan(0);
  await page.press('Escape');

  const snippet = squash(moved).slice(0, 40);
  const taken = await page.evaluate((s) => {
    const p = [...document.querySelectorAll('article p')].find((e) => (e.textContent ?? '').replace(/\s+/g, ' ').includes(s));
    (window as unknown as { movedParagraph?: Element }).movedParagraph = p;
    p?.remove();
    return !!p;
  }, snippet);
  expect(taken, `a paragraph with "${snippet}"`).toBe(true);
  await expect.poll(() => anchoredNow(page)).toBeLessThan(anchored);
  await page.evaluate(() => {
    const p = (window as unknown as { movedParagraph: Element }).movedParagraph;
    document.querySelector('#more-stories article:last-child')!.append(p);
  }, undefined);
  await expect.poll(() => anchoredNow(page), { timeout: 10_000 }).toBe(anchored);
  const again = await hoverClaim(page, moved);
  expect(again.card.items.length + again.card.discrepancies.length).toBeGreaterThan(0);
  const storyTop = await page.evaluate(() => document.querySelector('#more-stories article')!.getBoundingClientRect().top, undefined);
  expect(again.claimBoxes[0]!.top, 'the claim is marked where its text is now, below the appended story').toBeGreaterThan(storyTop);
  await page.press('Escape');
}

export interface SinglePageBrowser {
  badgeText(): Promise<string>;
  /** Asks for the tab's analysis again as a reader does (the toolbar button, or the popup where the build may read the page). */
  analyzeAgain(): Promise<{ view: PopupView; popup: PopupDriver; close(): Promise<void> }>;
}

/**
 * The Moscow Times story in a single-page app keeps its marks when only the fragment of its
 * address changes, then moves to Al Jazeera's (history.pushState, the story rendered a moment
 * later) while a card is open: the marks, the card and the badge go
 * at once; asked again, the analysis is Al Jazeera's and its claims are marked.
 */
export async function checkSinglePageApp(page: PageDriver, claim: string, browser: SinglePageBrowser): Promise<void> {
  await page.bringToFront();
  const marked = await waitForMarks(page);
  // A move within the page ("jump to comments") keeps the analysis, its badge and its marks.
  const badge = await browser.badgeText();
  expect(badge).not.toBe('');
  await page.evaluate(() => void (location.hash = 'comments'), undefined);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await page.evaluate(() => location.hash, undefined)).toBe('#comments');
  expect((await page.evaluate(marksHostInPage, undefined))?.anchored).toBe(marked.anchored);
  expect(await browser.badgeText()).toBe(badge);
  await hoverClaim(page, claim);
  await page.evaluate(() => document.querySelector<HTMLElement>('a[data-spa="al-jazeera"]')!.click(), undefined);
  await expect.poll(() => page.evaluate(marksHostInPage, undefined)).toBeNull();
  expect(await readCard(page)).toBeNull();
  await expect.poll(() => browser.badgeText()).toBe('');
  await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-story'), undefined)).toBe('al-jazeera');

  const { view, popup, close } = await browser.analyzeAgain();
  expect(view.state, view.text).toBe('done');
  expect(view.related.join('\n')).toContain('The Moscow Times');
  expect(view.related.join('\n')).not.toContain('Al Jazeera');
  await waitForMarks(page);
  const target = (await popup.items()).find((i) => i.revealable && i.claim);
  expect(target, 'an item of the new story shown in the article').toBeDefined();
  const { card } = await hoverClaim(page, target!.claim!);
  expect(card.items.map((i) => squash(i.text))).toContain(squash(target!.text));
  expect(await browser.badgeText()).toBe(String(view.items.length));
  await close();
}
