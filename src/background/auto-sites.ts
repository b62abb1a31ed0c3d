import type { Scripting } from 'webextension-polyfill';
import { autoSiteList, saveAutoSites } from '../corpus/auto-site-setting';
import type { LocalArea } from '../corpus/capture-setting';

/** What syncing the automatic-analysis sites needs from the browser. */
export interface AutoSiteBrowser {
  grantedOrigins(): Promise<string[]>;
  /** Host patterns the manifest itself grants (a test build); not sites the user chose. */
  manifestOrigins(): string[];
  /** Where the list of sites the reader switched on is kept (`storage.local`). */
  local: LocalArea;
  registered(): Promise<Scripting.RegisteredContentScript[]>;
  register(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export const AUTO_SCRIPT = 'content-auto.js';
const ID_PREFIX = 'auto:';

/**
 * Registers the load-time script for exactly the sites that are both in the reader's list
 * (the popup's switch) and granted (by the reader's answer to the prompt, or by the manifest
 * of a test build): a host granted for a feed is not analyzed on load, and
 * revoking a site's permission in the browser's settings switches it off (it leaves the
 * list, so granting the host again later, for a feed, does not switch it back on).
 *
 * A profile from before the list existed has none: its granted optional sites were all
 * switched on from the popup, so they become the list, and nobody's setting changes.
 */
export async function syncAutoSites(browser: AutoSiteBrowser): Promise<void> {
  const fixed = new Set(browser.manifestOrigins());
  const granted = new Set(await browser.grantedOrigins());
  const listed = await autoSiteList(browser.local);
  let wanted: Set<string>;
  if (listed === null) {
    // Hosts the manifest itself grants (a test build) were never a reader's choice.
    wanted = new Set([...granted].filter((origin) => !fixed.has(origin)));
    await saveAutoSites(browser.local, [...wanted]);
  } else {
    wanted = new Set(listed.filter((origin) => granted.has(origin)));
    if (wanted.size !== listed.length) await saveAutoSites(browser.local, [...wanted]);
  }
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

/** The sites a change of the list switched off (the reader turned Lacuna off for them). */
export function sitesSwitchedOff(oldList: unknown, newList: unknown): string[] {
  const now = new Set(Array.isArray(newList) ? newList : []);
  return (Array.isArray(oldList) ? oldList : []).filter((site): site is string => typeof site === 'string' && !now.has(site));
}
