/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core. The toolbar
 * button is pressed through the DevTools protocol (Extensions.triggerAction), which grants
 * activeTab exactly as a reader's click does.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionGlobal } from './extension-global';

export const CHROMIUM = process.env.LACUNA_CHROMIUM ?? '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens a page in a new tab and returns it with the browser's id for that tab. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Presses the Lacuna toolbar button on the tab showing `url`. */
  clickToolbarButton(url: string): Promise<void>;
  /** Opens the popup for a tab in a page of its own. */
  openPopup(tabId: number): Promise<Page>;
  /** The text of the toolbar button's badge on a tab, as the extension set it. */
  badgeText(tabId: number): Promise<string>;
  /** The badge's background colour on a tab, as [red, green, blue, alpha]. */
  badgeColor(tabId: number): Promise<number[]>;
  /** The toolbar button's title (tooltip and accessible name) on a tab. */
  buttonTitle(tabId: number): Promise<string>;
  /** Evaluates in the extension's service worker (`chrome.*` is the extension API there). */
  inWorker<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /**
   * Stops the extension's service worker (through DevTools, from `page`) and waits until it has
   * stopped. `states` goes on listing what it goes through (a tab event may wake it at once).
   */
  stopWorker(page: Page): Promise<{ states: string[]; detach(): Promise<void> }>;
  close(): Promise<void>;
}

/**
 * A copy of the build whose manifest grants these host patterns: what the reader's answer to
 * a permission prompt would grant (headless Chromium cannot show the prompt).
 */
function grantingCopy(extensionDir: string, hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lacuna-chromium-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = hosts;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/** `profile`: a profile folder of the caller's, kept on close (a browser restarted on it finds what the last one stored). */
export async function launchChromium(extensionDir: string, options: { headless?: boolean; grantHosts?: string[]; profile?: string } = {}): Promise<ChromiumSession> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'lacuna-chromium-'));
  const copy = options.grantHosts ? grantingCopy(extensionDir, options.grantHosts) : null;
  extensionDir = copy ?? extensionDir;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The worker of the moment: a stopped and restarted worker is another one.
  const inWorker = async <A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    const current = context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? worker;
    return current.evaluate(fn as (arg: unknown) => Promise<T>, arg);
  };
  const tabIds = (): Promise<number[]> =>
    worker.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).chrome.tabs
        .query({})
        .then((tabs) => tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]))),
    );

  return {
    context,
    extensionId,
    async openTab(url) {
      const before = await tabIds();
      const page = await context.newPage();
      await page.goto(url);
      const tabId = (await tabIds()).find((id) => !before.includes(id));
      if (tabId === undefined) throw new Error(`no new tab appeared for ${url}`);
      return { page, tabId };
    },
    async clickToolbarButton(url) {
      const browser = context.browser();
      if (!browser) throw new Error('the Chromium context has no browser to send DevTools commands to');
      const cdp = await browser.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((target) => target.url === url);
      if (!tab) throw new Error(`no tab shows ${url}`);
      await cdp.send('Extensions.triggerAction' as 'Target.getTargets', { id: extensionId, targetId: tab.targetId } as never);
      await cdp.detach();
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 560 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    badgeText: (tabId) => inWorker((id) => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({ tabId: id }), tabId),
    buttonTitle: (tabId) => inWorker((id) => (globalThis as unknown as ExtensionGlobal).chrome.action.getTitle({ tabId: id }), tabId),
    badgeColor: (tabId) => inWorker(async (id) => [...(await (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeBackgroundColor({ tabId: id }))], tabId),
    inWorker,
    async stopWorker(page) {
      const cdp = await context.newCDPSession(page);
      const states: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) if (version.scriptURL.includes(extensionId)) states.push(version.runningStatus);
      });
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        for (const deadline = Date.now() + 10_000; !states.includes('stopped'); await new Promise((resolve) => setTimeout(resolve, 50))) {
          if (Date.now() > deadline) throw new Error(`the service worker did not stop (states: ${states.join(', ') || 'none'})`);
        }
      } catch (error) {
        await cdp.detach().catch(() => undefined);
        throw error;
      }
      return { states, detach: () => cdp.detach() };
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
      if (copy) rmSync(copy, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `fn` on the shadow root of the page's `<lacuna-overlay>`, or answers null when there is
 * none. The root is closed to the page's scripts; DevTools' DOM domain reaches it, as it shows
 * it in the inspector. `fn` runs in the page, so it must stand alone (see page-marks-view.ts).
 */
export async function inOverlay<A, T>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result: host } = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('lacuna-overlay')" });
    if (!host.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the overlay: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
