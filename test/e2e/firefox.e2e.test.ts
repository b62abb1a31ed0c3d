import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../../scripts/browsers/firefox';
import { artifactPath, DIST_FIREFOX, requireBuild } from '../../scripts/browsers/paths';
import { popupSettledInPage, readPopupInPage, type PopupView } from '../../scripts/browsers/popup-view';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { expectMoscowTimesAnalysis, expectNotArticle } from './expectations';

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

async function settledView(popup: Page, screenshot: string): Promise<PopupView> {
  await popup.waitForFunction(popupSettledInPage, { timeout: 15_000 });
  await popup.screenshot({ path: artifactPath(`e2e/${screenshot}`) as `${string}.png`, fullPage: true });
  return popup.evaluate(readPopupInPage);
}

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

  it('shows the not-an-article state on a front page', async () => {
    const { tabId } = await firefox.openTab(`${server.origin}/`);
    const popup = await firefox.openPopup(tabId);
    expectNotArticle(await settledView(popup, 'firefox-popup-not-article.png'));
  });
});
