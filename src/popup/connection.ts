import { isPopupUpdate, PORT_NAME, type PopupRequest, type TabState } from '../messages';

/** The piece of `runtime` the popup's connection uses; a fake serves in tests. */
export interface PortLike {
  postMessage(message: PopupRequest): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface ConnectionOptions {
  connect(name: string): PortLike;
  /** How long to wait for the background's first answer before saying it did not answer. */
  answerTimeoutMs?: number;
  /** How often to reconnect when the worker restarts under us before giving up. */
  maxReconnects?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface TabConnection {
  analyzeAnyway(): void;
  retry(): void;
  /** Analyze again without a related document the reader says tells another story. */
  setAside(doc: string): void;
  /** Analyze again with every document set aside for this article. */
  bringBack(): void;
  close(): void;
}

export const NO_ANSWER =
  "Lacuna's background worker did not answer. Try again; if it keeps happening, reload the extension from the browser's extensions page.";

/**
 * Watches one tab's state through a port to the background. When the service worker
 * restarts the port drops: it reconnects and asks again, so the popup never hangs on a
 * worker that is gone, and says so when no answer comes.
 */
export function connectToTab(tabId: number, onState: (state: TabState) => void, options: ConnectionOptions): TabConnection {
  const timeoutMs = options.answerTimeoutMs ?? 8000;
  const maxReconnects = options.maxReconnects ?? 3;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let port: PortLike | null = null;
  let timer: unknown = null;
  let reconnects = 0;
  let closed = false;
  let force = false;

  const armTimeout = (): void => {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => onState({ kind: 'error', message: NO_ANSWER }), timeoutMs);
  };
  const send = (request: PopupRequest): void => {
    armTimeout();
    port?.postMessage(request);
  };
  const open = (): void => {
    const current = options.connect(PORT_NAME);
    port = current;
    current.onMessage.addListener((message) => {
      if (!isPopupUpdate(message) || message.tabId !== tabId) return;
      if (timer !== null) clearTimer(timer);
      timer = null;
      reconnects = 0;
      onState(message.state);
    });
    current.onDisconnect.addListener(() => {
      if (closed || port !== current) return;
      port = null;
      if (reconnects++ < maxReconnects) open();
      else onState({ kind: 'error', message: NO_ANSWER });
    });
    send({ type: 'watch', tabId, force });
  };

  open();
  return {
    analyzeAnyway() {
      force = true;
      send({ type: 'watch', tabId, force });
    },
    retry() {
      if (port) {
        send({ type: 'reanalyze', tabId });
        return;
      }
      reconnects = 0;
      open();
    },
    setAside(doc) {
      send({ type: 'set-aside', tabId, doc });
    },
    bringBack() {
      send({ type: 'bring-back', tabId });
    },
    close() {
      closed = true;
      if (timer !== null) clearTimer(timer);
      port?.disconnect();
    },
  };
}
