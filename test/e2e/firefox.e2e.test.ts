import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../../scripts/browsers/firefox';
import { artifactPath, DIST_FIREFOX, requireBuild } from '../../scripts/browsers/paths';
import { popupSettledInPage } from '../../scripts/browsers/popup-view';
import { pageDriver, popupDriver, settledView } from './drivers-firefox';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { expectMoscowTimesAnalysis, expectNotArticle } from './expectations';
import { checkSetAsideAndBringBack } from './set-aside-flow';
import { checkCardAndReveal, checkDarkCard, checkHostileCard, checkInfiniteScroll, checkLateBody, checkSinglePageApp, waitForMarks } from './marks-flow';

let server: DemoServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startDemoServer();
  firefox = await launchFirefox(requireBuild(DIST_FIREFOX));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: reading the Moscow Times demo article', () => {
  it('lists the omitted context, with the outlets that report it and the related coverage', async () => {
    const { page, tabId } = await firefox.openTab(server.articleUrl('moscow-times'));
    await page.screenshot({ path: artifactPath('e2e/firefox-article-page.png') as `${string}.png` });
    const popup = await firefox.openPopup(tabId);
    expectMoscowTimesAnalysis(await settledView(popup, 'firefox-popup-moscow-times.png'));
    // The demo page is the demo corpus's Moscow Times article: adding it says it is already there.
    await popup.click('.add-article button');
    const result = await popup.waitForSelector('[data-testid="add-result"]', { timeout: 10_000 });
    expect(await result?.evaluate((e) => e.textContent)).toMatch(/^Not added: same text as "[^"]+" \(The Moscow Times\), already in the corpus\.$/);
  });

  it('leaves out the related article the reader sets aside, and brings it back', async () => {
    const { tabId } = await firefox.openTab(server.articleUrl('moscow-times'));
    const popup = await firefox.openPopup(tabId);
    await settledView(popup, 'firefox-popup-before-set-aside.png');
    await checkSetAsideAndBringBack(
      {
        click: (selector) => popup.click(selector),
        waitFor: async (selector, present) => {
          await (present ? popup.waitForSelector(selector, { visible: true, timeout: 15_000 }) : popup.waitForSelector(selector, { hidden: true, timeout: 15_000 }));
        },
        scrollTo: (selector) => popup.$eval(selector, (element) => element.scrollIntoView({ block: 'end' })),
        view: (screenshot) => settledView(popup, screenshot),
      },
      'firefox',
    );
  });

  it('shows the not-an-article state on a front page', async () => {
    const { tabId } = await firefox.openTab(`${server.origin}/`);
    const popup = await firefox.openPopup(tabId);
    expectNotArticle(await settledView(popup, 'firefox-popup-not-article.png'));
  });
});

/** Opens a demo page and its popup (which starts the analysis; once the body is there, unless told not to wait) and waits until the page shows its marks. */
async function analyzedPage(url: string, waitForBody = true, session = firefox): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page, tabId } = await session.openTab(url);
  if (waitForBody) await page.waitForSelector('article p:not(#loading)', { timeout: 10_000 });
  else expect(await page.evaluate(() => document.documentElement.getAttribute('data-body-loaded')), 'the body is not there yet').toBeNull();
  const popup = await session.openPopup(tabId);
  await popup.waitForFunction(popupSettledInPage, { timeout: 15_000 });
  await waitForMarks(pageDriver(page));
  return { page, popup, tabId };
}

describe('Firefox: the claims marked on the article page', () => {
  let claim = '';

  it('opens a card on hovering a claim with the omitted item and its outlet, closes on Escape; the popup scrolls to the claim', async () => {
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times'));
    const driver = popupDriver(popup);
    await popup.waitForSelector('[data-testid="reveal-claim"]');
    const { target } = await checkCardAndReveal('firefox', pageDriver(page), driver);
    claim = (await driver.items()).find((i) => i.text === target)?.claim ?? '';
    await popup.close();
    await page.close();
  });

  it('renders the card legibly on a page with hostile CSS', async () => {
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times', 'hostile-css'));
    await checkHostileCard('firefox', pageDriver(page), claim);
    await popup.close();
    await page.close();
  });

  it('marks a page whose body is rendered 2 s after load, analyzed before it arrives, and follows it as it re-renders and goes', async () => {
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times', 'late-body'), false);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-body-loaded'))).toBe('true');
    expect(await checkLateBody(pageDriver(page), claim)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('keeps its marks as stories are appended below the article (infinite scroll), and marks a claim whose text appears later', async () => {
    const { page, popup } = await analyzedPage(server.articleUrl('moscow-times', 'infinite-scroll'));
    await checkInfiniteScroll(pageDriver(page), popupDriver(popup));
    await popup.close();
    await page.close();
  });

  it('takes the marks and an open card away when a single-page app moves to another story, and marks that story when asked again', async () => {
    const { page, popup, tabId } = await analyzedPage(server.articleUrl('moscow-times', 'single-page-app'));
    await checkSinglePageApp(pageDriver(page), claim, {
      badgeText: () => firefox.badgeText(tabId),
      async analyzeAgain() {
        await popup.close();
        const again = await firefox.openPopup(tabId);
        return { view: await settledView(again, 'firefox-popup-spa-next-story.png'), popup: popupDriver(again), close: () => again.close() };
      },
    });
    await page.close();
  });

  it('draws a dark card for a reader who prefers dark', async () => {
    const dark = await launchFirefox(requireBuild(DIST_FIREFOX), { colorScheme: 'dark' });
    try {
      const { page } = await analyzedPage(server.articleUrl('moscow-times'), true, dark);
      await checkDarkCard('firefox', pageDriver(page), claim);
    } finally {
      await dark.close();
    }
  });
});
