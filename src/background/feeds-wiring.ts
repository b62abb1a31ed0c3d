/** Feed subscriptions: fetched on their schedule (alarms), on request from the options page. */
import browser, { type Runtime } from 'webextension-polyfill';
import { isFeedRequest, type FeedReply } from '../messages';
import { originPattern } from '../site-pattern';
import type { CorpusStore } from './corpus-store';
import { FEED_ALARM, FeedService } from './feeds';
import { extractWithDomParser, offscreenExtractor, type OffscreenApi } from './page-extract';
import { errorText } from '../error-text';

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

/** `fromExtensionPage`: feed requests are taken only from the extension's own pages. */
export function wireFeeds(store: CorpusStore, fromExtensionPage: (sender: Runtime.MessageSender) => boolean): void {
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
    return answer.catch((error: unknown): FeedReply => ({ ok: false, message: errorText(error) }));
  });

  feeds.resume().catch((error: unknown) => console.error('Lacuna: the feeds could not be scheduled', error));
}
