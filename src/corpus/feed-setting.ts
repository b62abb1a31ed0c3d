/**
 * The reader's feed subscriptions and each one's status, kept in `storage.local` under one
 * key. Only the background writes it (one queue, so no write is lost); extension pages read
 * it and watch it change. Pure over the storage area passed in.
 */
import type { LocalArea } from './capture-setting';

export const FEEDS_KEY = 'feeds';

export interface FeedState {
  /** The feed's address, as subscribed. */
  url: string;
  /** The feed's own title, once fetched. */
  title: string | null;
  addedAt: number;
  lastAttempt: number | null;
  lastSuccess: number | null;
  /** Articles stored by the last successful fetch. */
  lastAdded: number | null;
  /** The last failed fetch, kept after later successes (compare its time with lastSuccess). */
  lastFailure: { at: number; reason: string } | null;
  /** Failures in a row (for the back-off). */
  failures: number;
  /** When the feed is next due. */
  nextFetch: number;
  /** Items of the last fetch that were not stored, and why. */
  skipped: Array<{ item: string; reason: string }>;
  /** Items already handled (their address or id), newest first: not fetched again. */
  seen: string[];
}

function isFeedState(value: unknown): value is FeedState {
  const v = value as Partial<FeedState> | null;
  return typeof v === 'object' && v !== null && typeof v.url === 'string' && typeof v.nextFetch === 'number' && Array.isArray(v.seen) && Array.isArray(v.skipped);
}

export async function feedList(area: LocalArea): Promise<FeedState[]> {
  const value = (await area.get(FEEDS_KEY))[FEEDS_KEY];
  return Array.isArray(value) ? value.filter(isFeedState) : [];
}

export async function saveFeeds(area: LocalArea, feeds: readonly FeedState[]): Promise<void> {
  await area.set({ [FEEDS_KEY]: feeds });
}

/**
 * The feed address the reader means, or why it is not one: http or https only, no
 * credentials in it, the fragment dropped.
 */
export function parseFeedUrl(input: string): { ok: true; url: string } | { ok: false; reason: string } {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'Give the address of an RSS or Atom feed, such as https://example.org/feed.xml.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: `“${text}” is not a web address: give one such as https://example.org/feed.xml.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `“${text}” is not a web address (http or https): Lacuna can only fetch feeds from the web.` };
  if (url.username || url.password) return { ok: false, reason: `“${text}” holds a user name or password; give the feed's address without them.` };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return { ok: false, reason: `“${text}” names no site: give an address such as https://example.org/feed.xml.` };
  url.hash = '';
  return { ok: true, url: url.href };
}
