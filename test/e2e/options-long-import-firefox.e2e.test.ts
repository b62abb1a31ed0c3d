/**
 * A long import in Firefox's options page (a generated JSONL file of 3,000 articles, dropped):
 * progress with Cancel, and the page closed in the middle found again by the next page (its
 * Web Lock freed with the page) and removed on request.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../../scripts/browsers/firefox';
import { artifactPath, DIST_FIREFOX, requireBuild } from '../../scripts/browsers/paths';
import { writeGeneratedJsonl } from '../../scripts/bench/import-data';

const ARTICLES = 3000;
let folder: string;
let content: string;
let firefox: FirefoxSession;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lacuna-long-import-ff-'));
  content = readFileSync(writeGeneratedJsonl(join(folder, 'long.jsonl'), { count: ARTICLES }), 'utf8');
  firefox = await launchFirefox(requireBuild(DIST_FIREFOX));
});

afterAll(async () => {
  await firefox?.close();
  rmSync(folder, { recursive: true, force: true });
});

function summaryIs(expected: string): boolean {
  return document.querySelector('[data-testid="corpus-summary"]')?.textContent?.startsWith(expected) ?? false;
}

function storedAtLeast(least: number): boolean {
  const line = document.querySelector('[data-testid="import-progress"] p')?.textContent ?? '';
  return Number(/([\d,]+) articles? stored/.exec(line)?.[1]?.replace(/,/g, '') ?? 0) >= least;
}

/** Drops the long file on the page, as the browser sends a drop. */
async function drop(page: Page): Promise<void> {
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'long.jsonl', { type: 'application/x-ndjson' }));
    document.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, content);
}

describe('Firefox: a long import in the options page', () => {
  let options: Page;

  it('shows its progress, and Cancel leaves the corpus as it was', async () => {
    options = await firefox.openExtensionPage('options.html');
    await options.waitForFunction(summaryIs, { timeout: 15_000 }, '5 articles');
    await drop(options);
    await options.waitForFunction(storedAtLeast, { timeout: 60_000 }, 250);
    await options.screenshot({ path: artifactPath('e2e/firefox-options-long-import.png') as `${string}.png`, fullPage: true });
    await options.locator('::-p-text(Cancel)').click();
    await options.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    expect(await options.$eval('[data-testid="import-report"]', (e) => e.textContent)).toBe('Import cancelled. Nothing was imported: the corpus is as it was before it.');
    await options.waitForFunction(summaryIs, { timeout: 15_000 }, '5 articles');
  });

  it('finds an import interrupted by the page closing, and removes what it added on request', async () => {
    await drop(options);
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
