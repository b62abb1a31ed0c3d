import type { Runtime } from 'webextension-polyfill';
import { isPopupRequest, PORT_NAME, type PopupUpdate } from '../messages';
import type { TabAnalyzer } from './tab-analyzer';

/** Serves one popup's port: it asks to watch a tab and gets that tab's states until it closes. */
export function servePopupPort(port: Runtime.Port, analyzer: TabAnalyzer): void {
  if (port.name !== PORT_NAME) return;
  let unsubscribe: (() => void) | null = null;
  port.onMessage.addListener((message: unknown) => {
    if (!isPopupRequest(message)) return;
    if (message.type === 'reanalyze') {
      analyzer.reanalyze(message.tabId);
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
