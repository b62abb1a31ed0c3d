/** Automatic analysis on load: the content script registered for the sites the reader switched on and granted. */
import browser from 'webextension-polyfill';
import { AUTO_SITES_KEY } from '../corpus/auto-site-setting';
import { sitesSwitchedOff, syncAutoSites, type AutoSiteBrowser } from './auto-sites';

const autoSites: AutoSiteBrowser = {
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
  manifestOrigins: () => browser.runtime.getManifest().host_permissions ?? [],
  local: browser.storage.local,
  registered: () => browser.scripting.getRegisteredContentScripts(),
  register: (scripts) => browser.scripting.registerContentScripts(scripts),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
};

/**
 * Keeps the registration in step with the permissions and the reader's list; `switchedOff`
 * hears each site taken off the list (its open pages lose their results and marks).
 */
export function wireAutoSites(switchedOff: (site: string) => void): void {
  // One sync at a time: two at once would register the same script twice.
  let autoSync: Promise<void> = Promise.resolve();
  const resyncAutoSites = (): void => {
    autoSync = autoSync
      .then(() => syncAutoSites(autoSites))
      .catch((error: unknown) => console.error('Lacuna: automatic analysis sites could not be updated', error));
  };
  browser.permissions.onAdded.addListener(resyncAutoSites);
  browser.permissions.onRemoved.addListener(resyncAutoSites);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(AUTO_SITES_KEY in changes)) return;
    resyncAutoSites();
    const { oldValue, newValue } = changes[AUTO_SITES_KEY]!;
    for (const site of sitesSwitchedOff(oldValue, newValue)) switchedOff(site);
  });
  resyncAutoSites();
}
