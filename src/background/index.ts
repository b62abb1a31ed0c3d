import browser, { type Runtime, type Scripting } from 'webextension-polyfill';
import { isCorpusChanged, isCorpusRequest, isFeedRequest, isFromContent, type FeedReply, type ToContent } from '../messages';
import { originPattern } from '../site-pattern';
import { AUTO_SITES_KEY } from '../corpus/auto-site-setting';
import { FEEDS_KEY } from '../corpus/feed-setting';
import { sitesSwitchedOff, syncAutoSites, type AutoSiteBrowser } from './auto-sites';
import { addArticleFromTab, captureAnalyzed, type CaptureDeps } from './capture';
import { corpusAnalysis } from './corpus-analysis';
import { extractInTab } from './extract-in-tab';
import { FEED_ALARM, FeedService } from './feeds';
import { extractWithDomParser, offscreenExtractor, type OffscreenApi } from './page-extract';
import { extensionCorpusStore } from './store/extension-store';
import { idbIndexStorage } from './store/idb-index-storage';
import { servePopupPort } from './popup-port';
import { TabAnalyzer } from './tab-analyzer';
import { TabCache } from './tab-cache';

const store = extensionCorpusStore();

const tabs = { executeScript: (o: Scripting.ScriptInjection) => browser.scripting.executeScript(o), sendMessage: (id: number, m: ToContent) => browser.tabs.sendMessage(id, m) };

const capture: CaptureDeps = {
  store,
  local: browser.storage.local,
  isPrivate: async (tabId) => {
    try {
      return (await browser.tabs.get(tabId)).incognito;
    } catch {
      return true; // unknown: never risk keeping a private page
    }
  },
};

const toPage = (tabId: number, message: ToContent): void => {
  browser.tabs.sendMessage(tabId, message).catch(() => undefined);
};

const corpusIndex = corpusAnalysis(store, idbIndexStorage(indexedDB));
// The options page tells the background each change it makes to the corpus (an import, a
// deletion), waking a stopped worker, and the feeds write their status with the articles they
// bring: index the change now rather than when the next article is analyzed.
const syncIndexNow = (): void => {
  corpusIndex.sync().catch((error: unknown) => console.error('Lacuna: the index could not be brought up to date', error));
};

const analyzer = new TabAnalyzer({
  extract: (tabId, force) => extractInTab(tabs, tabId, force),
  analyze: corpusIndex.analyze,
  cache: new TabCache(browser.storage.session),
  setBadge: (tabId, text) => {
    browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    if (text) browser.action.setBadgeBackgroundColor({ tabId, color: '#27306b' }).catch(() => undefined);
  },
  analyzed: (tabId, article) => {
    captureAnalyzed(capture, tabId, article).catch((error: unknown) => console.error('Lacuna: the article could not be kept in the corpus', error));
  },
  showMarks: (tabId, marks) => toPage(tabId, { type: 'show-marks', marks }),
  clearMarks: (tabId) => toPage(tabId, { type: 'clear-marks' }),
});

browser.runtime.onConnect.addListener((port) => servePopupPort(port, analyzer));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (isFromContent(message) && tabId !== undefined) analyzer.acceptArticle(tabId, message.article);
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

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' || change.url !== undefined) analyzer.invalidate(tabId, false);
});
browser.tabs.onRemoved.addListener((tabId) => analyzer.invalidate(tabId, true));

const autoSites: AutoSiteBrowser = {
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
  manifestOrigins: () => browser.runtime.getManifest().host_permissions ?? [],
  local: browser.storage.local,
  registered: () => browser.scripting.getRegisteredContentScripts(),
  register: (scripts) => browser.scripting.registerContentScripts(scripts),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
};
// One sync at a time: two at once would register the same script twice.
let autoSync: Promise<void> = Promise.resolve();
const resyncAutoSites = (): void => {
  autoSync = autoSync
    .then(() => syncAutoSites(autoSites))
    .catch((error: unknown) => console.error('Lacuna: automatic analysis sites could not be updated', error));
};
browser.permissions.onAdded.addListener(resyncAutoSites);
browser.permissions.onRemoved.addListener(resyncAutoSites);
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && FEEDS_KEY in changes) syncIndexNow();
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(AUTO_SITES_KEY in changes)) return;
  resyncAutoSites();
  const { oldValue, newValue } = changes[AUTO_SITES_KEY]!;
  for (const site of sitesSwitchedOff(oldValue, newValue)) analyzer.forgetPages((url) => originPattern(url) === site);
});
resyncAutoSites();

// ---- feeds ----

/** Chrome's offscreen API (Chrome only: Firefox's background page has a DOMParser of its own). */
const chromeOffscreen = (): OffscreenApi => {
  const chrome = (globalThis as unknown as {
    chrome: {
      offscreen: { createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void> };
      runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
    };
  }).chrome;
  return {
    hasDocument: async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0,
    createDocument: (parameters) => chrome.offscreen.createDocument(parameters),
  };
};

const feeds = new FeedService({
  fetch: (url, init) => fetch(url, init),
  local: browser.storage.local,
  now: () => Date.now(),
  store,
  extract: typeof DOMParser === 'function' ? async (html, url) => extractWithDomParser(html, url) : offscreenExtractor(chromeOffscreen(), (message) => browser.runtime.sendMessage(message)),
  mayFetch: async (url) => {
    const pattern = originPattern(url);
    return pattern !== null && browser.permissions.contains({ origins: [pattern] });
  },
  removePermission: async (pattern) => {
    await browser.permissions.remove({ origins: [pattern] });
  },
  alarms: { create: (name, info) => browser.alarms.create(name, info), clear: (name) => browser.alarms.clear(name), get: (name) => browser.alarms.get(name) },
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FEED_ALARM) feeds.runDue().catch((error: unknown) => console.error('Lacuna: the feeds could not be fetched', error));
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isFeedRequest(message) || !fromExtensionPage(sender)) return undefined;
  const answer = message.type === 'feed-add' ? feeds.add(message.url) : message.type === 'feed-remove' ? feeds.remove(message.url) : feeds.fetchNow(message.url);
  return answer.catch((error: unknown): FeedReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }));
});

feeds.resume().catch((error: unknown) => console.error('Lacuna: the feeds could not be scheduled', error));
