/**
 * The corpus managed in the options page, in both browsers: a demo article opened from the
 * list (its text and its wire copies), the demo articles removed, a
 * JSONL file imported (picked in Chromium, dropped in Firefox) with its bad lines reported,
 * the page reloaded, and the imported articles found as related coverage of a demo article.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from '../../scripts/browsers/chromium';
import { launchFirefox, type FirefoxSession } from '../../scripts/browsers/firefox';
import { artifactPath, DIST_CHROME, DIST_FIREFOX, requireBuild } from '../../scripts/browsers/paths';
import { popupSettledInPage, readPopupInPage } from '../../scripts/browsers/popup-view';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { expectMoscowTimesAnalysis } from './expectations';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/import/xi-putin-coverage.jsonl');
const FIXTURE_NAME = 'xi-putin-coverage.jsonl';

/** What the options page shows, read inside it. */
function readOptionsInPage(): { summary: string; titles: string[]; report: string; skipped: string[]; copies: string[] } {
  const space = /\s+/g;
  const text = (e: Element | null): string => (e?.textContent ?? '').replace(space, ' ').trim();
  return {
    summary: text(document.querySelector('[data-testid="corpus-summary"]')),
    titles: [...document.querySelectorAll('[data-testid="corpus-entry"] .entry-meta')].map((e) => text(e)),
    report: text(document.querySelector('[data-testid="import-report"] p')),
    skipped: [...document.querySelectorAll('[data-testid="import-skipped"] li')].map((e) => text(e)),
    copies: [...document.querySelectorAll('[data-testid="corpus-entry"]')].map((e) => `${text(e.querySelector('.entry-meta')).split(' · ')[0]}: ${text(e.querySelector('[data-testid="wire-copies"]'))}`),
  };
}

/** The article view open in the options page, read inside it. */
function readArticleInPage(): { heading: string; paragraphs: string[]; copies: string[]; link: { href: string; target: string; rel: string } | null; facts: Record<string, string> } | null {
  const view = document.querySelector('[data-testid="article-view"]');
  if (!view) return null;
  const text = (e: Element | null): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const link = view.querySelector<HTMLAnchorElement>('.article-address a');
  return {
    heading: text(view.querySelector('h2')),
    paragraphs: [...view.querySelectorAll('[data-testid="article-text"] p')].map((p) => p.textContent ?? ''),
    copies: [...view.querySelectorAll('[data-testid="article-copies"] button')].map((b) => text(b)),
    link: link && { href: link.href, target: link.target, rel: link.rel },
    facts: Object.fromEntries([...view.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)])),
  };
}

/** True once the article view shows a heading and its text has been read (no longer busy reading it). */
function articleShown(heading: string): boolean {
  const view = document.querySelector('[data-testid="article-view"]');
  const text = view?.querySelector('[data-testid="article-text"]');
  return view?.querySelector('h2')?.textContent === heading && text?.getAttribute('aria-busy') === 'false' && text.querySelectorAll('p').length > 0;
}

const DEMO = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/demo-corpus.json'), 'utf8')) as Array<{ id: string; url: string; title: string | null; source: string; text: string }>;
const STRAITS_TIMES = DEMO.find((record) => record.source === 'The Straits Times')!;
/** AFP's record has no title: its view is headed by its first sentence. */
const AFP_OPENING = 'Chinese President Xi Jinping and his Russian counterpart Vladimir Putin accused the United States of "interfering" in their countries\' affairs during a telephone call on Thursday, the Kremlin said.';

/** The Straits Times demo article as its view shows it: all of its text, in paragraphs, and the three other copies of the AFP report. */
function expectStraitsTimesView(view: ReturnType<typeof readArticleInPage>): void {
  expect(view).not.toBeNull();
  expect(view!.heading).toBe(STRAITS_TIMES.title);
  const words = (text: string): string => text.replace(/\s+/g, '');
  expect(words(view!.paragraphs.join(''))).toBe(words(STRAITS_TIMES.text));
  expect(view!.paragraphs.length).toBeGreaterThan(20);
  expect(view!.paragraphs).toContain('Mr Xi (left) and Mr Putin denounced the “US policy of interfering in the internal affairs of other states” during an hour-long call, the Kremlin said.');
  expect(view!.copies.sort()).toEqual(['AFP', 'Al Jazeera', 'The Moscow Times']);
  // The demo articles have no address.
  expect(view!.link).toBeNull();
  expect(view!.facts).toMatchObject({ Outlet: 'The Straits Times', Address: 'None', 'Came from': 'A demo article bundled with Lacuna', Pinned: 'No Pin' });
}

function summaryIs(expected: string): boolean {
  return document.querySelector('[data-testid="corpus-summary"]')?.textContent?.startsWith(expected) ?? false;
}

const EXPECTED_SKIPS = [expect.stringMatching(new RegExp(`^${FIXTURE_NAME}:3: not valid JSON`)), `${FIXTURE_NAME}:6: record has neither text nor html`];

/** An export of the corpus imported from the fixture: its four good records, their texts as imported. */
function expectExportOfFixture(jsonl: string): void {
  const records = jsonl.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { source: string; text: string });
  expect(records.map((r) => r.source).sort()).toEqual(['AFP', 'Al Jazeera', 'HuffPost UK', 'The Straits Times']);
  const imported = readFileSync(FIXTURE, 'utf8').split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as { source?: string; text?: string }];
    } catch {
      return [];
    }
  });
  for (const record of records) expect(record.text).toBe(imported.find((r) => r.source === record.source)?.text?.trim());
}

/**
 * The ids in the corpus database and those in the background's index database, read inside an
 * extension page; null while the index database does not exist (it is never created here).
 */
async function corpusAndIndexIdsInPage(): Promise<{ corpus: string[]; indexed: string[] } | null> {
  if (!(await indexedDB.databases()).some((database) => database.name === 'lacuna-index')) return null;
  const open = (name: string) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const read = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const corpusDb = await open('lacuna-corpus');
  const corpus = (await read(corpusDb.transaction('documents').objectStore('documents').getAllKeys())) as string[];
  corpusDb.close();
  const indexDb = await open('lacuna-index');
  const entries = indexDb.transaction('entries').objectStore('entries');
  const keys = ((await read(entries.getAllKeys())) as string[]).filter((key) => key.startsWith('i/'));
  const meta = (await read(entries.get('meta'))) as { removed?: number[]; segments?: Array<{ id: string; from: number }> } | undefined;
  const removed = new Set(meta?.removed ?? []);
  const indexed: string[] = [];
  for (const segment of meta?.segments ?? []) {
    if (!keys.includes(`i/${segment.id}`)) continue;
    const ids = (await read(entries.get(`i/${segment.id}`))) as string[];
    ids.forEach((id, offset) => removed.has(segment.from + offset) || indexed.push(id));
  }
  indexDb.close();
  return { corpus: corpus.sort(), indexed: indexed.sort() };
}

let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer();
});

afterAll(async () => {
  await server?.close();
});

describe('Chromium: importing a JSONL file in the options page', () => {
  let chrome: ChromiumSession;
  let options: PlaywrightPage;
  /** Kept across a browser restart in one of the tests. */
  const profile = mkdtempSync(join(tmpdir(), 'lacuna-chromium-profile-'));

  beforeAll(async () => {
    chrome = await launchChromium(requireBuild(DIST_CHROME), { profile });
  });
  afterAll(async () => {
    await chrome?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens the Straits Times demo article from the list, with its text and its wire copies, legible in light and dark', async () => {
    const page = await chrome.context.newPage();
    await page.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await page.waitForFunction(summaryIs, '5 articles', { timeout: 15_000 });
    // Opened from the keyboard, the page scrolled down to the list.
    const title = page.getByRole('button', { name: STRAITS_TIMES.title!, exact: true });
    await title.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await title.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(articleShown, STRAITS_TIMES.title!, { timeout: 10_000 });
    expectStraitsTimesView(await page.evaluate(readArticleInPage));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this article' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lacuna-corpus-selection-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const exported = readFileSync(await download.path(), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; text: string });
    expect(exported).toEqual([expect.objectContaining({ id: STRAITS_TIMES.id, text: STRAITS_TIMES.text })]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: artifactPath('e2e/chromium-options-article.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: artifactPath('e2e/chromium-options-article-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    // A copy opens its own view; Escape goes back to the list, focused on the title that opened the view.
    await page.getByTestId('article-copies').getByRole('button', { name: 'AFP', exact: true }).click();
    await page.waitForFunction(articleShown, AFP_OPENING, { timeout: 10_000 });
    expect((await page.evaluate(readArticleInPage))!.copies.sort()).toEqual(['Al Jazeera', 'The Moscow Times', 'The Straits Times']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(readArticleInPage)).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(STRAITS_TIMES.title);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.close();
  });

  it('removes the demo articles, imports the file and reports its bad lines', async () => {
    options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await options.waitForFunction(summaryIs, '5 articles', { timeout: 15_000 });
    await options.getByRole('button', { name: 'Remove the demo articles' }).click();
    await options.waitForFunction(summaryIs, '0 articles', { timeout: 15_000 });
    await options.getByTestId('file-input').setInputFiles(FIXTURE);
    await options.getByTestId('import-report').waitFor({ timeout: 15_000 });
    await options.waitForFunction(summaryIs, '4 articles', { timeout: 15_000 });
    await options.screenshot({ path: artifactPath('e2e/chromium-options-imported.png'), fullPage: true });
    const view = await options.evaluate(readOptionsInPage);
    expect(view.report).toBe('4 articles imported. 2 skipped:');
    expect(view.skipped).toEqual(EXPECTED_SKIPS);
    // AFP's report, republished by The Straits Times and the base of Al Jazeera's; HuffPost's is its own.
    expect(view.copies.sort()).toEqual([
      'AFP: Copy of the same wire report as Al Jazeera, The Straits Times',
      'Al Jazeera: Copy of the same wire report as AFP, The Straits Times',
      'HuffPost UK: ',
      'The Straits Times: Copy of the same wire report as Al Jazeera, AFP',
    ]);
  });

  it('has the background index the imported articles at once, before any analysis', async () => {
    await expect.poll(async () => (await options.evaluate(corpusAndIndexIdsInPage))?.indexed, { timeout: 15_000 }).toHaveLength(4);
    const ids = (await options.evaluate(corpusAndIndexIdsInPage))!;
    expect(ids.indexed).toEqual(ids.corpus);
  });

  it('exports the corpus as a JSONL file with the imported records', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export all' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lacuna-corpus-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expectExportOfFixture(readFileSync(await download.path(), 'utf8'));
  });

  it('still holds them in a new page after a service-worker stop, and shows them as related coverage', async () => {
    await options.close();
    options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await options.waitForFunction(summaryIs, '4 articles', { timeout: 15_000 });
    expect((await options.evaluate(readOptionsInPage)).titles.map((t) => t.split(' · ')[0]).sort()).toEqual(['AFP', 'Al Jazeera', 'HuffPost UK', 'The Straits Times']);
    const url = server.articleUrl('moscow-times');
    const { page, tabId } = await chrome.openTab(url);
    // Stop the worker (a tab event may wake it at once): the one that answers the popup
    // starts afresh and must read the imported corpus from IndexedDB.
    const worker = await chrome.stopWorker(page);
    await worker.detach();
    await chrome.clickToolbarButton(url);
    const popup = await chrome.openPopup(tabId);
    await popup.waitForFunction(popupSettledInPage, undefined, { timeout: 15_000 });
    await popup.screenshot({ path: artifactPath('e2e/chromium-popup-imported-corpus.png'), fullPage: true });
    expectMoscowTimesAnalysis(await popup.evaluate(readPopupInPage));
  });

  it('still holds them after the browser is restarted on the same profile, and shows them as related coverage', async () => {
    await chrome.close();
    chrome = await launchChromium(requireBuild(DIST_CHROME), { profile });
    options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    // The four imported and the Moscow Times article the last analysis kept.
    await options.waitForFunction(summaryIs, '5 articles', { timeout: 15_000 });
    expect((await options.evaluate(readOptionsInPage)).titles.map((t) => t.split(' · ')[0]).sort()).toEqual(['AFP', 'Al Jazeera', 'HuffPost UK', 'The Moscow Times', 'The Straits Times']);
    const url = server.articleUrl('moscow-times');
    const { tabId } = await chrome.openTab(url);
    await chrome.clickToolbarButton(url);
    const popup = await chrome.openPopup(tabId);
    await popup.waitForFunction(popupSettledInPage, undefined, { timeout: 15_000 });
    expectMoscowTimesAnalysis(await popup.evaluate(readPopupInPage));
  });

  it('keeps a pinned article when a size limit removes the others', async () => {
    // The Moscow Times article just analyzed was kept too (capture is on by default).
    await options.bringToFront();
    await options.reload();
    await options.waitForFunction(summaryIs, '5 articles', { timeout: 15_000 });
    await options.getByRole('button', { name: 'Pin Xi, Putin accuse US of ‘interference’ during phone call' }).click();
    await expect.poll(() => options.getByRole('button', { name: 'Pin Xi, Putin accuse US of ‘interference’ during phone call' }).getAttribute('aria-pressed')).toBe('true');
    await options.getByLabel('Size limit in MB').fill('0.001');
    await options.getByRole('button', { name: 'Set the limit' }).click();
    await options.getByRole('button', { name: 'Set it and remove them' }).click();
    await options.waitForFunction(summaryIs, '1 article', { timeout: 15_000 });
    expect(await options.getByTestId('corpus-notice').textContent()).toBe('To stay under the size limit, the 4 articles added earliest were removed.');
    expect((await options.evaluate(readOptionsInPage)).titles).toEqual(['The Straits Times · imported']);
    await options.screenshot({ path: artifactPath('e2e/chromium-options-size-limit.png'), fullPage: true });
  });

  /** Analyzes a demo article in a new tab, as a toolbar click does, and returns its settled popup. */
  async function analyze(slug: 'moscow-times' | 'al-jazeera'): Promise<PlaywrightPage> {
    const url = server.articleUrl(slug);
    const { tabId } = await chrome.openTab(url);
    await chrome.clickToolbarButton(url);
    const popup = await chrome.openPopup(tabId);
    await popup.waitForFunction(popupSettledInPage, undefined, { timeout: 15_000 });
    return popup;
  }

  it('keeps nothing from a site the reader listed in the popup, until it is taken off the list', async () => {
    await options.getByRole('button', { name: 'No limit' }).click();
    await expect.poll(() => options.getByTestId('size-limit-status').textContent()).toContain('there is no size limit');
    // Capture is on: the analyzed article is kept.
    const popup = await analyze('moscow-times');
    await options.reload();
    await options.waitForFunction(summaryIs, '2 articles', { timeout: 15_000 });

    await popup.getByRole('button', { name: 'Never keep articles from 127.0.0.1' }).click();
    await popup.getByText('Articles from 127.0.0.1 are never kept.').waitFor({ timeout: 5_000 });
    await popup.screenshot({ path: artifactPath('e2e/chromium-popup-never-site.png'), fullPage: true });
    await analyze('al-jazeera');
    await new Promise((done) => setTimeout(done, 1_500));
    await options.reload();
    await options.waitForFunction(summaryIs, '2 articles', { timeout: 15_000 });
    expect(await options.getByTestId('never-sites').textContent()).toContain('127.0.0.1');

    // Taken off the list in the options page: the same article in the same way is kept.
    await options.getByRole('button', { name: 'Keep articles from 127.0.0.1 again' }).click();
    await expect.poll(() => options.getByTestId('never-sites').textContent()).toBe('No site listed.');
    await analyze('al-jazeera');
    await options.reload();
    await options.waitForFunction(summaryIs, '3 articles', { timeout: 15_000 });
  });

  it('opens a kept article: its address opens the page in a new tab, and it is deleted from its view after a confirmation', async () => {
    const moscowTimes = options.getByTestId('corpus-entry').filter({ has: options.locator('.entry-meta', { hasText: /^The Moscow Times/ }) });
    await moscowTimes.locator('.entry-title').click();
    const view = options.getByTestId('article-view');
    await view.getByTestId('article-text').locator('p').first().waitFor({ timeout: 10_000 });
    const shown = (await options.evaluate(readArticleInPage))!;
    expect(shown.link).toEqual({ href: server.articleUrl('moscow-times'), target: '_blank', rel: 'noopener noreferrer' });
    expect(shown.facts['Came from']).toBe('Kept when you read it');
    const [tab] = await Promise.all([chrome.context.waitForEvent('page'), view.getByRole('link').click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(server.articleUrl('moscow-times'));
    await tab.close();
    await options.bringToFront();
    await view.getByRole('button', { name: 'Delete…' }).click();
    await view.getByRole('group', { name: 'Confirm deleting this article' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await options.waitForFunction(summaryIs, '2 articles', { timeout: 15_000 });
    expect(await view.count()).toBe(0);
    expect(await moscowTimes.count()).toBe(0);
  });

  it('says an open article is gone once another options tab deleted it', async () => {
    const kept = options.getByTestId('corpus-entry').filter({ has: options.locator('.entry-meta', { hasText: /· read$/ }) });
    const title = (await kept.locator('.entry-title').textContent())!;
    await kept.locator('.entry-title').click();
    await options.getByTestId('article-view').getByTestId('article-text').locator('p').first().waitFor({ timeout: 10_000 });
    const other = await chrome.context.newPage();
    await other.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await other.waitForFunction(summaryIs, '2 articles', { timeout: 15_000 });
    await other.getByRole('button', { name: `Delete ${title}`, exact: true }).click();
    await other.waitForFunction(summaryIs, '1 article', { timeout: 15_000 });
    await other.close();
    await options.bringToFront();
    await options.getByTestId('article-gone').waitFor({ timeout: 10_000 });
    expect(await options.getByTestId('article-text').count()).toBe(0);
    await options.screenshot({ path: artifactPath('e2e/chromium-options-article-gone.png') });
  });
});

describe('Firefox: importing a JSONL file in the options page', () => {
  let firefox: FirefoxSession;
  let options: PuppeteerPage;

  beforeAll(async () => {
    firefox = await launchFirefox(requireBuild(DIST_FIREFOX));
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('opens the Straits Times demo article from the list, with its text and its wire copies', async () => {
    const page = await firefox.openExtensionPage('options.html');
    await page.waitForFunction(summaryIs, { timeout: 15_000 }, '5 articles');
    await page.locator(`.entry-title::-p-text(${STRAITS_TIMES.title})`).click();
    await page.waitForFunction(articleShown, { timeout: 10_000 }, STRAITS_TIMES.title!);
    expectStraitsTimesView(await page.evaluate(readArticleInPage));
    await page.screenshot({ path: artifactPath('e2e/firefox-options-article.png') as `${string}.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-testid="article-view"]') === null, { timeout: 5_000 });
    await page.close();
  });

  it('removes the demo articles, imports a dropped file and reports its bad lines', async () => {
    options = await firefox.openExtensionPage('options.html');
    await options.waitForFunction(summaryIs, { timeout: 15_000 }, '5 articles');
    await options.locator('::-p-text(Remove the demo articles)').click();
    await options.waitForFunction(summaryIs, {}, '0 articles');
    // Drag and drop: a drop event carrying the file, as the browser sends it.
    await options.evaluate(
      (name, content) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type: 'application/x-ndjson' }));
        document.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      FIXTURE_NAME,
      readFileSync(FIXTURE, 'utf8'),
    );
    await options.waitForSelector('[data-testid="import-report"]', { timeout: 15_000 });
    await options.waitForFunction(summaryIs, {}, '4 articles');
    await options.screenshot({ path: artifactPath('e2e/firefox-options-imported.png') as `${string}.png`, fullPage: true });
    const view = await options.evaluate(readOptionsInPage);
    expect(view.report).toBe('4 articles imported. 2 skipped:');
    expect(view.skipped).toEqual(EXPECTED_SKIPS);
  });

  it('exports the corpus: the link the page clicks names a .jsonl file whose Blob holds the imported records', async () => {
    // WebDriver BiDi does not hand Firefox's downloads to the test: the page's own link is
    // caught at its click (the download itself not started) and its Blob URL read in the page.
    await options.evaluate(() => {
      const caught = globalThis as unknown as { exported?: Promise<{ name: string; text: string }> };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        caught.exported = fetch(this.href).then(async (response) => ({ name: this.download, text: await response.text() }));
      };
    });
    await options.locator('::-p-text(Export all)').click();
    await options.waitForFunction(() => (globalThis as unknown as { exported?: unknown }).exported !== undefined, { timeout: 10_000 });
    const exported = await options.evaluate(() => (globalThis as unknown as { exported: Promise<{ name: string; text: string }> }).exported);
    expect(exported.name).toMatch(/^lacuna-corpus-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expectExportOfFixture(exported.text);
  });

  it('still holds them in a new page, and shows them as related coverage', async () => {
    await options.close();
    options = await firefox.openExtensionPage('options.html');
    await options.waitForFunction(summaryIs, { timeout: 15_000 }, '4 articles');
    const { tabId } = await firefox.openTab(server.articleUrl('moscow-times'));
    const popup = await firefox.openPopup(tabId);
    await popup.waitForFunction(popupSettledInPage, { timeout: 15_000 });
    await popup.screenshot({ path: artifactPath('e2e/firefox-popup-imported-corpus.png') as `${string}.png`, fullPage: true });
    expectMoscowTimesAnalysis(await popup.evaluate(readPopupInPage));
  });
});
