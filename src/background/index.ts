import browser, { type Runtime, type Scripting } from 'webextension-polyfill';
import { isCorpusRequest, isFromContent, type ToContent } from '../messages';
import { AUTO_SITES_KEY } from '../corpus/auto-site-setting';
import { syncAutoSites, type AutoSiteBrowser } from './auto-sites';
import { addArticleFromTab, captureAnalyzed, type CaptureDeps } from './capture';
import { corpusAnalysis } from './corpus-analysis';
import { extractInTab } from './extract-in-tab';
import { extensionCorpusStore } from './store/extension-store';
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

const analyzer = new TabAnalyzer({
  extract: (tabId, force) => extractInTab(tabs, tabId, force),
  analyze: corpusAnalysis(store),
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

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only the extension's own pages (popup, options) ask for this, never a content script.
  if (!isCorpusRequest(message) || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
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
  if (area === 'local' && AUTO_SITES_KEY in changes) resyncAutoSites();
});
resyncAutoSites();
