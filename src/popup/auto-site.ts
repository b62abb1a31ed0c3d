/**
 * The popup's "Analyze automatically on this site" switch: on means the site's host
 * permission is granted AND the site is in the reader's list (a host granted only for a
 * feed is not analyzed on load). The background registers the load-time script from both
 * (background/auto-sites.ts).
 */
import { autoSiteList, setAutoSite } from '../corpus/auto-site-setting';
import type { LocalArea } from '../corpus/capture-setting';
import { feedList } from '../corpus/feed-setting';
import type { TabState } from '../messages';
import { originPattern } from '../site-pattern';

/**
 * The address whose site the switch is about: the one the tab shows. An article's own address
 * can be its canonical one on another host (a mobile or regional edition, a republished copy),
 * where access would not let Lacuna analyze this tab's site.
 */
export function tabAddress(state: TabState | null): string | null {
  if (!state) return null;
  if ('page' in state && state.page) return state.page;
  return 'url' in state ? state.url : null;
}

export interface AutoSiteDeps {
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  local: LocalArea;
}

export async function isAutoSite(deps: AutoSiteDeps, pattern: string): Promise<boolean> {
  const [granted, listed] = await Promise.all([deps.permissions.contains({ origins: [pattern] }), autoSiteList(deps.local)]);
  return granted && (listed ?? []).includes(pattern);
}

/**
 * Switches a site on or off; resolves to whether it is on afterwards. Call it inside the
 * click: the permission request starts before anything is awaited, as browsers only prompt
 * during a user gesture. Off keeps the host permission when a feed on that host needs it.
 * Off also takes the site's results and marks off its open pages (the background does, on
 * the list's change).
 */
export function toggleAutoSite(deps: AutoSiteDeps, pattern: string, enabled: boolean): Promise<boolean> {
  if (enabled) {
    const asked = deps.permissions.request({ origins: [pattern] });
    return asked.then(async (granted) => {
      if (granted) await setAutoSite(deps.local, pattern, true);
      return granted;
    });
  }
  return (async () => {
    await setAutoSite(deps.local, pattern, false);
    const feedNeedsIt = (await feedList(deps.local)).some((feed) => originPattern(feed.url) === pattern);
    // Off once off the list; a browser that keeps the permission (one the build requires) changes nothing.
    if (!feedNeedsIt) await deps.permissions.remove({ origins: [pattern] }).catch(() => false);
    return false;
  })();
}
