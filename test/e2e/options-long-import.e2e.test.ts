/**
 * A long import in the options page (a generated JSONL file of 4,000 articles, 15 MB). In
 * Chromium: its progress in bytes and articles, Cancel leaving the corpus as it was, and the
 * page closed in the middle: the next page finds the interrupted import, removes what it added
 * on request, and goes on from where it stopped when given the same file again (the service
 * worker stopped meanwhile, which the import, run by the page, does not depend on); bad files
 * each named. In Firefox (the file dropped): Cancel, and the page closed in the middle.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from '../../scripts/browsers/chromium';
import { launchFirefox, type FirefoxSession } from '../../scripts/browsers/firefox';
import { artifactPath, DIST_CHROME, DIST_FIREFOX, requireBuild } from '../../scripts/browsers/paths';
import { writeGeneratedJsonl } from '../../scripts/bench/import-data';
import { formatBytes } from '../../src/ui/corpus-list';

const ARTICLES = 4000;
let folder: string;
let file: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'lacuna-long-import-'));
  file = writeGeneratedJsonl(join(folder, 'long.jsonl'), { count: ARTICLES });
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function summaryIs(expected: string): boolean {
  return document.querySelector('[data-testid="corpus-summary"]')?.textContent?.startsWith(expected) ?? false;
}

/** Whether the progress line says at least `least` articles are stored. */
function storedAtLeast(least: number): boolean {
  const line = document.querySelector('[data-testid="import-progress"] p')?.textContent ?? '';
  return Number(/([\d,]+) articles? stored/.exec(line)?.[1]?.replace(/,/g, '') ?? 0) >= least;
}

let chrome: ChromiumSession;

async function openOptions(): Promise<Page> {
  const page = await chrome.context.newPage();
  await page.goto(`chrome-extension://${chrome.extensionId}/options.html`);
  await page.getByTestId('corpus-summary').waitFor();
  return page;
}

/** Picks the long file and waits until at least `articles` of it are stored. */
async function importUntil(page: Page, articles: number): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.waitForFunction(storedAtLeast, articles, { timeout: 60_000 });
}

describe('Chromium: a long import in the options page', () => {
  let options: Page;

  beforeAll(async () => {
    chrome = await launchChromium(requireBuild(DIST_CHROME));
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('shows bytes and articles as they are stored, and Cancel leaves the corpus as it was', async () => {
    options = await openOptions();
    await options.waitForFunction(summaryIs, '5 articles', { timeout: 15_000 });
    await importUntil(options, 250);
    const progress = await options.getByTestId('import-progress').locator('p').textContent();
    expect(progress).toMatch(new RegExp(`^Reading long\\.jsonl: [\\d.]+ [KM]B of ${formatBytes(statSync(file).size)} · [\\d,]+ articles stored$`));
    await options.screenshot({ path: artifactPath('e2e/chromium-options-long-import.png'), fullPage: true });
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.getByTestId('import-report').waitFor({ timeout: 60_000 });
    expect(await options.getByTestId('import-report').textContent()).toBe('Import cancelled. Nothing was imported: the corpus is as it was before it.');
    await options.waitForFunction(summaryIs, '5 articles', { timeout: 15_000 });
  });

  it('finds an import interrupted by the page closing, and removes what it added on request', async () => {
    await importUntil(options, 500);
    await options.close();
    options = await openOptions();
    const notice = options.getByTestId('interrupted-import');
    await notice.waitFor({ timeout: 15_000 });
    const text = (await notice.locator('p').first().textContent()) ?? '';
    const match = /^Import of long\.jsonl was interrupted after ([\d,]+) of ~([\d,]+) articles\.$/.exec(text);
    expect(match, text).not.toBeNull();
    const added = Number(match![1]!.replace(/,/g, ''));
    const estimate = Number(match![2]!.replace(/,/g, ''));
    expect(added).toBeGreaterThanOrEqual(500);
    expect(Math.abs(estimate - ARTICLES) / ARTICLES).toBeLessThan(0.1);
    await options.waitForFunction(summaryIs, `${(5 + added).toLocaleString('en')} articles`, { timeout: 15_000 });
    await options.screenshot({ path: artifactPath('e2e/chromium-options-interrupted-import.png'), fullPage: true });
    await notice.getByRole('button', { name: `Remove the ${added.toLocaleString('en')} articles it added` }).click();
    await options.waitForFunction(summaryIs, '5 articles', { timeout: 60_000 });
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('goes on from where an interrupted import stopped when the same file is chosen again', async () => {
    await importUntil(options, 500);
    await options.close();
    options = await openOptions();
    await options.getByTestId('interrupted-import').waitFor({ timeout: 15_000 });
    const text = (await options.getByTestId('interrupted-import').locator('p').first().textContent()) ?? '';
    const added = Number(/after ([\d,]+) of/.exec(text)![1]!.replace(/,/g, ''));
    await options.getByTestId('file-input').setInputFiles(file);
    // The import runs in the options page: stopping the service worker meanwhile changes nothing.
    await options.waitForFunction(storedAtLeast, 1, { timeout: 60_000 });
    const cdp = await chrome.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await options.getByTestId('import-report').waitFor({ timeout: 120_000 });
    expect(await options.getByTestId('import-report').locator('p').textContent()).toBe(`${(ARTICLES - added).toLocaleString('en')} articles imported.`);
    await options.waitForFunction(summaryIs, `${(5 + ARTICLES).toLocaleString('en')} articles`, { timeout: 60_000 });
    expect(await options.getByTestId('interrupted-import').count()).toBe(0);
  });

  it('names each bad file or line and what is wrong with it, importing the rest', async () => {
    const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const latin1Line = Buffer.concat([utf8('{"text":"Good line one."}\n{"text":"Caf'), Buffer.from([0xe9]), utf8('"}\n{"text":"Good line three."}\n')]);
    const longLine = Buffer.concat([utf8('{"text":"Before the long line."}\n{"text":"'), Buffer.alloc(17 * 1024 * 1024, 0x61), utf8('"}\n{"text":"After the long line."}\n')]);
    await options.getByTestId('file-input').setInputFiles([
      { name: 'photo.jsonl', mimeType: 'application/octet-stream', buffer: png },
      { name: 'empty.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.alloc(0) },
      { name: 'latin1.jsonl', mimeType: 'application/x-ndjson', buffer: latin1Line },
      { name: 'long-line.jsonl', mimeType: 'application/x-ndjson', buffer: longLine },
      { name: 'no-text.json', mimeType: 'application/json', buffer: utf8('{"title":"A record without text"}') },
    ]);
    await options.getByTestId('import-report').waitFor({ timeout: 60_000 });
    await options.screenshot({ path: artifactPath('e2e/chromium-options-bad-files.png'), fullPage: true });
    expect(await options.getByTestId('import-report').locator('p').first().textContent()).toBe('4 articles imported. 5 skipped:');
    expect(await options.getByTestId('import-skipped').locator('li').allTextContents()).toEqual([
      'photo.jsonl: binary file (a PNG image), not text',
      'empty.jsonl: the file is empty',
      'latin1.jsonl:2: not valid UTF-8 at byte 13 of the line; save the file as UTF-8',
      'long-line.jsonl:2: the line is longer than 16 MB, too long for one news record; line skipped',
      'no-text.json: record has neither text nor html',
    ]);
  });
});

/** Drops the long file on the page, as the browser sends a drop. */
async function drop(page: PuppeteerPage, content: string): Promise<void> {
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'long.jsonl', { type: 'application/x-ndjson' }));
    document.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, content);
}

describe('Firefox: a long import in the options page', () => {
  let firefox: FirefoxSession;
  let options: PuppeteerPage;
  let content: string;

  beforeAll(async () => {
    content = readFileSync(file, 'utf8');
    firefox = await launchFirefox(requireBuild(DIST_FIREFOX));
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('shows its progress, and Cancel leaves the corpus as it was', async () => {
    options = await firefox.openExtensionPage('options.html');
    await options.waitForFunction(summaryIs, { timeout: 15_000 }, '5 articles');
    await drop(options, content);
    await options.waitForFunction(storedAtLeast, { timeout: 60_000 }, 250);
    await options.screenshot({ path: artifactPath('e2e/firefox-options-long-import.png') as `${string}.png`, fullPage: true });
    await options.locator('::-p-text(Cancel)').click();
    await options.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    expect(await options.$eval('[data-testid="import-report"]', (e) => e.textContent)).toBe('Import cancelled. Nothing was imported: the corpus is as it was before it.');
    await options.waitForFunction(summaryIs, { timeout: 15_000 }, '5 articles');
  });

  it('finds an import interrupted by the page closing, and removes what it added on request', async () => {
    await drop(options, content);
    await options.waitForFunction(storedAtLeast, { timeout: 60_000 }, 250);
    await options.close();
    options = await firefox.openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="interrupted-import"]', { timeout: 15_000 });
    const text = await options.$eval('[data-testid="interrupted-import"] p', (e) => e.textContent ?? '');
    expect(text).toMatch(/^Import of long\.jsonl was interrupted after [\d,]+ of ~[\d,]+ articles\.$/);
    await options.screenshot({ path: artifactPath('e2e/firefox-options-interrupted-import.png') as `${string}.png`, fullPage: true });
    await options.locator('::-p-text(Remove the)').click();
    await options.waitForFunction(summaryIs, { timeout: 60_000 }, '5 articles');
    await options.waitForFunction(() => document.querySelector('[data-testid="interrupted-import"]') === null, { timeout: 15_000 });
  });
});
