import type { Scripting } from 'webextension-polyfill';

/** What syncing the automatic-analysis sites needs from the browser. */
export interface AutoSiteBrowser {
  grantedOrigins(): Promise<string[]>;
  /** Host patterns the manifest itself grants (a test build); not sites the user chose. */
  manifestOrigins(): string[];
  registered(): Promise<Scripting.RegisteredContentScript[]>;
  register(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export const AUTO_SCRIPT = 'content-auto.js';
const ID_PREFIX = 'auto:';

/**
 * The user's choice of sites is the set of optional host permissions they granted: one
 * registered content script per granted site, none for any other. Keeps no list of its own,
 * so revoking the permission in the browser's settings switches the site off too.
 */
export async function syncAutoSites(browser: AutoSiteBrowser): Promise<void> {
  const fixed = new Set(browser.manifestOrigins());
  const wanted = new Set((await browser.grantedOrigins()).filter((origin) => !fixed.has(origin)));
  const present = (await browser.registered()).filter((script) => script.id.startsWith(ID_PREFIX));
  const stale = present.filter((script) => !wanted.has(script.id.slice(ID_PREFIX.length))).map((script) => script.id);
  if (stale.length) await browser.unregister(stale);
  const have = new Set(present.map((script) => script.id.slice(ID_PREFIX.length)));
  const missing = [...wanted].filter((origin) => !have.has(origin));
  if (missing.length) {
    await browser.register(
      missing.map((origin) => ({
        id: `${ID_PREFIX}${origin}`,
        matches: [origin],
        js: [AUTO_SCRIPT],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}

