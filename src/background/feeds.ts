/**
 * Feed subscriptions: the only network traffic Lacuna makes. Each feed is fetched when the
 * reader adds it, when they press "Fetch now", and on a schedule (an alarm at the time the
 * earliest feed is due: every 30 minutes, backing off after failures). Each new item's page
 * is fetched from the feed's own site and its article extracted; an item whose page cannot
 * be read is kept from the feed's own text when that is long enough, else skipped with a
 * reason. New articles enter through the one import path and the store's add (duplicates by
 * address or text skipped, the size limit applied). Everything that touches the browser
 * (fetch, storage, alarms, clock, extraction, permissions) is passed in.
 */
import type { ExtractedPage } from '../corpus/import';
import { Deduper, importRecords, mergeImport, type ImportResult } from '../corpus/import';
import { autoSiteList } from '../corpus/auto-site-setting';
import type { LocalArea } from '../corpus/capture-setting';
import { decodeBytes } from '../corpus/decode';
import { decodeFeed, parseFeed, type FeedItem } from '../corpus/feed';
import { feedList, parseFeedUrl, saveFeeds, type FeedState } from '../corpus/feed-setting';
import { originPattern } from '../site-pattern';
import type { CorpusStore } from './corpus-store';
import { errorText } from '../error-text';

export const FEED_ALARM = 'lacuna-feeds';
export const FEED_INTERVAL_MS = 30 * 60_000;
export const MAX_BACKOFF_MS = 24 * 60 * 60_000;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** New items read per fetch; the rest wait for the next one. */
export const MAX_NEW_ITEMS = 30;
/** Items remembered per feed as handled. */
export const SEEN_LIMIT = 1000;
/** Fewer characters than this is not an article (an extracted page or a feed's own text). */
export const MIN_ARTICLE_CHARS = 300;

export interface FeedDeps {
  fetch(url: string, init: RequestInit): Promise<Response>;
  local: LocalArea;
  now(): number;
  store: Pick<CorpusStore, 'add'>;
  /** A page's article (the browser's DOMParser: in Firefox's background page, in Chrome's offscreen document). */
  extract(html: string, url: string): Promise<ExtractedPage | null>;
  /** Whether Lacuna holds the host permission for an address. */
  mayFetch(url: string): Promise<boolean>;
  /** Gives a host permission back. */
  removePermission(pattern: string): Promise<void>;
  alarms: {
    create(name: string, info: { when: number }): unknown;
    clear(name: string): unknown;
    get(name: string): Promise<unknown>;
  };
}

export type FeedAnswer = { ok: true; message: string } | { ok: false; message: string };

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

type Fetched = { ok: true; bytes: Uint8Array; url: string; contentType: string | null } | { ok: false; reason: string };


function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * GETs an address without cookies and reads at most `MAX_BODY_BYTES` of its body (streamed:
 * a larger body is abandoned as soon as it passes the bound). `what` names it in reasons.
 */
export async function fetchBounded(deps: Pick<FeedDeps, 'fetch' | 'mayFetch'>, url: string, what: 'feed' | 'page'): Promise<Fetched> {
  const init: RequestInit = { credentials: 'omit', cache: 'no-cache', redirect: 'follow' };
  let response: Response;
  try {
    response = await deps.fetch(url, init);
  } catch (error) {
    // A redirect loop and a network failure both reject with a TypeError. Asked again without
    // following redirects, an address that redirects answers with the redirect.
    let redirects = false;
    try {
      const first = await deps.fetch(url, { ...init, redirect: 'manual' });
      redirects = first.type === 'opaqueredirect' || (first.status >= 300 && first.status < 400);
    } catch {
      redirects = false;
    }
    return redirects
      ? { ok: false, reason: 'the address redirects in a loop (or to an address that cannot be reached)' }
      : { ok: false, reason: `network error: the server could not be reached (${errorText(error)})` };
  }
  // The browser follows redirects before telling where they led: what a site the reader never
  // let Lacuna reach answers is not read.
  if (response.redirected && response.url && !(await deps.mayFetch(response.url))) {
    discard(response);
    return { ok: false, reason: `it redirects to ${hostOf(response.url)}, which Lacuna has no permission to reach` };
  }
  if (!response.ok) {
    discard(response);
    const text = response.statusText || STATUS_TEXT[response.status] || '';
    return { ok: false, reason: `the server answered ${response.status}${text ? ` ${text}` : ''}` };
  }
  const tooBig = `the ${what} is larger than ${megabytes(MAX_BODY_BYTES)}`;
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    discard(response);
    return { ok: false, reason: tooBig };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > MAX_BODY_BYTES) {
          // Not awaited: cancelling settles only once the source gives up, which need not be soon.
          reader.cancel().catch(() => undefined);
          return { ok: false, reason: tooBig };
        }
        chunks.push(value);
      }
    }
  } catch (error) {
    return { ok: false, reason: `network error: the ${what} stopped arriving (${errorText(error)})` };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes, url: response.url || url, contentType: response.headers.get('content-type') };
}

/** Drops a body unread (not awaited, see above). */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function charsetOf(contentType: string | null): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** How an item is named in the feed's status. */
function itemName(item: FeedItem): string {
  return item.title ? `“${item.title}”` : (item.url ?? item.id ?? 'an item without title');
}

/** What remembers an item as handled. */
function itemKey(item: FeedItem): string | null {
  return item.url ?? item.id ?? (item.title ? `${item.title}|${item.published ?? ''}` : null);
}

type ItemResult = { ok: true; record: Record<string, unknown> } | { ok: false; reason: string };

/** An item's article: its page extracted, else the feed's own text when long enough. */
async function readItem(deps: FeedDeps, item: FeedItem, feedTitle: string | null, feedUrl: string): Promise<ItemResult> {
  let pageText: ExtractedPage | null = null;
  let why: string;
  if (!item.url) why = 'the item gives no address';
  else if (!(await deps.mayFetch(item.url))) why = `its page is on ${hostOf(item.url)}, which Lacuna has no permission to reach`;
  else {
    const fetched = await fetchBounded(deps, item.url, 'page');
    if (!fetched.ok) why = `its page could not be fetched: ${fetched.reason}`;
    else {
      const decoded = decodeBytes(fetched.bytes, { html: true });
      if (!decoded.ok) why = `its page could not be read: ${decoded.reason}`;
      else {
        try {
          pageText = await deps.extract(decoded.text, fetched.url);
          why = pageText?.text ? `its page holds only ${pageText.text.length} characters of article text` : 'no article text could be extracted from its page';
        } catch (error) {
          why = `extraction failed: ${errorText(error)}`;
        }
      }
    }
  }
  const base = {
    id: item.url ?? `${feedUrl}#${item.id ?? item.title ?? ''}`,
    url: item.url,
    title: item.title ?? pageText?.title ?? null,
    published: item.published ?? pageText?.published ?? null,
    lang: pageText?.lang ?? null,
  };
  const source = pageText?.source ?? feedTitle ?? (item.url ? hostOf(item.url) : hostOf(feedUrl));
  if (pageText && pageText.text.length >= MIN_ARTICLE_CHARS && pageText.text.length >= (item.text?.length ?? 0) / 2) {
    return { ok: true, record: { ...base, source, text: pageText.text } };
  }
  if (item.text && item.text.length >= MIN_ARTICLE_CHARS) return { ok: true, record: { ...base, source, text: item.text } };
  if (pageText && pageText.text.length >= MIN_ARTICLE_CHARS) return { ok: true, record: { ...base, source, text: pageText.text } };
  const own = item.text ? `the feed's own text of it is too short to stand for the article (${item.text.length} characters)` : 'the feed gives no text of it';
  return { ok: false, reason: `${why}, and ${own}` };
}

function backoff(failures: number): number {
  return Math.min(FEED_INTERVAL_MS * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

/** The feeds, run one operation at a time so that no write of the list is lost. */
export class FeedService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: FeedDeps) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async update(url: string, change: (feed: FeedState) => void): Promise<FeedState | null> {
    const feeds = await feedList(this.deps.local);
    const feed = feeds.find((f) => f.url === url);
    if (!feed) return null;
    change(feed);
    await saveFeeds(this.deps.local, feeds);
    return feed;
  }

  /** Subscribes (the host permission already granted inside the reader's click) and fetches the feed at once. */
  add(input: string): Promise<FeedAnswer> {
    return this.serial(async () => {
      const parsed = parseFeedUrl(input);
      if (!parsed.ok) return { ok: false, message: parsed.reason };
      const feeds = await feedList(this.deps.local);
      if (feeds.some((f) => f.url === parsed.url)) return { ok: false, message: `You already follow ${parsed.url}.` };
      if (!(await this.deps.mayFetch(parsed.url))) return { ok: false, message: `Lacuna was not allowed to reach ${hostOf(parsed.url)}: the feed was not added.` };
      const now = this.deps.now();
      feeds.push({ url: parsed.url, title: null, addedAt: now, lastAttempt: null, lastSuccess: null, lastAdded: null, lastFailure: null, failures: 0, nextFetch: now, skipped: [], seen: [] });
      await saveFeeds(this.deps.local, feeds);
      const feed = await this.fetchOne(parsed.url);
      await this.schedule();
      return { ok: true, message: feed?.lastFailure ? `Added; the first fetch failed: ${feed.lastFailure.reason}.` : 'Added.' };
    });
  }

  /** Unsubscribes, and gives the host permission back unless an automatic-analysis site or another feed needs it. */
  remove(url: string): Promise<FeedAnswer> {
    return this.serial(async () => {
      const feeds = await feedList(this.deps.local);
      const kept = feeds.filter((f) => f.url !== url);
      if (kept.length === feeds.length) return { ok: false, message: `No feed ${url} to remove.` };
      await saveFeeds(this.deps.local, kept);
      const pattern = originPattern(url);
      const needed = pattern !== null && (kept.some((f) => originPattern(f.url) === pattern) || ((await autoSiteList(this.deps.local)) ?? []).includes(pattern));
      if (pattern && !needed) await this.deps.removePermission(pattern).catch(() => undefined);
      await this.schedule();
      return { ok: true, message: 'Removed.' };
    });
  }

  /** "Fetch now": this feed at once, whatever its schedule. */
  fetchNow(url: string): Promise<FeedAnswer> {
    return this.serial(async () => {
      const feed = await this.fetchOne(url);
      await this.schedule();
      if (!feed) return { ok: false, message: `No feed ${url}.` };
      return feed.lastFailure && feed.lastAttempt === feed.lastFailure.at ? { ok: false, message: feed.lastFailure.reason } : { ok: true, message: 'Fetched.' };
    });
  }

  /** The alarm: every feed that is due, then the next alarm. */
  runDue(): Promise<void> {
    return this.serial(async () => {
      const now = this.deps.now();
      for (const feed of await feedList(this.deps.local)) if (feed.nextFetch <= now) await this.fetchOne(feed.url);
      await this.schedule();
    });
  }

  /**
   * On every start of the background: sets the alarm when there is none (a new install, an
   * update). An alarm already set is left alone: setting it again at each start would keep
   * pushing a feed that is due into the future.
   */
  resume(): Promise<void> {
    return this.serial(async () => {
      if (await this.deps.alarms.get(FEED_ALARM)) return;
      await this.schedule();
    });
  }

  /** Sets the alarm for the earliest feed due (at least a minute ahead), or clears it when there is no feed. */
  async schedule(): Promise<void> {
    const feeds = await feedList(this.deps.local);
    if (feeds.length === 0) {
      await this.deps.alarms.clear(FEED_ALARM);
      return;
    }
    const earliest = Math.min(...feeds.map((f) => f.nextFetch));
    await this.deps.alarms.create(FEED_ALARM, { when: Math.max(earliest, this.deps.now() + 60_000) });
  }

  /** Fetches one feed and stores its new articles; its status says what happened. */
  private async fetchOne(url: string): Promise<FeedState | null> {
    const start = this.deps.now();
    const known = (await feedList(this.deps.local)).find((f) => f.url === url);
    if (!known) return null;
    const fail = (reason: string): Promise<FeedState | null> =>
      this.update(url, (feed) => {
        feed.lastAttempt = start;
        feed.lastFailure = { at: start, reason };
        feed.failures += 1;
        feed.nextFetch = start + backoff(feed.failures);
      });

    const fetched = await fetchBounded(this.deps, url, 'feed');
    if (!fetched.ok) return fail(fetched.reason);
    const decoded = decodeFeed(fetched.bytes, charsetOf(fetched.contentType));
    if (!decoded.ok) return fail(decoded.reason);
    const parsed = parseFeed(decoded.text, fetched.url);
    if (!parsed.ok) return fail(parsed.reason);

    const seen = new Set(known.seen);
    const fresh = parsed.feed.items.filter((item) => {
      const key = itemKey(item);
      return key !== null && !seen.has(key);
    });
    const taken = fresh.slice(0, MAX_NEW_ITEMS);
    const skipped: FeedState['skipped'] = [];
    const records: Array<{ name: string; value: unknown }> = [];
    for (const item of taken) {
      const result = await readItem(this.deps, item, parsed.feed.title, url);
      if (result.ok) records.push({ name: itemName(item), value: result.record });
      else skipped.push({ item: itemName(item), reason: result.reason });
    }
    // The one import path: records checked as a file's are, duplicates within the fetch dropped.
    const imported: ImportResult = { documents: [], skipped: [], warnings: [] };
    mergeImport(imported, importRecords(records, () => null), new Deduper());
    for (const issue of imported.skipped) skipped.push({ item: issue.file, reason: issue.reason });
    let added = 0;
    let evicted = 0;
    if (imported.documents.length > 0) {
      try {
        const result = await this.deps.store.add(
          imported.documents.map((d) => d.document),
          'feed',
        );
        added = result.added.filter((id) => !result.evicted.includes(id)).length;
        evicted = result.evicted.length;
        for (const skip of result.skipped) skipped.push({ item: imported.documents[skip.index]!.file, reason: skip.reason });
      } catch (error) {
        // Nothing was stored: the items are not remembered, so the next fetch tries them again.
        return fail(`the new articles could not be stored: ${errorText(error)}`);
      }
    }
    if (evicted > 0) skipped.push({ item: 'size limit', reason: `${evicted === 1 ? '1 article' : `${evicted} articles`} added earliest removed to stay under the size limit` });
    const handled = taken.map(itemKey).filter((k): k is string => k !== null);
    return this.update(url, (feed) => {
      feed.title = parsed.feed.title;
      feed.lastAttempt = start;
      feed.lastSuccess = start;
      feed.lastAdded = added;
      feed.failures = 0;
      feed.nextFetch = start + FEED_INTERVAL_MS;
      feed.skipped = skipped;
      feed.seen = [...handled, ...feed.seen.filter((k) => !handled.includes(k))].slice(0, SEEN_LIMIT);
    });
  }
}
