import type { Scripting } from 'webextension-polyfill';
import { AUTO_SCRIPT, syncAutoSites, type AutoSiteBrowser } from './auto-sites';

function fakeBrowser(granted: string[], registered: string[], manifest: string[] = []) {
  const scripts = new Map<string, Scripting.RegisteredContentScript>(
    registered.map((origin) => [`auto:${origin}`, { id: `auto:${origin}`, matches: [origin], js: [AUTO_SCRIPT] }]),
  );
  const browser: AutoSiteBrowser = {
    grantedOrigins: async () => granted,
    manifestOrigins: () => manifest,
    registered: async () => [...scripts.values()],
    register: async (list) => list.forEach((s) => scripts.set(s.id, s)),
    unregister: async (ids) => ids.forEach((id) => scripts.delete(id)),
  };
  return { browser, scripts };
}

describe('syncAutoSites', () => {
  it('registers the load-time script for each site the user granted', async () => {
    const { browser, scripts } = fakeBrowser(['https://news.example/*'], []);
    await syncAutoSites(browser);
    expect([...scripts.values()]).toEqual([
      expect.objectContaining({ id: 'auto:https://news.example/*', matches: ['https://news.example/*'], js: [AUTO_SCRIPT], runAt: 'document_idle' }),
    ]);
  });

  it('removes the script of a site whose permission was revoked, and keeps the others', async () => {
    const { browser, scripts } = fakeBrowser(['https://a.example/*'], ['https://a.example/*', 'https://b.example/*']);
    await syncAutoSites(browser);
    expect([...scripts.keys()]).toEqual(['auto:https://a.example/*']);
  });

  it('does not treat host permissions of the manifest itself as sites the user chose', async () => {
    const { browser, scripts } = fakeBrowser(['http://127.0.0.1/*'], [], ['http://127.0.0.1/*']);
    await syncAutoSites(browser);
    expect(scripts.size).toBe(0);
  });
});
