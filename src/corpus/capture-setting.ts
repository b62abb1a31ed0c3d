/** Whether analyzed articles are kept in the corpus automatically: on until the reader pauses it, never for the sites the reader lists. */

/** The part of `storage.local` the capture setting needs. */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const CAPTURE_PAUSED_KEY = 'capturePaused';

/** Automatic capture is on until the reader pauses it. */
export async function isCapturePaused(area: LocalArea): Promise<boolean> {
  return (await area.get(CAPTURE_PAUSED_KEY))[CAPTURE_PAUSED_KEY] === true;
}

export async function setCapturePaused(area: LocalArea, paused: boolean): Promise<void> {
  await area.set({ [CAPTURE_PAUSED_KEY]: paused });
}

/** Sites whose articles are never kept automatically: hosts, in `storage.local`. */
export const NEVER_CAPTURE_KEY = 'neverCaptureSites';

/**
 * The site the reader means, as it is listed: the host of an address or a bare host,
 * lower-cased, without a leading `www.`; or why it is not one.
 */
export function parseSite(input: string): { ok: true; host: string } | { ok: false; reason: string } {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'Give a site, such as example.org, or the address of one of its pages.' };
  let url: URL | null = null;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    url = null;
  }
  const host = url?.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '') ?? '';
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /\s/.test(text)) {
    return { ok: false, reason: `“${text}” is not a web site: give a host such as example.org, or the address of one of its pages.` };
  }
  return { ok: true, host };
}

/** The listed site an address belongs to (the host itself or a subdomain of it), or null. */
export function listedSiteOf(url: string | null, sites: readonly string[]): string | null {
  if (!url) return null;
  const site = parseSite(url);
  if (!site.ok) return null;
  return sites.find((listed) => site.host === listed || site.host.endsWith(`.${listed}`)) ?? null;
}

export async function neverCaptureSites(area: LocalArea): Promise<string[]> {
  const value = (await area.get(NEVER_CAPTURE_KEY))[NEVER_CAPTURE_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Adds or removes a host (as `parseSite` gives it) and returns the list, sorted. */
export async function setNeverCapture(area: LocalArea, host: string, never: boolean): Promise<string[]> {
  const sites = new Set(await neverCaptureSites(area));
  if (never) sites.add(host);
  else sites.delete(host);
  const list = [...sites].sort();
  await area.set({ [NEVER_CAPTURE_KEY]: list });
  return list;
}
