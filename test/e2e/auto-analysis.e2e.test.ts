/**
 * Automatic analysis on a site the reader switched on in the popup: its articles are analyzed
 * and marked on load with no click, a single-page app's next story too, and switching the
 * site off takes the marks and the badge away and stops it. The test copies of the build hold
 * the host permission for 127.0.0.1 that the reader's answer to the browser's prompt would
 * grant (headless browsers cannot show the prompt); the popup still asks for it in the click.
 */
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from '../../scripts/browsers/chromium';
import { launchFirefox, type FirefoxSession } from '../../scripts/browsers/firefox';
import { marksHostInPage } from '../../scripts/browsers/page-marks-view';
import { artifactPath, DIST_CHROME, DIST_FIREFOX, requireBuild } from '../../scripts/browsers/paths';
import { popupSettledInPage, type PopupView } from '../../scripts/browsers/popup-view';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import * as chromeDrivers from './drivers-chromium';
import * as firefoxDrivers from './drivers-firefox';
import { waitForMarks, type PageDriver } from './marks-flow';

const SWITCH = /Analyze automatically on 127\.0\.0\.1/;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.close();
});

/** What the flow needs of a browser: open a tab, read its badge, flip the popup's switch for the tab's site. */
interface AutoDriver {
  name: string;
  openTab(url: string): Promise<{ page: PageDriver; tabId: number; close(): Promise<void> }>;
  /**
   * Opens a page without asking the extension for its tab (Firefox gives a build back the
   * host permission it requires when the site is switched off, and with it the tabs' addresses).
   */
  openPage(url: string): Promise<{ page: PageDriver; close(): Promise<void> }>;
  badgeText(tabId: number): Promise<string>;
  /** Opens the tab's popup, clicks the automatic-analysis switch and returns whether it shows on afterwards. */
  flipSwitch(tabId: number): Promise<boolean>;
  /** How many load-time scripts the background has registered. */
  autoScripts(): Promise<number>;
  /** What the tab's popup shows (opening it starts no analysis of a tab analyzed already). */
  readPopup(tabId: number): Promise<PopupView>;
}

function automaticFlow(make: () => Promise<AutoDriver & { close(): Promise<void> }>): void {
  let driver: AutoDriver & { close(): Promise<void> };
  beforeAll(async () => {
    driver = await make();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('analyzes and marks an article of the site on load, with no click, once the site is switched on in the popup', async () => {
    const first = await driver.openTab(server.articleUrl('straits-times'));
    expect(await driver.flipSwitch(first.tabId)).toBe(true);
    await expect.poll(() => driver.autoScripts(), { timeout: 10_000 }).toBe(1);
    await first.close();

    const { page, tabId, close } = await driver.openTab(server.articleUrl('moscow-times'));
    const marks = await waitForMarks(page, 30_000);
    expect(marks.anchored).toBeGreaterThan(0);
    await expect.poll(() => driver.badgeText(tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    await page.screenshot(artifactPath(`e2e/${driver.name}-auto-marked.png`));
    await close();
  });

  it('follows a single-page app of the site to its next story and marks that one too, with no click', async () => {
    const { page, tabId, close } = await driver.openTab(server.articleUrl('moscow-times', 'single-page-app'));
    await waitForMarks(page, 30_000);
    await page.evaluate(() => document.querySelector<HTMLElement>('a[data-spa="al-jazeera"]')!.click(), undefined);
    await expect.poll(() => page.evaluate(marksHostInPage, undefined)).toBeNull();
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-story'), undefined)).toBe('al-jazeera');
    await waitForMarks(page, 30_000);
    // The analysis is the new story's: Al Jazeera's, compared with the others, the Moscow Times among them.
    const view = await driver.readPopup(tabId);
    expect(view.state, view.text).toBe('done');
    expect(view.related.join('\n')).toContain('The Moscow Times');
    expect(view.related.join('\n')).not.toContain('Al Jazeera');
    expect(await driver.badgeText(tabId)).toBe(String(view.items.length));
    await close();
  });

  it('switched off in the popup: the page loses its marks and badge, and the site’s pages are no longer analyzed on load', async () => {
    const { page, tabId, close } = await driver.openTab(server.articleUrl('huffpost-uk'));
    await waitForMarks(page, 30_000);
    expect(await driver.flipSwitch(tabId)).toBe(false);
    await expect.poll(() => page.evaluate(marksHostInPage, undefined)).toBeNull();
    await expect.poll(() => driver.badgeText(tabId)).toBe('');
    await expect.poll(() => driver.autoScripts(), { timeout: 10_000 }).toBe(0);
    await close();

    const later = await driver.openPage(server.articleUrl('afp'));
    await pause(5_000); // more than an analysis on load takes here
    expect(await later.page.evaluate(marksHostInPage, undefined)).toBeNull();
    await later.close();
  });
}

describe('Chromium: automatic analysis on a site switched on in the popup', () => {
  automaticFlow(async () => {
    const chrome: ChromiumSession = await launchChromium(requireBuild(DIST_CHROME), { grantHosts: ['http://127.0.0.1/*'] });
    return {
      name: 'chromium',
      async openTab(url) {
        const { page, tabId } = await chrome.openTab(url);
        return { page: chromeDrivers.pageDriver(page), tabId, close: () => page.close() };
      },
      async openPage(url) {
        const page = await chrome.context.newPage();
        await page.goto(url);
        return { page: chromeDrivers.pageDriver(page), close: () => page.close() };
      },
      badgeText: (tabId) => chrome.badgeText(tabId),
      async flipSwitch(tabId) {
        const popup: Page = await chrome.openPopup(tabId);
        await popup.waitForFunction(popupSettledInPage, undefined, { timeout: 15_000 });
        const toggle = popup.getByRole('switch', { name: SWITCH });
        const was = await toggle.isChecked();
        await toggle.click();
        await expect.poll(() => toggle.isChecked()).toBe(!was);
        await pause(500); // a reading of the setting from before the click must not turn it back
        expect(await toggle.isChecked(), 'the switch still shows what the reader chose').toBe(!was);
        await popup.screenshot({ path: artifactPath(`e2e/chromium-popup-auto-${was ? 'off' : 'on'}.png`), fullPage: true });
        await popup.close();
        return !was;
      },
      async readPopup(tabId) {
        const popup = await chrome.openPopup(tabId);
        const view = await chromeDrivers.settledView(popup, 'chromium-popup-auto-spa.png');
        await popup.close();
        return view;
      },
      autoScripts: () => chrome.inWorker(async () => (await (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.scripting.getRegisteredContentScripts()).length, undefined),
      close: () => chrome.close(),
    };
  });
});

describe('Firefox: automatic analysis on a site switched on in the popup', () => {
  automaticFlow(async () => {
    const firefox: FirefoxSession = await launchFirefox(requireBuild(DIST_FIREFOX));
    const inExtension = async <T>(fn: () => Promise<T>): Promise<T> => {
      const probe = await firefox.openExtensionPage('popup.html?tab=-1');
      try {
        return await probe.evaluate(fn);
      } finally {
        await probe.close();
      }
    };
    return {
      name: 'firefox',
      async openTab(url) {
        const { page, tabId } = await firefox.openTab(url);
        return { page: firefoxDrivers.pageDriver(page), tabId, close: () => page.close() };
      },
      async openPage(url) {
        const page = await firefox.browser.newPage();
        await page.setViewport({ width: 1200, height: 900 });
        await page.goto(url);
        return { page: firefoxDrivers.pageDriver(page), close: () => page.close() };
      },
      badgeText: (tabId) => firefox.badgeText(tabId),
      async flipSwitch(tabId) {
        const popup: PuppeteerPage = await firefox.openPopup(tabId);
        await popup.waitForFunction(popupSettledInPage, { timeout: 15_000 });
        const checked = () => popup.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find((i) => /Analyze automatically/.test(i.closest('label')?.textContent ?? ''))?.checked ?? null);
        // The switch appears once the popup has read the site's setting.
        await expect.poll(checked, { message: 'the popup shows the automatic-analysis switch' }).not.toBeNull();
        const was = await checked();
        await popup.locator('::-p-text(Analyze automatically on)').click();
        await expect.poll(checked).toBe(!was);
        await pause(500); // a reading of the setting from before the click must not turn it back
        expect(await checked(), 'the switch still shows what the reader chose').toBe(!was);
        await popup.screenshot({ path: artifactPath(`e2e/firefox-popup-auto-${was ? 'off' : 'on'}.png`) as `${string}.png`, fullPage: true });
        await popup.close();
        return !was;
      },
      async readPopup(tabId) {
        const popup = await firefox.openPopup(tabId);
        const view = await firefoxDrivers.settledView(popup, 'firefox-popup-auto-spa.png');
        await popup.close();
        return view;
      },
      autoScripts: () => inExtension(async () => (await (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser.scripting.getRegisteredContentScripts()).length),
      close: () => firefox.close(),
    };
  });
});
