/**
 * Debian's Firefox ESR with the built extension installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi. There is no way to press the toolbar button over BiDi,
 * so the test copy of the build also holds a host permission for the demo server's origin
 * (the store build stays activeTab-only; the Chromium tests cover the click path).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GECKO_ID } from '../manifest';
import type { ExtensionGlobal } from './extension-global';

export const FIREFOX = process.env.LACUNA_FIREFOX ?? '/usr/bin/firefox-esr';
/** Fixed so that the test knows the moz-extension:// origin of the add-on. */
const EXTENSION_UUID = '5f0c3a52-8d1e-4c7b-9a47-3b6f2f1f6e01';

export interface FirefoxSession {
  browser: Browser;
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  openPopup(tabId: number): Promise<Page>;
  /** Opens a page of the extension (e.g. `options.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The text of the toolbar button's badge on a tab, as the extension set it. */
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** A copy of the Firefox build that may read pages on 127.0.0.1 without a click. */
function testCopy(extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lacuna-firefox-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Waits until the page shows `url` and its document has loaded. Evaluating in a page while
 * it switches from about:blank to the extension's document throws instead of answering, so
 * each try's error only means "not yet".
 */
async function untilLoaded(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const loaded = await page.evaluate((want) => location.href === want && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens an extension page at the given size. The viewport is set before navigating: set
 * during the switch to the moz-extension:// document it can hit a browsing context that is
 * being replaced.
 */
async function extensionPage(browser: Browser, path: string, viewport = { width: 1000, height: 900 }): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  // Awaiting goto on a moz-extension:// page can hang; waiting for its content does not.
  page.goto(url).catch(() => undefined);
  await untilLoaded(page, url);
  return page;
}

export async function launchFirefox(extensionDir: string, options: { headless?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<FirefoxSession> {
  const copy = testCopy(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // What pages see as the reader's preference (0 dark, 1 light); BiDi cannot emulate it per page.
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  await browser.installExtension(copy);

  return {
    browser,
    async openTab(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(url);
      const probe = await extensionPage(browser, 'popup.html?tab=-1');
      await probe.waitForFunction(() => 'browser' in globalThis);
      const tabs = await probe.evaluate(() =>
        (globalThis as unknown as ExtensionGlobal).browser.tabs.query({}).then((all) => all.map((tab) => ({ id: tab.id, url: tab.url }))),
      );
      await probe.close();
      // The newest tab showing the URL: an earlier test may have left one open on the same page.
      const tabId = tabs.filter((tab) => tab.url === url && tab.id !== undefined).map((tab) => tab.id!).sort((x, y) => y - x)[0];
      if (tabId === undefined) throw new Error(`no tab shows ${url}`);
      return { page, tabId };
    },
    openPopup: (tabId) => extensionPage(browser, `popup.html?tab=${tabId}`, { width: 380, height: 560 }),
    openExtensionPage: (path) => extensionPage(browser, path),
    async badgeText(tabId) {
      const probe = await extensionPage(browser, 'popup.html?tab=-1');
      try {
        return await probe.evaluate((id) => (globalThis as unknown as ExtensionGlobal).browser.action.getBadgeText({ tabId: id }), tabId);
      } finally {
        await probe.close();
      }
    },
    async close() {
      await browser.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/** What of puppeteer-core's WebDriver BiDi realm `inOverlay` uses (not part of its public API). */
interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options: { arguments?: unknown[]; resultOwnership?: 'root' | 'none'; serializationOptions?: { maxDomDepth?: number; includeShadowTree?: 'none' | 'open' | 'all' } },
  ): Promise<{ type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } }>;
}

function bidiRealm(page: Page): BidiRealm {
  const frame = page.mainFrame() as unknown as { mainRealm?: () => { realm?: BidiRealm } };
  const realm = frame.mainRealm?.().realm;
  if (!realm || typeof realm.callFunction !== 'function') throw new Error('this puppeteer-core gives no WebDriver BiDi realm to read the overlay through');
  return realm;
}

/**
 * Runs `fn` on the shadow root of the page's `<lacuna-overlay>`, or answers null when there is
 * none. The root is closed to the page's scripts; WebDriver BiDi hands it over when asked to
 * serialize shadow trees of every kind. `fn` runs in the page, so it must stand alone.
 */
export async function inOverlay<A, T>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<T | null> {
  const realm = bidiRealm(page);
  const found = await realm.callFunction("() => document.querySelector('lacuna-overlay')", true, {
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  if (found.type === 'exception') throw new Error(`in the page: ${found.exceptionDetails.text}`);
  const shadow = (found.result.value as { shadowRoot?: { sharedId?: string } | null } | undefined)?.shadowRoot;
  if (!shadow?.sharedId) return null;
  // BiDi hands values over in a form of its own: JSON both ways keeps them plain.
  const answer = await realm.callFunction(`(root, arg) => JSON.stringify((${fn.toString()})(root, JSON.parse(arg)))`, true, {
    arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    resultOwnership: 'none',
  });
  if (answer.type === 'exception') throw new Error(`in the overlay: ${answer.exceptionDetails.text}`);
  return (typeof answer.result.value === 'string' ? JSON.parse(answer.result.value) : null) as T | null;
}
