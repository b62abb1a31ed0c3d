/**
 * `npm start`: builds the extension, serves the demo articles on 127.0.0.1 and opens
 * Chromium (or Firefox with `-- --firefox`) with Lacuna loaded on the Moscow Times demo
 * article. With no display (or `--headless`) it presses the toolbar button itself, writes
 * screenshots of the page and the popup to a folder it names (`--out <dir>`, default
 * artifacts/demo) and prints what the popup shows.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, launchChromium } from './browsers/chromium';
import { FIREFOX, launchFirefox } from './browsers/firefox';
import { DIST_CHROME, DIST_FIREFOX, ROOT } from './browsers/paths';
import type { Page } from 'playwright-core';
import { marksHostInPage, textBoxesInPage } from './browsers/page-marks-view';
import { expandItemsInPopup, popupSettledInPage, readItemsInPopup, readPopupInPage, type PopupView } from './browsers/popup-view';
import { startDemoServer, type DemoServer } from './demo/server';

const args = process.argv.slice(2);
const useFirefox = args.includes('--firefox');
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outIndex = args.indexOf('--out');
const outDir = resolve(ROOT, outIndex >= 0 ? (args[outIndex + 1] ?? '') : 'artifacts/demo');
const ARTICLE = 'moscow-times';

function printView(view: PopupView, outDir: string): void {
  console.log(`\nScreenshots: ${outDir}/page.png, ${outDir}/popup.png\n`);
  console.log(`Lacuna popup (${view.state}): ${view.headline}`);
  view.items.forEach((item, i) => console.log(`${String(i + 1).padStart(3)}. ${item.text}\n     reported by ${item.outlets.join(', ')}`));
  if (view.related.length) console.log(`\nCompared with:\n${view.related.map((r) => `  - ${r}`).join('\n')}`);
  if (view.state !== 'done') console.log(`\n${view.text.trim()}`);
}

async function headlessChromium(server: DemoServer): Promise<PopupView> {
  const chrome = await launchChromium(DIST_CHROME);
  try {
    const url = server.articleUrl(ARTICLE);
    const { page, tabId } = await chrome.openTab(url);
    await chrome.clickToolbarButton(url);
    const popup = await chrome.openPopup(tabId);
    await popup.waitForFunction(popupSettledInPage, undefined, { timeout: 20_000 });
    await popup.screenshot({ path: resolve(outDir, 'popup.png'), fullPage: true });
    const view = await popup.evaluate(readPopupInPage);
    await showCardOnPage(page, popup);
    await page.screenshot({ path: resolve(outDir, 'page.png') });
    return view;
  } finally {
    await chrome.close();
  }
}

/** The article page as a reader sees it after the analysis: claims marked, the first claim's card open. */
async function showCardOnPage(page: Page, popup: Page): Promise<void> {
  await popup.evaluate(expandItemsInPopup);
  const claim = (await popup.evaluate(readItemsInPopup)).find((item) => item.revealable && item.claim)?.claim;
  await page.bringToFront();
  if (!claim) return;
  for (let tries = 0; tries < 50 && !((await page.evaluate(marksHostInPage))?.anchored ?? 0); tries++) await page.waitForTimeout(200);
  const boxes = await page.evaluate(textBoxesInPage, { snippet: claim.replace(/\s+/g, ' ').trim().slice(0, 40), scroll: 0.3 });
  const first = boxes?.[0];
  if (!first) return;
  await page.mouse.move(first.left + Math.min(30, first.width / 2), first.top + first.height / 2, { steps: 2 });
  // The overlay says which claim's card is open (the card itself is in a closed shadow root).
  await page.waitForFunction(() => document.querySelector('lacuna-overlay')?.getAttribute('data-open'), undefined, { timeout: 5_000 }).catch(() => undefined);
}

async function headlessFirefox(server: DemoServer): Promise<PopupView> {
  const firefox = await launchFirefox(DIST_FIREFOX);
  try {
    const { page, tabId } = await firefox.openTab(server.articleUrl(ARTICLE));
    await page.screenshot({ path: resolve(outDir, 'page.png') as `${string}.png` });
    const popup = await firefox.openPopup(tabId);
    await popup.waitForFunction(popupSettledInPage, { timeout: 20_000 });
    await popup.screenshot({ path: resolve(outDir, 'popup.png') as `${string}.png`, fullPage: true });
    return (await popup.evaluate(readPopupInPage));
  } finally {
    await firefox.close();
  }
}

async function interactive(server: DemoServer): Promise<void> {
  const url = server.articleUrl(ARTICLE);
  if (useFirefox) {
    const firefox = await launchFirefox(DIST_FIREFOX, { headless: false });
    await firefox.openTab(url);
  } else {
    const chrome = await launchChromium(DIST_CHROME, { headless: false });
    await chrome.openTab(url);
  }
  console.log(`Lacuna is loaded on ${url}\nClick the Lacuna button in the toolbar. Other demo articles: ${server.origin}/\nPress Ctrl+C to stop.`);
  await new Promise(() => undefined);
}

/** Without the browser, the same analysis from the command line, on the demo corpus. */
function cliInstead(browserPath: string): void {
  console.log(`No browser at ${browserPath}: install Debian's chromium and firefox-esr (apt-get install -y chromium firefox-esr),`);
  console.log('or set LACUNA_CHROMIUM / LACUNA_FIREFOX. Meanwhile, the same analysis from the command line:\n');
  const article = 'test/fixtures/seeds/000_f6d8503adc2b8999.txt';
  console.log(`$ npm run -s lacuna -- analyze ${article} --corpus public\n`);
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'analyze', article, '--corpus', 'public'], { cwd: ROOT, stdio: 'inherit' });
}

async function main(): Promise<void> {
  execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  const browserPath = useFirefox ? FIREFOX : CHROMIUM;
  if (!existsSync(browserPath)) return cliInstead(browserPath);
  const server = await startDemoServer(Number(process.env.LACUNA_DEMO_PORT ?? 0));
  console.log(`Demo articles served at ${server.origin}/`);
  if (!headless) return interactive(server);
  mkdirSync(outDir, { recursive: true });
  try {
    const view = useFirefox ? await headlessFirefox(server) : await headlessChromium(server);
    printView(view, outDir);
    if (view.state !== 'done') process.exitCode = 1;
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
