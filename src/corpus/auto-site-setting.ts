/**
 * The sites the reader chose to analyze automatically: host patterns (`https://example.org/*`)
 * in `storage.local`, set by the popup's switch. A granted host permission alone is not the
 * choice: feed hosts are granted too, and subscribing to a feed must not switch on automatic
 * analysis. Pure over the storage area passed in.
 */
import type { LocalArea } from './capture-setting';

export const AUTO_SITES_KEY = 'autoSites';

/** The listed patterns, or null when the list was never written (a profile from before it existed). */
export async function autoSiteList(area: LocalArea): Promise<string[] | null> {
  const value = (await area.get(AUTO_SITES_KEY))[AUTO_SITES_KEY];
  if (!Array.isArray(value)) return null;
  return value.filter((v): v is string => typeof v === 'string');
}

export async function saveAutoSites(area: LocalArea, patterns: readonly string[]): Promise<string[]> {
  const list = [...new Set(patterns)].sort();
  await area.set({ [AUTO_SITES_KEY]: list });
  return list;
}

/** Adds or removes one pattern; returns the list. */
export async function setAutoSite(area: LocalArea, pattern: string, on: boolean): Promise<string[]> {
  const sites = new Set((await autoSiteList(area)) ?? []);
  if (on) sites.add(pattern);
  else sites.delete(pattern);
  return saveAutoSites(area, [...sites]);
}
