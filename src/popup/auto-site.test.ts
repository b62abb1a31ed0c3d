import { AUTO_SITES_KEY } from '../corpus/auto-site-setting';
import type { LocalArea } from '../corpus/capture-setting';
import { FEEDS_KEY } from '../corpus/feed-setting';
import type { TabState } from '../messages';
import { isAutoSite, tabAddress, toggleAutoSite, type AutoSiteDeps } from './auto-site';

function fakes(granted: string[], initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  const local: LocalArea = {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
  };
  const origins = new Set(granted);
  let answer = true;
  const calls: string[] = [];
  const deps: AutoSiteDeps = {
    local,
    permissions: {
      contains: async ({ origins: [o] }) => origins.has(o!),
      request: ({ origins: [o] }) => {
        calls.push(`request ${o}`);
        if (answer) origins.add(o!);
        return Promise.resolve(answer);
      },
      remove: async ({ origins: [o] }) => {
        calls.push(`remove ${o}`);
        return origins.delete(o!);
      },
    },
  };
  return { deps, data, origins, calls, refuse: () => (answer = false) };
}

const SITE = 'https://news.example/*';

describe('the popup switch for automatic analysis', () => {
  it('asks for the permission before anything is awaited, then lists the site', async () => {
    const { deps, data, calls } = fakes([]);
    const pending = toggleAutoSite(deps, SITE, true);
    // Synchronously, inside the click:
    expect(calls).toEqual([`request ${SITE}`]);
    expect(await pending).toBe(true);
    expect(data.get(AUTO_SITES_KEY)).toEqual([SITE]);
    expect(await isAutoSite(deps, SITE)).toBe(true);
  });

  it('stays off and lists nothing when the reader refuses the prompt', async () => {
    const { deps, data, refuse } = fakes([]);
    refuse();
    expect(await toggleAutoSite(deps, SITE, true)).toBe(false);
    expect(data.has(AUTO_SITES_KEY)).toBe(false);
  });

  it('is off for a host granted only for a feed', async () => {
    const { deps } = fakes([SITE], { [AUTO_SITES_KEY]: [] });
    expect(await isAutoSite(deps, SITE)).toBe(false);
  });

  it('off: takes the site off the list and gives the permission back', async () => {
    const { deps, data, origins } = fakes([SITE], { [AUTO_SITES_KEY]: [SITE] });
    expect(await toggleAutoSite(deps, SITE, false)).toBe(false);
    expect(data.get(AUTO_SITES_KEY)).toEqual([]);
    expect(origins.has(SITE)).toBe(false);
  });

  it('off: keeps the permission when a feed on that host needs it', async () => {
    const feed = { url: 'https://news.example/rss.xml', title: null, addedAt: 0, lastAttempt: null, lastSuccess: null, lastAdded: null, lastFailure: null, failures: 0, nextFetch: 0, skipped: [], seen: [] };
    const { deps, data, origins, calls } = fakes([SITE], { [AUTO_SITES_KEY]: [SITE], [FEEDS_KEY]: [feed] });
    expect(await toggleAutoSite(deps, SITE, false)).toBe(false);
    expect(data.get(AUTO_SITES_KEY)).toEqual([]);
    expect(origins.has(SITE)).toBe(true);
    expect(calls).toEqual([]);
    expect(await isAutoSite(deps, SITE)).toBe(false);
  });

  it('off: is off even when the browser will not give the permission back (a build that requires it)', async () => {
    const { deps, data } = fakes([SITE], { [AUTO_SITES_KEY]: [SITE] });
    deps.permissions.remove = () => Promise.reject(new Error('You cannot remove required permissions.'));
    expect(await toggleAutoSite(deps, SITE, false)).toBe(false);
    expect(data.get(AUTO_SITES_KEY)).toEqual([]);
    expect(await isAutoSite(deps, SITE)).toBe(false);
  });
});

describe('the site the switch is about', () => {
  const done = (page?: string): TabState => ({
    kind: 'done',
    url: 'https://www.news.example/story',
    ...(page ? { page } : {}),
    title: null,
    source: null,
    corpusSize: 5,
    truncated: false,
    analysis: { version: 1, article: { title: null, sentences: 1 }, related: [], omitted: [], discrepancies: [] },
  });

  it('is the one the tab shows, not the article’s canonical address on another host', () => {
    expect(tabAddress(done('https://m.news.example/story'))).toBe('https://m.news.example/story');
  });

  it('is the article’s address when the tab’s is not known, and none before any answer', () => {
    expect(tabAddress(done())).toBe('https://www.news.example/story');
    expect(tabAddress({ kind: 'not-article', url: 'https://news.example/', title: null, reason: 'a list' })).toBe('https://news.example/');
    expect(tabAddress({ kind: 'analyzing', stage: 'reading', progress: 0 })).toBeNull();
    expect(tabAddress(null)).toBeNull();
  });
});
