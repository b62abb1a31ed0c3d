/**
 * The host pattern a site's optional permission is requested and granted for
 * (`https://example.com/*`), or null for pages that are not on the web (browser pages, files).
 */
export function originPattern(pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** The host a pattern from `originPattern` is for, as shown to the reader. */
export function patternHost(pattern: string): string {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}

/** The prefix of one of a site's other editions. */
const EDITION = /^(?:www\d?|m|amp|mobile)\./;

/** The host without the prefixes of a site's other editions ("www.", "m.", "amp."), never down to less than a site. */
function siteHost(url: URL): string {
  // "news.example." is news.example.
  let host = url.hostname.toLowerCase().replace(/\.$/, '');
  for (;;) {
    const rest = host.replace(EDITION, '');
    if (rest === host || !isSite(rest)) return host;
    host = rest;
  }
}

/**
 * Whether a host can be a site of its own, not a suffix under which anyone registers one:
 * two labels or more, and not a country's second level ("co.uk", "com.au", "ne.jp").
 */
function isSite(host: string): boolean {
  const labels = host.split('.');
  if (labels.length < 2) return false;
  return !(labels.length === 2 && labels[1]!.length === 2 && SECOND_LEVELS.has(labels[0]!));
}

/** Second-level labels under which countries register domains (no public-suffix list is bundled). */
const SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'gouv', 'nic', 'mil']);

/**
 * Whether two addresses are on one site: the same host but for the edition prefixes, or one
 * host inside the other ("amp.news.example" and "news.example"). Hosts that merely share a
 * domain suffix ("a.co.uk", "b.co.uk") are not. False when either is no web address.
 */
export function sameSite(a: string, b: string): boolean {
  let first: URL;
  let second: URL;
  try {
    first = new URL(a);
    second = new URL(b);
  } catch {
    return false;
  }
  const [x, y] = [siteHost(first), siteHost(second)];
  return x === y || (isSite(y) && x.endsWith(`.${y}`)) || (isSite(x) && y.endsWith(`.${x}`));
}

/** A page's host as an outlet's name when nothing better can be trusted ("news.example"). */
export function hostName(pageUrl: string): string | null {
  try {
    return new URL(pageUrl).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}
