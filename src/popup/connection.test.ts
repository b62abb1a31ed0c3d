import type { PopupRequest, TabState } from '../messages';
import { connectToTab, NO_ANSWER, type PortLike } from './connection';

class FakePort implements PortLike {
  sent: PopupRequest[] = [];
  private messageListeners: Array<(m: unknown) => void> = [];
  private disconnectListeners: Array<() => void> = [];
  disconnected = false;
  postMessage(message: PopupRequest) {
    this.sent.push(message);
  }
  onMessage = { addListener: (l: (m: unknown) => void) => void this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => void this.disconnectListeners.push(l) };
  disconnect() {
    this.disconnected = true;
  }
  deliver(message: unknown) {
    this.messageListeners.forEach((l) => l(message));
  }
  drop() {
    this.disconnectListeners.forEach((l) => l());
  }
}

function setup(maxReconnects = 2) {
  const ports: FakePort[] = [];
  const timers: Array<{ callback: () => void; cleared: boolean }> = [];
  const states: TabState[] = [];
  const connection = connectToTab(12, (s) => states.push(s), {
    connect: () => {
      const port = new FakePort();
      ports.push(port);
      return port;
    },
    maxReconnects,
    setTimer: (callback) => {
      const timer = { callback, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => void ((handle as { cleared: boolean }).cleared = true),
  });
  const fireTimers = () => timers.filter((t) => !t.cleared).forEach((t) => t.callback());
  return { connection, ports, states, fireTimers };
}

const done: TabState = { kind: 'error', message: 'x' };

describe('connectToTab', () => {
  it('asks the background to watch the tab and passes on its states', () => {
    const { ports, states } = setup();
    expect(ports[0]?.sent).toEqual([{ type: 'watch', tabId: 12, force: false }]);
    ports[0]?.deliver({ type: 'state', tabId: 12, state: done });
    ports[0]?.deliver({ type: 'state', tabId: 99, state: { kind: 'error', message: 'other tab' } });
    expect(states).toEqual([done]);
  });

  it('reconnects and asks again when the worker restarts under it', () => {
    const { ports } = setup();
    ports[0]?.drop();
    expect(ports).toHaveLength(2);
    expect(ports[1]?.sent).toEqual([{ type: 'watch', tabId: 12, force: false }]);
  });

  it('says the background did not answer instead of waiting for ever', () => {
    const { states, fireTimers } = setup();
    fireTimers();
    expect(states).toEqual([{ kind: 'error', message: NO_ANSWER }]);
  });

  it('gives up after repeated disconnects, saying so', () => {
    const { ports, states } = setup(1);
    ports[0]?.drop();
    ports[1]?.drop();
    expect(ports).toHaveLength(2);
    expect(states).toEqual([{ kind: 'error', message: NO_ANSWER }]);
  });

  it('asks for a forced analysis, and for a new one on retry', () => {
    const { connection, ports } = setup();
    connection.analyzeAnyway();
    connection.retry();
    expect(ports[0]?.sent.slice(1)).toEqual([
      { type: 'watch', tabId: 12, force: true },
      { type: 'reanalyze', tabId: 12 },
    ]);
  });

  it('asks to analyze again without a related document, or with all those set aside', () => {
    const { connection, ports } = setup();
    connection.setAside('https://other.example/deals');
    connection.bringBack();
    expect(ports[0]?.sent.slice(1)).toEqual([
      { type: 'set-aside', tabId: 12, doc: 'https://other.example/deals' },
      { type: 'bring-back', tabId: 12 },
    ]);
  });

  it('a retry after giving up connects again', () => {
    const { connection, ports } = setup(0);
    ports[0]?.drop();
    connection.retry();
    expect(ports).toHaveLength(2);
  });
});
