import type { Scripting } from 'webextension-polyfill';
import { AUTO_SITES_KEY } from '../corpus/auto-site-setting';
import type { LocalArea } from '../corpus/capture-setting';
import { AUTO_SCRIPT, sitesSwitchedOff, syncAutoSites, type AutoSiteBrowser } from './auto-sites';

function memoryLocal(initial: Record<string, unknown> = {}): LocalArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
  };
}

function fakeBrowser(granted: string[], registered: string[], options: { manifest?: string[]; listed?: string[] } = {}) {
  const scripts = new Map<string, Scripting.RegisteredContentScript>(
    registered.map((origin) => [`auto:${origin}`, { id: `auto:${origin}`, matches: [origin], js: [AUTO_SCRIPT] }]),
  );
  const local = memoryLocal(options.listed ? { [AUTO_SITES_KEY]: options.listed } : {});
  const browser: AutoSiteBrowser = {
    grantedOrigins: async () => granted,
    manifestOrigins: () => options.manifest ?? [],
    local,
    registered: async () => [...scripts.values()],
    register: async (list) => list.forEach((s) => scripts.set(s.id, s)),
    unregister: async (ids) => ids.forEach((id) => scripts.delete(id)),
  };
  return { browser, scripts, local };
}

describe('syncAutoSites', () => {
  it('registers the load-time script for each site the user switched on and granted', async () => {
    const { browser, scripts } = fakeBrowser(['https://news.example/*'], [], { listed: ['https://news.example/*'] });
    await syncAutoSites(browser);
    expect([...scripts.values()]).toEqual([
      expect.objectContaining({ id: 'auto:https://news.example/*', matches: ['https://news.example/*'], js: [AUTO_SCRIPT], runAt: 'document_idle' }),
    ]);
  });

  it('does not analyze a host that is granted but not switched on (a feed host)', async () => {
    const { browser, scripts, local } = fakeBrowser(['https://news.example/*', 'https://feeds.example/*'], ['https://feeds.example/*'], {
      listed: ['https://news.example/*'],
    });
    await syncAutoSites(browser);
    expect([...scripts.keys()]).toEqual(['auto:https://news.example/*']);
    expect(local.data.get(AUTO_SITES_KEY)).toEqual(['https://news.example/*']);
  });

  it('removes the script of a site whose permission was revoked, and takes it off the list', async () => {
    const { browser, scripts, local } = fakeBrowser(['https://a.example/*'], ['https://a.example/*', 'https://b.example/*'], {
      listed: ['https://a.example/*', 'https://b.example/*'],
    });
    await syncAutoSites(browser);
    expect([...scripts.keys()]).toEqual(['auto:https://a.example/*']);
    expect(local.data.get(AUTO_SITES_KEY)).toEqual(['https://a.example/*']);
    // Granted again later (for a feed, say): it stays off.
    const again = fakeBrowser(['https://a.example/*', 'https://b.example/*'], [...scripts.keys()].map((id) => id.slice(5)), { listed: ['https://a.example/*'] });
    await syncAutoSites(again.browser);
    expect([...again.scripts.keys()]).toEqual(['auto:https://a.example/*']);
  });

  it('takes every granted site into the list when there is none yet (a profile from an earlier version)', async () => {
    const { browser, scripts, local } = fakeBrowser(['https://a.example/*', 'https://b.example/*', 'http://127.0.0.1/*'], ['https://a.example/*'], {
      manifest: ['http://127.0.0.1/*'],
    });
    await syncAutoSites(browser);
    expect(local.data.get(AUTO_SITES_KEY)).toEqual(['https://a.example/*', 'https://b.example/*']);
    expect([...scripts.keys()].sort()).toEqual(['auto:https://a.example/*', 'auto:https://b.example/*']);
  });

  it('migrates once: an empty list written later is not filled again', async () => {
    const { browser, scripts, local } = fakeBrowser(['https://a.example/*'], [], { listed: [] });
    await syncAutoSites(browser);
    expect(scripts.size).toBe(0);
    expect(local.data.get(AUTO_SITES_KEY)).toEqual([]);
  });

  it('analyzes a host the manifest grants (a test build) only once the reader switched it on', async () => {
    const off = fakeBrowser(['http://127.0.0.1/*'], [], { manifest: ['http://127.0.0.1/*'], listed: [] });
    await syncAutoSites(off.browser);
    expect(off.scripts.size).toBe(0);
    const on = fakeBrowser(['http://127.0.0.1/*'], [], { manifest: ['http://127.0.0.1/*'], listed: ['http://127.0.0.1/*'] });
    await syncAutoSites(on.browser);
    expect([...on.scripts.keys()]).toEqual(['auto:http://127.0.0.1/*']);
  });
});

describe('sitesSwitchedOff', () => {
  it('names the sites that left the list', () => {
    expect(sitesSwitchedOff(['https://a.example/*', 'https://b.example/*'], ['https://b.example/*'])).toEqual(['https://a.example/*']);
    expect(sitesSwitchedOff(['https://a.example/*'], ['https://a.example/*', 'https://c.example/*'])).toEqual([]);
    expect(sitesSwitchedOff(['https://a.example/*'], undefined)).toEqual(['https://a.example/*']);
    expect(sitesSwitchedOff(undefined, ['https://a.example/*'])).toEqual([]);
  });
});
