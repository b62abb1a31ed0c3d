/**
 * The options page of the built extension (dist/chrome) in headless Chromium importing a
 * generated JSONL file through the real IndexedDB: documents per second from the file being
 * picked to the report, the longest main-thread task meanwhile (the page stays responsive when
 * it is short) and after (the list drawn again), and the page's peak JS heap (sampled every 250 ms through the DevTools protocol).
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../browsers/chromium';

export interface BrowserImport {
  docs: number;
  seconds: number;
  docs_per_s: number;
  longest_task_ms: number;
  /** The longest task once the report is shown: the corpus list drawn again with every article. */
  longest_task_after_ms: number;
  peak_heap_mb: number;
  /** Articles marked as wire copies among those the list draws first (500). */
  wire_copies: number;
}

function summaryIs(expected: string): boolean {
  return document.querySelector('[data-testid="corpus-summary"]')?.textContent?.startsWith(expected) ?? false;
}

async function heapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

/** Imports `file` into a fresh profile's corpus (demo articles removed first). */
export async function importInChromium(extensionDir: string, file: string, timeoutMs: number): Promise<BrowserImport> {
  const chrome = await launchChromium(extensionDir);
  try {
    const page: Page = await chrome.context.newPage();
    await page.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await page.waitForFunction(summaryIs, '5 articles', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Remove the demo articles' }).click();
    await page.waitForFunction(summaryIs, '0 articles', { timeout: 30_000 });
    // Long tasks while the import runs, and after it (the report and the list drawn again).
    await page.evaluate(() => {
      const record = globalThis as unknown as { tasks: Array<[number, number]>; reportAt: number };
      record.tasks = [];
      record.reportAt = Infinity;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.tasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask' });
      // The import ends when its progress bar goes (the report and the list are drawn after).
      let started = false;
      new MutationObserver(() => {
        const progress = document.querySelector('[data-testid="import-progress"]') !== null;
        started ||= progress;
        if (started && !progress && record.reportAt === Infinity) record.reportAt = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    const cdp = await chrome.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let peak = await heapMb(cdp);
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapMb(cdp).catch(() => 0));
        await new Promise((done) => setTimeout(done, 250));
      }
    })();
    const t0 = performance.now();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('import-report').waitFor({ timeout: timeoutMs });
    const seconds = (performance.now() - t0) / 1000;
    sampling = false;
    await sampler;
    await page.waitForTimeout(2_000);
    const [longest, longestAfter] = await page.evaluate(() => {
      // No named functions in here: the bundler's name helper does not exist in the page.
      const { tasks, reportAt } = globalThis as unknown as { tasks: Array<[number, number]>; reportAt: number };
      const during = tasks.filter(([start]) => start < reportAt).map(([, duration]) => duration);
      const after = tasks.filter(([start]) => start >= reportAt).map(([, duration]) => duration);
      return [Math.max(0, ...during), Math.max(0, ...after)];
    });
    const report = (await page.getByTestId('import-report').locator('p').first().textContent()) ?? '';
    const added = Number(/([\d,]+) articles imported/.exec(report)?.[1]?.replace(/,/g, '') ?? Number.NaN);
    if (!Number.isFinite(added)) throw new Error(`the import did not finish: ${report}`);
    await page.reload();
    await page.waitForFunction(summaryIs, `${added.toLocaleString('en')} articles`, { timeout: 120_000 });
    const wireCopies = await page.locator('[data-testid="wire-copies"]').count();
    return {
      docs: added,
      seconds: Math.round(seconds * 10) / 10,
      docs_per_s: Math.round(added / seconds),
      longest_task_ms: Math.round(longest),
      longest_task_after_ms: Math.round(longestAfter),
      peak_heap_mb: Math.round(peak),
      wire_copies: wireCopies,
    };
  } finally {
    await chrome.close();
  }
}
