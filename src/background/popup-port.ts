import type { Runtime } from 'webextension-polyfill';
import { isPopupRequest, PORT_NAME, type PopupUpdate } from '../messages';
import { articleKey, bringBackBothWays, setAsideBothWays, type CorpusAddresses } from '../corpus/set-aside-setting';
import type { LocalArea } from '../corpus/capture-setting';
import type { TabAnalyzer } from './tab-analyzer';

/**
 * One change of the set-aside list at a time, whichever popup asks: two quick clicks, or two
 * popups, must not each read it before the other writes.
 */
let changes: Promise<unknown> = Promise.resolve();

/**
 * Where the reader's choices of related articles are kept: on disk, or, for a tab in a private
 * window, only in memory for the browser's session (a private page's address is never written
 * to disk). The analysis reads both.
 */
export interface ChoiceAreas {
  local: LocalArea;
  session: LocalArea;
  /** True when it cannot be known. */
  isPrivate(tabId: number): Promise<boolean>;
}

/**
 * Serves one popup's port: it asks to watch a tab and gets that tab's states until it closes;
 * it can ask to analyze again, and to set a related document aside (or bring them back) first:
 * both ways, so that the tabs showing either side analyze again.
 */
export function servePopupPort(
  port: Pick<Runtime.Port, 'name' | 'onMessage' | 'onDisconnect' | 'postMessage'>,
  analyzer: Pick<TabAnalyzer, 'watch' | 'reanalyze' | 'articleUrl' | 'forgetArticle'>,
  areas: ChoiceAreas,
  corpus: CorpusAddresses,
): void {
  if (port.name !== PORT_NAME) return;
  let unsubscribe: (() => void) | null = null;
  port.onMessage.addListener((message: unknown) => {
    if (!isPopupRequest(message)) return;
    if (message.type === 'reanalyze') {
      analyzer.reanalyze(message.tabId);
      return;
    }
    if (message.type === 'set-aside' || message.type === 'bring-back') {
      const article = analyzer.articleUrl(message.tabId);
      // Nothing to remember the choice by (the result is gone): analyze again as it stands.
      if (!article) return void analyzer.reanalyze(message.tabId);
      const change = async (): Promise<string[]> => {
        if (message.type === 'bring-back') {
          // Brought back wherever it was set aside: on disk or, from a private window, in memory.
          return [...(await bringBackBothWays(areas.local, corpus, article)), ...(await bringBackBothWays(areas.session, corpus, article))];
        }
        const area = (await areas.isPrivate(message.tabId)) ? areas.session : areas.local;
        const address = await setAsideBothWays(area, corpus, article, message.doc);
        return address ? [address] : [];
      };
      changes = changes
        .then(change)
        .then((others) => {
          analyzer.reanalyze(message.tabId);
          // Other tabs showing the article, or a document on the other side of the choice: their result no longer applies.
          const keys = new Set([article, ...others].map(articleKey));
          analyzer.forgetArticle((url) => keys.has(articleKey(url)), message.tabId);
        })
        .catch((error: unknown) => console.error('Lacuna: the choice of related articles could not be saved', error));
      return;
    }
    unsubscribe?.();
    unsubscribe = analyzer.watch(message.tabId, message.force, (state) => {
      const update: PopupUpdate = { type: 'state', tabId: message.tabId, state };
      try {
        port.postMessage(update);
      } catch {
        unsubscribe?.();
      }
    });
  });
  port.onDisconnect.addListener(() => unsubscribe?.());
}
