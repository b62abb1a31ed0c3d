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

/** The host without the prefixes of a site's other editions ("www.", "m.", "amp.", "mobile."). */
function siteHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(?:(?:www\d?|m|amp|mobile)\.)+/, '');
}

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
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** A page's host as an outlet's name when nothing better can be trusted ("news.example"). */
export function hostName(pageUrl: string): string | null {
  try {
    return new URL(pageUrl).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}
