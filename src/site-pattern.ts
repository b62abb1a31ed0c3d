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
