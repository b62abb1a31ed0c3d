import type { TabState } from '../messages';

/** The part of `storage.session` the cache needs; a Map-backed fake serves in tests. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** States worth keeping across a service-worker restart: the finished ones. */
export type FinalState = Extract<TabState, { kind: 'done' | 'no-related' | 'not-article' }>;

export function isFinalState(state: TabState): state is FinalState {
  return state.kind === 'done' || state.kind === 'no-related' || state.kind === 'not-article';
}

const keyOf = (tabId: number): string => `tab:${tabId}`;

/**
 * A tab's finished analysis, kept in session storage so that an MV3 service-worker restart
 * does not lose it; cleared when the tab navigates or closes, and by the browser on exit.
 */
export class TabCache {
  constructor(private readonly area: SessionArea) {}

  async get(tabId: number): Promise<FinalState | null> {
    const stored = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
    if (typeof stored !== 'object' || stored === null) return null;
    const state = stored as TabState;
    return isFinalState(state) ? state : null;
  }

  async set(tabId: number, state: FinalState): Promise<void> {
    await this.area.set({ [keyOf(tabId)]: state });
  }

  async delete(tabId: number): Promise<void> {
    await this.area.remove(keyOf(tabId));
  }
}
