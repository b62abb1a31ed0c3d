import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../scripts/browsers/chromium';
import { artifactPath, DIST_CHROME, requireBuild } from '../../scripts/browsers/paths';
import { marksHostInPage } from '../../scripts/browsers/page-marks-view';
import { popupSettledInPage } from '../../scripts/browsers/popup-view';
import { pageDriver, popupDriver, settledView } from './drivers-chromium';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { expectMoscowTimesAnalysis, expectNotArticle } from './expectations';
import { checkSetAsideAndBringBack } from './set-aside-flow';
import { checkCardAndReveal, checkHostileCard, checkInfiniteScroll, checkLateBody, checkSinglePageApp, waitForMarks } from './marks-flow';

let server: DemoServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startDemoServer();
  chrome = await launchChromium(requireBuild(DIST_CHROME));
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('Chromium: reading the Moscow Times demo article', () => {
  let tabId: number;
  let articlePage: Page;
  let popup: Page;

  it('lists the omitted context after the toolbar button is clicked', async () => {
    const url = server.articleUrl('moscow-times');
    const opened = await chrome.openTab(url);
    tabId = opened.tabId;
    articlePage = opened.page;
    await opened.page.screenshot({ path: artifactPath('e2e/chromium-article-page.png') });
    await chrome.clickToolbarButton(url);
    popup = await chrome.openPopup(tabId);
    expectMoscowTimesAnalysis(await settledView(popup, 'chromium-popup-moscow-times.png'));
  });

  it('shows the exact sentence from each source when an item is expanded', async () => {
    const item = popup.locator('[data-testid="omitted-item"]', { hasText: /Taiwan/ }).filter({ hasText: /election/ }).first();
    await item.getByRole('button', { name: /^Show what (it|they) wrote/ }).click();
    const quote = item.locator('[data-testid="source-quote"]');
    await expect(quote.first().locator('blockquote').textContent()).resolves.toMatch(/criticised by Taiwan for .repeated interference. in its elections/);
    await expect(quote.first().locator('figcaption').textContent()).resolves.toBe('HuffPost UK');
    await popup.screenshot({ path: artifactPath('e2e/chromium-popup-expanded.png'), fullPage: true });
  });

  it('puts the number of omitted items on the toolbar badge', async () => {
    const items = await popup.locator('[data-testid="omitted-item"]').count();
    expect(items).toBeGreaterThan(0);
    expect(await chrome.badgeText(tabId)).toBe(String(items));
    expect(await chrome.badgeColor(tabId)).toEqual([0x27, 0x30, 0x6b, 255]);
    expect(await chrome.buttonTitle(tabId)).toBe(`Lacuna: ${items} facts this article leaves out`);
  });

  it('keeps the result when the service worker is stopped and restarted', async () => {
    await popup.close();
    const worker = await chrome.stopWorker(articlePage);
    popup = await chrome.openPopup(tabId);
    await expect.poll(() => worker.states.at(-1), { timeout: 10_000 }).toBe('running');
    await worker.detach();
    expectMoscowTimesAnalysis(await settledView(popup, 'chromium-popup-after-worker-restart.png'));
  });

  it('adds the article on request, or says which corpus article it duplicates (here the demo copy of this page)', async () => {
    await popup.getByRole('button', { name: 'Add this article to my corpus' }).click();
    const result = popup.getByTestId('add-result');
    await result.waitFor({ timeout: 10_000 });
    await expect(result.textContent()).resolves.toMatch(/^Not added: same text as "[^"]+" \(The Moscow Times\), already in the corpus\.$/);
  });
});

describe('Chromium: a related article that tells another story', () => {
  it('leaves out the related article the reader sets aside, and brings it back', async () => {
    const url = server.articleUrl('moscow-times');
    const { tabId } = await chrome.openTab(url);
    await chrome.clickToolbarButton(url);
    const popup = await chrome.openPopup(tabId);
    await settledView(popup, 'chromium-popup-before-set-aside.png');
    await checkSetAsideAndBringBack(
      {
        click: (selector) => popup.click(selector),
        waitFor: (selector, present) => popup.locator(selector).first().waitFor({ state: present ? 'visible' : 'detached', timeout: 15_000 }),
        scrollTo: (selector) => popup.locator(selector).first().scrollIntoViewIfNeeded(),
        view: (screenshot) => settledView(popup, screenshot),
      },
      'chromium',
    );
  });
});

describe('Chromium: reading a demo article whose page gives its text without the bundled title line', () => {
  it('keeps the one copy of it, so that the next analysis lists that outlet once', async () => {
    const huffpost = server.articleUrl('huffpost-uk');
    const read = await chrome.openTab(huffpost);
    await chrome.clickToolbarButton(huffpost);
    const popup = await chrome.openPopup(read.tabId);
    await settledView(popup, 'chromium-popup-huffpost.png');
    await popup.getByRole('button', { name: 'Add this article to my corpus' }).click();
    const result = popup.getByTestId('add-result');
    await result.waitFor({ timeout: 10_000 });
    await expect(result.textContent()).resolves.toMatch(/^Not added: the same article as "[^"]+" \(HuffPost UK\), already in the corpus \(its text at another address\)\.$/);
    await popup.close();
    const afp = server.articleUrl('afp');
    const next = await chrome.openTab(afp);
    await chrome.clickToolbarButton(afp);
    const view = await settledView(await chrome.openPopup(next.tabId), 'chromium-popup-afp-after-huffpost.png');
    expect(view.related.filter((entry) => entry.includes('HuffPost UK'))).toHaveLength(1);
    expect(view.related).toHaveLength(4);
  });
});

describe('Chromium: pages Lacuna cannot or should not analyze as articles', () => {
  it('says to click the toolbar button when it has no access to the tab, instead of spinning', async () => {
    const { tabId } = await chrome.openTab(server.articleUrl('straits-times'));
    const popup = await chrome.openPopup(tabId);
    const view = await settledView(popup, 'chromium-popup-unreachable.png');
    expect(view.state).toBe('unreachable');
    expect(view.text).toMatch(/Click the Lacuna button/);
  });

  it('shows the not-an-article state on a front page, and analyzes it anyway on request', async () => {
    const url = `${server.origin}/`;
    const { tabId } = await chrome.openTab(url);
    await chrome.clickToolbarButton(url);
    const popup = await chrome.openPopup(tabId);
    expectNotArticle(await settledView(popup, 'chromium-popup-not-article.png'));
    await popup.getByRole('button', { name: 'Analyze anyway' }).click();
    const view = await settledView(popup, 'chromium-popup-analyzed-anyway.png');
    expect(['done', 'no-related']).toContain(view.state);
  });
});

/** Presses the button on a demo page (once its body is there, unless told not to wait) and waits until the page shows its marks. */
async function analyzedPage(url: string, waitForBody = true): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page, tabId } = await chrome.openTab(url);
  if (waitForBody) await page.waitForSelector('article p:not(#loading)', { timeout: 10_000 });
  else expect(await page.evaluate(() => document.documentElement.getAttribute('data-body-loaded')), 'the body is not there yet').toBeNull();
  await chrome.clickToolbarButton(url);
  const popup = await chrome.openPopup(tabId);
  await popup.waitForFunction(popupSettledInPage, undefined, { timeout: 15_000 });
  await waitForMarks(pageDriver(page));
  return { page, popup, tabId };
}

describe('Chromium: the claims marked on the article page', () => {
  let claim = '';

  it('opens a card on hovering a claim with the omitted item and its outlet, closes on Escape; the popup scrolls to the claim', async () => {
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times'));
    const driver = popupDriver(popup);
    await popup.waitForSelector('[data-testid="reveal-claim"]');
    const { target } = await checkCardAndReveal('chromium', pageDriver(page), driver);
    claim = (await driver.items()).find((i) => i.text === target)?.claim ?? '';
    await page.close();
    await popup.close();
  });

  it("leaves the page's own scripts and text selection working over the marks", async () => {
    expect(claim.length, 'a claim from the test before').toBeGreaterThan(40);
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times'));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Saved' }).count()).resolves.toBe(1);
    const marked = page.locator('article p', { hasText: claim.slice(0, 40) }).first();
    await marked.click({ clickCount: 3 });
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.replace(/\s+/g, ' ')).toContain(claim.replace(/\s+/g, ' ').slice(0, 60));
    await page.close();
    await popup.close();
  });

  it('keeps the marks through a move within the page that wakes a stopped service worker', async () => {
    const { page, popup, tabId } = await analyzedPage(server.articleUrl('moscow-times'));
    await popup.close();
    const marked = await waitForMarks(pageDriver(page));
    const badge = await chrome.badgeText(tabId);
    // Stopped (another tab's event may wake it again at once: a new worker all the same).
    const worker = await chrome.stopWorker(page);
    // The worker wakes for the address change, knowing nothing of the tab but what it cached.
    await page.evaluate(() => void (location.hash = 'notes'));
    await page.waitForTimeout(1500);
    expect(worker.states.at(-1)).toBe('running');
    expect((await page.evaluate(marksHostInPage))?.anchored).toBe(marked.anchored);
    expect(await chrome.badgeText(tabId)).toBe(badge);
    await worker.detach();
    await page.close();
  });

  it('renders the card legibly on a page with hostile CSS', async () => {
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times', 'hostile-css'));
    await checkHostileCard('chromium', pageDriver(page), claim);
    await page.close();
    await popup.close();
  });

  it('marks a page whose body is rendered 2 s after load, analyzed before it arrives, and follows it as it re-renders and goes', async () => {
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times', 'late-body'), false);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-body-loaded'))).toBe('true');
    expect(await checkLateBody(pageDriver(page), claim)).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  it('keeps its marks as stories are appended below the article (infinite scroll), and marks a claim whose text appears later', async () => {
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times', 'infinite-scroll'));
    await checkInfiniteScroll(pageDriver(page), popupDriver(popup));
    await page.close();
    await popup.close();
  });

  it('takes the marks and an open card away when a single-page app moves to another story, and marks that story on the next click', async () => {
    const { page, popup, tabId } = await analyzedPage(server.articleUrl('moscow-times', 'single-page-app'));
    await checkSinglePageApp(pageDriver(page), claim, {
      badgeText: () => chrome.badgeText(tabId),
      async analyzeAgain() {
        await popup.close();
        await chrome.clickToolbarButton(server.articleUrl('al-jazeera', 'single-page-app'));
        const again = await chrome.openPopup(tabId);
        return { view: await settledView(again, 'chromium-popup-spa-next-story.png'), popup: popupDriver(again), close: () => again.close() };
      },
    });
    await page.close();
  });
});
