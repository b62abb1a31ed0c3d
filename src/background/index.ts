import browser, { type Runtime, type Scripting } from 'webextension-polyfill';
import { isCorpusChanged, isCorpusRequest, isFromContent, type ExtractReply, type ToContent } from '../messages';
import { originPattern } from '../site-pattern';
import { FEEDS_KEY } from '../corpus/feed-setting';
import { setAsideFor } from '../corpus/set-aside-setting';
import { BADGE_COLOUR, badgeTitle, LOOSE_BADGE_COLOUR } from './badge';
import { wireAutoSites } from './auto-sites-wiring';
import { TabAddresses } from './navigation';
import { addArticleFromTab, captureAnalyzed, type CaptureDeps } from './capture';
import { corpusAnalysis } from './corpus-analysis';
import { extractInTab } from './extract-in-tab';
import { wireFeeds } from './feeds-wiring';
import { extensionCorpusStore } from './store/extension-store';
import { idbIndexStorage } from './store/idb-index-storage';
import { servePopupPort } from './popup-port';
import { TabAnalyzer } from './tab-analyzer';
import { TabCache } from './tab-cache';

const store = extensionCorpusStore();

const tabs = { executeScript: (o: Scripting.ScriptInjection) => browser.scripting.executeScript(o), sendMessage: (id: number, m: ToContent) => browser.tabs.sendMessage(id, m) };

const isPrivate = async (tabId: number): Promise<boolean> => {
  try {
    return (await browser.tabs.get(tabId)).incognito;
  } catch {
    return true; // unknown: never risk keeping a private page
  }
};

const capture: CaptureDeps = { store, local: browser.storage.local, isPrivate };

const toPage = (tabId: number, message: ToContent): void => {
  browser.tabs.sendMessage(tabId, message).catch(() => undefined);
};

// Choices made in private windows are kept in session storage, in memory only (popup-port.ts).
const setAside = async (article: string | null): Promise<string[]> => [
  ...new Set([...(await setAsideFor(browser.storage.local, article)), ...(await setAsideFor(browser.storage.session, article))]),
];
const corpusIndex = corpusAnalysis(store, idbIndexStorage(indexedDB), setAside);
// The options page tells the background each change it makes to the corpus (an import, a
// deletion), waking a stopped worker, and the feeds write their status with the articles they
// bring: index the change now rather than when the next article is analyzed.
const syncIndexNow = (): void => {
  corpusIndex.sync().catch((error: unknown) => console.error('Lacuna: the index could not be brought up to date', error));
};

const DEFAULT_TITLE = browser.runtime.getManifest().action?.default_title ?? 'Lacuna';

const addresses: TabAddresses = new TabAddresses((tabId): Promise<string | undefined> => analyzer.cachedAddress(tabId));

const analyzer = new TabAnalyzer({
  extract: (tabId, force): Promise<ExtractReply> => extractInTab(tabs, tabId, force, addresses.movedMs(tabId)),
  analyze: corpusIndex.analyze,
  cache: new TabCache(browser.storage.session),
  setBadge: (tabId, text, loose = false) => {
    browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    browser.action.setTitle({ tabId, title: badgeTitle(text, loose, DEFAULT_TITLE) }).catch(() => undefined);
    if (text) browser.action.setBadgeBackgroundColor({ tabId, color: loose ? LOOSE_BADGE_COLOUR : BADGE_COLOUR }).catch(() => undefined);
  },
  analyzed: (tabId, article, page) => {
    captureAnalyzed(capture, tabId, article, page).catch((error: unknown) => console.error('Lacuna: the article could not be kept in the corpus', error));
  },
  showMarks: (tabId, marks) => toPage(tabId, { type: 'show-marks', marks }),
  clearMarks: (tabId) => toPage(tabId, { type: 'clear-marks' }),
});

const corpusAddresses = { idsAt: (url: string) => store.idsAt(url), urlOf: async (id: string) => (await store.get(id))?.url ?? null };
browser.runtime.onConnect.addListener((port) => servePopupPort(port, analyzer, { local: browser.storage.local, session: browser.storage.session, isPrivate }, corpusAddresses));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (isFromContent(message) && tabId !== undefined) analyzer.acceptArticle(tabId, message.article, sender.tab?.url);
  return undefined;
});

/** Corpus and feed requests come only from the extension's own pages (popup, options), never a content script. */
const fromExtensionPage = (sender: Runtime.MessageSender): boolean => !!sender.url?.startsWith(browser.runtime.getURL(''));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (isCorpusChanged(message) && fromExtensionPage(sender)) syncIndexNow();
  return undefined;
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isCorpusRequest(message) || !fromExtensionPage(sender)) return undefined;
  return addArticleFromTab({ store, extract: (tabId) => extractInTab(tabs, tabId, true) }, message.tabId);
});

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  void addresses.navigates(tabId, change, tab.url).then((moved) => moved && analyzer.navigated(tabId));
});
browser.tabs.onRemoved.addListener((tabId) => {
  addresses.closed(tabId);
  analyzer.invalidate(tabId, true);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && FEEDS_KEY in changes) syncIndexNow();
});
wireAutoSites((site) => analyzer.forgetPages((url) => originPattern(url) === site));
wireFeeds(store, fromExtensionPage);
