/**
 * Feed subscriptions in Chromium (and, shorter, Firefox), against feeds served on 127.0.0.1: subscribe in the
 * options page, the feed's articles arrive in the corpus list with the feed's status; "Fetch
 * now" again adds nothing new; each bad feed says what is wrong; another outlet's article that
 * only the feed's dam story comes near gets the popup's loosely-related notice; a Chinese feed and a French
 * one, and an article in each language read against them. The test copy of the build
 * holds the host permission for 127.0.0.1, as the reader's answer to the browser's prompt
 * would (headless Chromium cannot show the prompt); the page still asks for it in the click.
 */
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from '../../scripts/browsers/chromium';
import { launchFirefox, type FirefoxSession } from '../../scripts/browsers/firefox';
import { artifactPath, DIST_CHROME, DIST_FIREFOX, requireBuild } from '../../scripts/browsers/paths';
import type { PopupView } from '../../scripts/browsers/popup-view';
import { pageDriver, popupDriver, settledView as chromiumView } from './drivers-chromium';
import { settledView as firefoxView } from './drivers-firefox';
import { expectChineseAnalysis, expectFrenchAnalysis, expectLooseCoverage } from './expectations';
import { hoverClaim } from './marks-flow';
import {
  CHINESE_ARTICLE,
  CHINESE_FEED_OUTLET,
  CHINESE_STORIES,
  FARMERS_ARTICLE,
  FRENCH_ARTICLE,
  FRENCH_FEED_OUTLET,
  FRENCH_STORIES,
  startFeedServer,
  STORIES,
  type FeedServer,
} from './feed-server';

function summaryIs(expected: string): boolean {
  return document.querySelector('[data-testid="corpus-summary"]')?.textContent?.startsWith(expected) ?? false;
}

/** Each feed's name and status lines as the page shows them. */
function readFeedsInPage(): Array<{ name: string; success: string | null; failure: string | null; skipped: string[] }> {
  const text = (e: Element | null | undefined): string | null => (e ? (e.textContent ?? '').replace(/\s+/g, ' ').trim() : null);
  return [...document.querySelectorAll('[data-testid="feed"]')].map((li) => ({
    name: text(li.querySelector('.entry-title')) ?? '',
    success: text(li.querySelector('[data-testid="feed-success"]')),
    failure: text(li.querySelector('[data-testid="feed-failure"]')),
    skipped: [...li.querySelectorAll('[data-testid="feed-skipped"] li')].map((e) => text(e) ?? ''),
  }));
}

let server: FeedServer;
let chrome: ChromiumSession;
let options: Page;

beforeAll(async () => {
  server = await startFeedServer();
});

afterAll(async () => {
  await server?.close();
});

async function subscribe(path: string): Promise<string> {
  await options.getByLabel('Feed address').fill(`${server.origin}${path}`);
  await options.getByRole('button', { name: 'Add feed' }).click();
  const message = options.getByTestId('feed-message');
  await message.waitFor({ timeout: 30_000 });
  return (await message.textContent()) ?? '';
}

describe('Chromium: feed subscriptions in the options page', () => {
  beforeAll(async () => {
    chrome = await launchChromium(requireBuild(DIST_CHROME), { grantHosts: ['http://127.0.0.1/*'] });
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('subscribes to a feed and its articles arrive in the corpus, with the feed’s status', async () => {
    options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await options.waitForFunction(summaryIs, '5 articles', { timeout: 15_000 });
    expect(await subscribe('/feed.xml')).toBe('Added.');
    await options.waitForFunction(summaryIs, '7 articles', { timeout: 15_000 });
    const [feed] = await options.evaluate(readFeedsInPage);
    expect(feed!.name).toBe('Valley Courier');
    expect(feed!.success).toMatch(/^Last fetched at \d\d:\d\d.*: 2 new articles\.$/);
    expect(feed!.failure).toBeNull();
    expect(feed!.skipped).toEqual([`“Dam: readers’ comments”: same address as "${server.origin}/news/dam.html" (“${STORIES[0].title}”)`]);
    const fromFeed = await options.locator('[data-testid="corpus-entry"]', { hasText: 'from a feed' }).allTextContents();
    expect(fromFeed.map((t) => t.replace(/\s+/g, ' '))).toEqual(
      expect.arrayContaining([expect.stringContaining(STORIES[0].title), expect.stringContaining(STORIES[1].title)]),
    );
    expect(fromFeed).toHaveLength(2);
    // The item's date as the reader's locale writes a day (the browser's here: English).
    expect(fromFeed[0]).toMatch(/Valley Courier · (?:25 Nov 2026|Nov 25, 2026) · from a feed/);
    await options.screenshot({ path: artifactPath('e2e/chromium-options-feeds.png'), fullPage: true });
  });

  it('“Fetch now” fetches the feed again and finds nothing new', async () => {
    await options.getByRole('button', { name: 'Fetch Valley Courier now' }).click();
    await expect.poll(async () => (await options.evaluate(readFeedsInPage))[0]?.success, { timeout: 15_000 }).toMatch(/: 0 new articles\.$/);
    expect(await options.getByTestId('feed-message').textContent()).toBe('Fetched.');
    await options.waitForFunction(summaryIs, '7 articles');
  });

  it('says what is wrong with each bad feed', async () => {
    expect(await subscribe('/missing.xml')).toBe('Added; the first fetch failed: the server answered 404 Not Found.');
    expect(await subscribe('/home.html')).toBe('Added; the first fetch failed: this address gives a web page, not an RSS or Atom feed.');
    expect(await subscribe('/loop.xml')).toBe('Added; the first fetch failed: the address redirects in a loop (or to an address that cannot be reached).');
    expect(await subscribe('/huge.xml')).toBe('Added; the first fetch failed: the feed is larger than 5 MB.');
    const failures = (await options.evaluate(readFeedsInPage)).slice(1).map((f) => f.failure);
    expect(failures).toEqual([
      // The next try is half an hour on: after 23:30 it falls on the next day, which the time then names.
      expect.stringMatching(/^Failed at .*: the server answered 404 Not Found\. Next try (?:at|on .+ at) \d/),
      expect.stringMatching(/: this address gives a web page, not an RSS or Atom feed\. Next try/),
      expect.stringMatching(/: the address redirects in a loop \(or to an address that cannot be reached\)\. Next try/),
      expect.stringMatching(/: the feed is larger than 5 MB\. Next try/),
    ]);
    await options.screenshot({ path: artifactPath('e2e/chromium-options-bad-feeds.png'), fullPage: true });
    await options.waitForFunction(summaryIs, '7 articles');
  });

  it('removes a feed, keeping its articles', async () => {
    await options.getByRole('button', { name: 'Remove the feed Valley Courier' }).click();
    await expect.poll(async () => (await options.evaluate(readFeedsInPage)).map((f) => f.name), { timeout: 15_000 }).not.toContain('Valley Courier');
    await options.waitForFunction(summaryIs, '7 articles');
  });

  it('says, on another outlet’s article that only the feed’s dam story comes near, that the coverage is only loosely related', async () => {
    const url = `${server.origin}/news/${FARMERS_ARTICLE.slug}.html`;
    const { page, tabId } = await chrome.openTab(url);
    await chrome.clickToolbarButton(url);
    const popup = await chrome.openPopup(tabId);
    const view = await chromiumView(popup, 'chromium-popup-loose-coverage.png');
    expectLooseCoverage(view);
    // The count is on the badge, in grey: it comes from loosely related coverage only.
    expect(await chrome.badgeText(tabId)).toBe(String(view.items.length));
    expect(await chrome.badgeColor(tabId)).toEqual([0x6b, 0x6f, 0x7b, 255]);
    // … and the button's title says it in words.
    expect(await chrome.buttonTitle(tabId)).toBe(`Lacuna: ${view.items.length} facts this article leaves out, from loosely related coverage only`);
    // On the page, a marked claim's card says the same.
    const claimed = (await popupDriver(popup).items()).find((item) => item.claim !== null);
    expect(claimed, 'an item with a claim on the farmers article').toBeDefined();
    await page.bringToFront();
    const { card } = await hoverClaim(pageDriver(page), claimed!.claim!);
    expect(card.heading).toMatch(/^Loosely related coverage adds/);
    expect(card.items.flatMap((item) => item.outlets)).toContain('Valley Courier');
    await page.screenshot({ path: artifactPath('e2e/chromium-card-loose-coverage.png') });
  });

  it('“Not this story” holds both ways: the dam story set aside on the farmers article, reading the dam story leaves out the farmers article', async () => {
    const farmers = `${server.origin}/news/${FARMERS_ARTICLE.slug}.html`;
    const dam = `${server.origin}/news/dam.html`;
    const read = await chrome.openTab(farmers);
    await chrome.clickToolbarButton(farmers);
    const popup = await chrome.openPopup(read.tabId);
    await chromiumView(popup, 'chromium-popup-farmers-before-set-aside.png');
    await popup.click('button[aria-label^="Not this story: leave out Valley Courier’s article"]');
    await popup.getByTestId('set-aside-notice').waitFor({ timeout: 15_000 });
    await popup.close();

    const next = await chrome.openTab(dam);
    await chrome.clickToolbarButton(dam);
    const view = await chromiumView(await chrome.openPopup(next.tabId), 'chromium-popup-dam-after-set-aside.png');
    // The farmers article was kept when it was read: only the choice keeps it out of the dam story's coverage.
    expect(view.state, view.text).toBe('no-related');
    expect(view.text).toContain('1 article set aside as another story.');
  });

  /**
   * Subscribes to the feed of an edition in another language, waits for its stories, reads its
   * article: the popup's view, checked by `expectAnalysis`; then a marked claim's card names the feed.
   */
  async function readAgainstEdition(
    folder: string,
    edition: { outlet: string; stories: ReadonlyArray<{ title: string }>; article: { slug: string } },
    expectAnalysis: (view: PopupView) => void,
  ): Promise<Page> {
    await options.bringToFront();
    expect(await subscribe(`/${folder}/feed.xml`)).toBe('Added.');
    const corpus = options.getByTestId('corpus-entry');
    for (const story of edition.stories) await corpus.filter({ hasText: story.title }).waitFor({ timeout: 15_000 });
    const url = `${server.origin}/${folder}/${edition.article.slug}.html`;
    const { page, tabId } = await chrome.openTab(url);
    await chrome.clickToolbarButton(url);
    const popup = await chrome.openPopup(tabId);
    expectAnalysis(await chromiumView(popup, `chromium-popup-${folder}.png`));
    const claimed = (await popupDriver(popup).items()).find((item) => item.claim !== null);
    expect(claimed, `an item with a claim on the article in ${folder}`).toBeDefined();
    await page.bringToFront();
    const { card } = await hoverClaim(pageDriver(page), claimed!.claim!);
    expect(card.items.flatMap((item) => item.outlets)).toContain(edition.outlet);
    await page.screenshot({ path: artifactPath(`e2e/chromium-card-${folder}.png`) });
    return popup;
  }

  it('reads a Chinese article against a Chinese feed: the report of the call is related, the storm is not, and what it adds is listed and marked', async () => {
    const popup = await readAgainstEdition('zh', { outlet: CHINESE_FEED_OUTLET, stories: CHINESE_STORIES, article: CHINESE_ARTICLE }, expectChineseAnalysis);
    await popup.bringToFront();
    await popup.getByTestId('discrepancy').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: artifactPath('e2e/chromium-popup-zh-discrepancy.png') });
  });

  it('reads a French article against a French feed, by French stems and function words: the budget report is related, the farmers’ protest of the same day is not', async () => {
    await readAgainstEdition('fr', { outlet: FRENCH_FEED_OUTLET, stories: FRENCH_STORIES, article: FRENCH_ARTICLE }, expectFrenchAnalysis);
  });
});

describe('Firefox: feed subscriptions in the options page', () => {
  let firefox: FirefoxSession;
  let page: PuppeteerPage;

  beforeAll(async () => {
    firefox = await launchFirefox(requireBuild(DIST_FIREFOX));
  });
  afterAll(async () => {
    await firefox?.close();
  });

  async function subscribeIn(path: string, feeds: number): Promise<string> {
    await page.locator('input[aria-label="Feed address"]').fill(`${server.origin}${path}`);
    await page.locator('::-p-text(Add feed)').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="feed"]').length === n && document.querySelector('[data-testid="feed-message"]') !== null, { timeout: 30_000 }, feeds);
    return page.$eval('[data-testid="feed-message"]', (e) => e.textContent ?? '');
  }

  it('subscribes to a feed and its articles arrive, extracted by the background page itself', async () => {
    page = await firefox.openExtensionPage('options.html');
    await page.waitForFunction(summaryIs, { timeout: 15_000 }, '5 articles');
    expect(await subscribeIn('/feed.xml', 1)).toBe('Added.');
    await page.waitForFunction(summaryIs, { timeout: 15_000 }, '7 articles');
    const [feed] = await page.evaluate(readFeedsInPage);
    expect(feed!.success).toMatch(/: 2 new articles\.$/);
    expect(feed!.skipped).toHaveLength(1);
    await page.screenshot({ path: artifactPath('e2e/firefox-options-feeds.png') as `${string}.png`, fullPage: true });
  });

  it('says what is wrong with a 404 and a redirect loop', async () => {
    expect(await subscribeIn('/missing.xml', 2)).toBe('Added; the first fetch failed: the server answered 404 Not Found.');
    expect(await subscribeIn('/loop.xml', 3)).toBe('Added; the first fetch failed: the address redirects in a loop (or to an address that cannot be reached).');
  });

  it('says, on another outlet’s article that only the feed’s dam story comes near, that the coverage is only loosely related', async () => {
    const { tabId } = await firefox.openTab(`${server.origin}/news/${FARMERS_ARTICLE.slug}.html`);
    const popup = await firefox.openPopup(tabId);
    expectLooseCoverage(await firefoxView(popup, 'firefox-popup-loose-coverage.png'));
  });

  it('reads a Chinese article against a Chinese feed, with Firefox’s own word segmenter', async () => {
    // The options tab is behind the farmers article's: in front, its controls answer at once.
    await page.bringToFront();
    expect(await subscribeIn('/zh/feed.xml', 4)).toBe('Added.');
    await page.waitForFunction((titles) => titles.every((title) => document.body.textContent?.includes(title)), { timeout: 15_000 }, CHINESE_STORIES.map((story) => story.title));
    const { tabId } = await firefox.openTab(`${server.origin}/zh/${CHINESE_ARTICLE.slug}.html`);
    const popup = await firefox.openPopup(tabId);
    // Its claims are marked on the Chinese page: the popup counts them once the page has drawn them.
    await popup.waitForFunction(() => /Highlight claims on the page \(([1-9]\d*) of \1 found\)/.test(document.body.textContent ?? ''), { timeout: 15_000 });
    expectChineseAnalysis(await firefoxView(popup, 'firefox-popup-chinese.png'));
  });
});
