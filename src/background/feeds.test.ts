import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AUTO_SITES_KEY } from '../corpus/auto-site-setting';
import type { LocalArea } from '../corpus/capture-setting';
import { feedList, FEEDS_KEY, type FeedState } from '../corpus/feed-setting';
import { extractHtml } from '../extract/node';
import { FEED_ALARM, FEED_INTERVAL_MS, FeedService, MAX_BODY_BYTES, type FeedDeps } from './feeds';
import { idbCorpusStore } from './store/idb-corpus-store';

const FEED = 'https://news.example/rss.xml';

function memoryLocal(initial: Record<string, unknown> = {}): LocalArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
  };
}

type Route = Response | (() => Response) | Error;

/** A fetch that answers from a table of routes, as the browser would (redirect loops reject; manual redirects are opaque). */
function fakeFetch(routes: Record<string, Route>, loops: string[] = []) {
  const requests: Array<{ url: string; redirect: RequestRedirect | undefined; credentials: RequestCredentials | undefined }> = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    requests.push({ url, redirect: init.redirect, credentials: init.credentials });
    if (loops.includes(url)) {
      if (init.redirect === 'manual') return { type: 'opaqueredirect', status: 0, ok: false } as Response;
      throw new TypeError('Failed to fetch');
    }
    const route = routes[url];
    if (route === undefined) throw new TypeError('Failed to fetch');
    if (route instanceof Error) throw route;
    return typeof route === 'function' ? route() : route.clone();
  };
  return { fetch, requests };
}

function rss(items: Array<{ title: string; link: string; description?: string }>): string {
  const body = items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>Tue, 10 Nov 2026 07:55:03 GMT</pubDate>${i.description ? `<description><![CDATA[${i.description}]]></description>` : ''}</item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example News</title><link>https://news.example/</link>${body}</channel></rss>`;
}

const paragraph = (topic: string, n: number): string =>
  `The ${topic} report, number ${n}, describes in detail what happened over the weekend in the harbour district, who was involved, what the officials said on Monday, and what the residents expect next.`;

function articlePage(title: string, topic: string): string {
  const paragraphs = [1, 2, 3, 4].map((n) => `<p>${paragraph(topic, n)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Example News"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>${paragraphs}</article></main><footer>© Example News</footer></body></html>`;
}

const xml = (text: string): Response => new Response(text, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
const html = (text: string): Response => new Response(text, { headers: { 'content-type': 'text/html; charset=utf-8' } });

function setup(routes: Record<string, Route>, options: { loops?: string[]; granted?: (url: string) => boolean; local?: Record<string, unknown> } = {}) {
  let clock = 1_000_000;
  const { fetch, requests } = fakeFetch(routes, options.loops);
  const local = memoryLocal(options.local);
  const store = idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [] });
  const alarms = new Map<string, number>();
  const removed: string[] = [];
  const deps: FeedDeps = {
    fetch,
    local,
    now: () => clock,
    store,
    extract: async (page, url) => extractHtml(page, url, { force: true }).article,
    mayFetch: async (url) => (options.granted ?? ((u) => new URL(u).hostname === 'news.example'))(url),
    removePermission: async (pattern) => void removed.push(pattern),
    alarms: {
      create: (name, { when }) => alarms.set(name, when),
      clear: (name) => alarms.delete(name),
      get: async (name) => (alarms.has(name) ? { name, scheduledTime: alarms.get(name) } : undefined),
    },
  };
  const feeds = new FeedService(deps);
  const status = async (url = FEED): Promise<FeedState> => (await feedList(local)).find((f) => f.url === url)!;
  return { feeds, deps, store, requests, alarms, removed, local, status, tick: (ms: number) => (clock += ms), now: () => clock };
}

describe('fetching a feed', () => {
  it('stores the new articles of a good feed, skips the one already in the corpus, and says so', async () => {
    const items = [
      { title: 'Harbour wall repairs approved', link: 'https://news.example/a' },
      { title: 'Ferry timetable changes', link: 'https://news.example/b' },
      { title: 'Bridge closure extended', link: 'https://news.example/c' },
    ];
    const env = setup({
      [FEED]: xml(rss(items)),
      'https://news.example/a': html(articlePage(items[0]!.title, 'harbour wall')),
      'https://news.example/b': html(articlePage(items[1]!.title, 'ferry timetable')),
      'https://news.example/c': html(articlePage(items[2]!.title, 'bridge closure')),
    });
    await env.store.add([{ id: 'mine', url: 'https://news.example/c', title: 'Bridge closure extended', source: null, published: null, lang: null, text: 'Already read.' }], 'capture');

    expect(await env.feeds.add(FEED)).toEqual({ ok: true, message: 'Added.' });
    const status = await env.status();
    expect(status).toMatchObject({ title: 'Example News', lastSuccess: 1_000_000, lastAdded: 2, lastFailure: null, failures: 0, nextFetch: 1_000_000 + FEED_INTERVAL_MS });
    expect(status.skipped).toEqual([{ item: '“Bridge closure extended”', reason: 'same address as "Bridge closure extended", already in the corpus' }]);
    const list = await env.store.list();
    expect(list.filter((e) => e.origin === 'feed').map((e) => [e.id, e.title, e.source, e.published])).toEqual([
      ['https://news.example/a', 'Harbour wall repairs approved', 'Example News', '2026-11-10T07:55:03.000Z'],
      ['https://news.example/b', 'Ferry timetable changes', 'Example News', '2026-11-10T07:55:03.000Z'],
    ]);
    const texts = (await env.store.documents()).filter((d) => d.id.startsWith('https://news.example/a'));
    expect(texts[0]!.text).toContain(paragraph('harbour wall', 4));
    // No cookies are sent; the alarm is set for when the feed is next due.
    expect(env.requests.every((r) => r.credentials === 'omit')).toBe(true);
    expect(env.alarms.get(FEED_ALARM)).toBe(1_000_000 + FEED_INTERVAL_MS);

    // Fetched again: the items are known, their pages are not requested again.
    const before = env.requests.length;
    expect(await env.feeds.fetchNow(FEED)).toEqual({ ok: true, message: 'Fetched.' });
    expect(env.requests.slice(before).map((r) => r.url)).toEqual([FEED]);
    expect(await env.status()).toMatchObject({ lastAdded: 0, skipped: [] });
  });

  it('stores a story the feed lists twice once, through the import path’s duplicate check', async () => {
    const env = setup({
      [FEED]: xml(
        rss([
          { title: 'Harbour wall repairs approved', link: 'https://news.example/a' },
          { title: 'Harbour wall: comments', link: 'https://news.example/a#comments' },
        ]),
      ),
      'https://news.example/a': html(articlePage('Harbour wall repairs approved', 'harbour wall')),
      'https://news.example/a#comments': html(articlePage('Harbour wall repairs approved', 'harbour wall')),
    });
    await env.feeds.add(FEED);
    expect(await env.status()).toMatchObject({
      lastAdded: 1,
      skipped: [{ item: '“Harbour wall: comments”', reason: 'same address as "https://news.example/a" (“Harbour wall repairs approved”)' }],
    });
  });

  it('reports a 404 with its status, backs off, and keeps the failure after a later success', async () => {
    let answer: Response = new Response('gone', { status: 404, statusText: '' });
    const env = setup({ [FEED]: () => answer.clone() });
    expect(await env.feeds.add(FEED)).toEqual({ ok: true, message: 'Added; the first fetch failed: the server answered 404 Not Found.' });
    expect(await env.status()).toMatchObject({ lastSuccess: null, failures: 1, lastFailure: { at: 1_000_000, reason: 'the server answered 404 Not Found' }, nextFetch: 1_000_000 + FEED_INTERVAL_MS });
    env.tick(FEED_INTERVAL_MS);
    await env.feeds.runDue();
    expect(await env.status()).toMatchObject({ failures: 2, nextFetch: env.now() + 2 * FEED_INTERVAL_MS });
    expect(env.alarms.get(FEED_ALARM)).toBe(env.now() + 2 * FEED_INTERVAL_MS);
    // Not due yet: the alarm firing early fetches nothing.
    const before = (await env.status()).lastAttempt;
    env.tick(60_000);
    await env.feeds.runDue();
    expect((await env.status()).lastAttempt).toBe(before);

    answer = xml(rss([]));
    expect(await env.feeds.fetchNow(FEED)).toEqual({ ok: true, message: 'Fetched.' });
    expect(await env.status()).toMatchObject({ lastSuccess: env.now(), lastAdded: 0, failures: 0, lastFailure: { reason: 'the server answered 404 Not Found' } });
  });

  it('says a web page is not a feed', async () => {
    const env = setup({ [FEED]: html(readFileSync(resolve(import.meta.dirname, '../../test/fixtures/feeds/not-a-feed.html'), 'utf8')) });
    await env.feeds.add(FEED);
    expect((await env.status()).lastFailure?.reason).toBe('this address gives a web page, not an RSS or Atom feed');
  });

  it('stops reading a body past 5 MB, announced or not', async () => {
    let pulled = 0;
    const endless = (): Response =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled += 65_536;
            controller.enqueue(new Uint8Array(65_536).fill(0x20));
          },
        }),
      );
    const env = setup({ [FEED]: endless, 'https://news.example/announced.xml': () => new Response('x', { headers: { 'content-length': String(6 * 1024 * 1024) } }) });
    expect(await env.feeds.add(FEED)).toEqual({ ok: true, message: 'Added; the first fetch failed: the feed is larger than 5 MB.' });
    expect(pulled).toBeGreaterThan(MAX_BODY_BYTES);
    expect(pulled).toBeLessThan(MAX_BODY_BYTES + 4 * 65_536);
    await env.feeds.add('https://news.example/announced.xml');
    expect((await env.status('https://news.example/announced.xml')).lastFailure?.reason).toBe('the feed is larger than 5 MB');
  });

  it('tells a redirect loop from a network failure', async () => {
    const env = setup({ [FEED]: new TypeError('Failed to fetch') }, { loops: ['https://news.example/loop.xml'] });
    await env.feeds.add('https://news.example/loop.xml');
    expect((await env.status('https://news.example/loop.xml')).lastFailure?.reason).toBe('the address redirects in a loop (or to an address that cannot be reached)');
    expect(env.requests.map((r) => r.redirect)).toEqual(['follow', 'manual']);
    await env.feeds.add(FEED);
    expect((await env.status()).lastFailure?.reason).toBe('network error: the server could not be reached (Failed to fetch)');
  });

  it('keeps an item whose page cannot be read from the feed’s own text when long enough, and says why it skips the others', async () => {
    const long = [1, 2].map((n) => paragraph('grain deal', n)).join(' ');
    const env = setup({
      [FEED]: xml(
        rss([
          { title: 'Grain deal talks resume', link: 'https://news.example/gone', description: `<p>${long}</p>` },
          { title: 'Observers report orderly vote', link: 'https://news.example/gone-too', description: 'Polling stations opened on time.' },
          { title: 'Elsewhere', link: 'https://other.example/story', description: 'Short.' },
        ]),
      ),
      'https://news.example/gone': new Response('', { status: 410 }),
      'https://news.example/gone-too': new Response('', { status: 404 }),
    });
    await env.feeds.add(FEED);
    const status = await env.status();
    expect(status.lastAdded).toBe(1);
    expect(status.skipped).toEqual([
      {
        item: '“Observers report orderly vote”',
        reason: "its page could not be fetched: the server answered 404 Not Found, and the feed's own text of it is too short to stand for the article (32 characters)",
      },
      {
        item: '“Elsewhere”',
        reason: "its page is on other.example, which Lacuna has no permission to reach, and the feed's own text of it is too short to stand for the article (6 characters)",
      },
    ]);
    // The other site was never contacted.
    expect(env.requests.map((r) => r.url)).not.toContain('https://other.example/story');
    expect((await env.store.documents()).find((d) => d.id === 'https://news.example/gone')?.text).toBe(long);
  });
});

describe('redirects', () => {
  /** A response that came at the end of redirects, at `url`. */
  const redirectedTo = (url: string, response: Response): (() => Response) => () =>
    Object.defineProperties(response.clone(), { url: { value: url }, redirected: { value: true } });

  it('reads a page a redirect took to a site Lacuna may reach, and not one it may not', async () => {
    const env = setup({
      [FEED]: xml(
        rss([
          { title: 'Harbour wall repairs approved', link: 'https://news.example/short/a' },
          { title: 'Tracked', link: 'https://news.example/short/b', description: 'Short.' },
        ]),
      ),
      'https://news.example/short/a': redirectedTo('https://news.example/a', html(articlePage('Harbour wall repairs approved', 'harbour wall'))),
      'https://news.example/short/b': redirectedTo('https://tracker.example/b', html(articlePage('Tracked', 'tracked story'))),
    });
    await env.feeds.add(FEED);
    const status = await env.status();
    expect(status.lastAdded).toBe(1);
    expect(status.skipped).toEqual([
      {
        item: '“Tracked”',
        reason: "its page could not be fetched: it redirects to tracker.example, which Lacuna has no permission to reach, and the feed's own text of it is too short to stand for the article (6 characters)",
      },
    ]);
    expect((await env.store.documents()).map((d) => d.url)).toEqual(['https://news.example/short/a']);
  });
});

describe('a full corpus', () => {
  it('stores nothing, says why, and tries the same items again next time', async () => {
    const routes = {
      [FEED]: xml(rss([{ title: 'Harbour wall repairs approved', link: 'https://news.example/a' }])),
      'https://news.example/a': html(articlePage('Harbour wall repairs approved', 'harbour wall')),
    };
    const env = setup(routes);
    let full = true;
    const add = env.deps.store.add.bind(env.deps.store);
    env.deps.store = {
      add: (documents, origin) => (full ? Promise.reject(new Error("the browser's storage for Lacuna is full; delete articles or clear space and try again. Nothing was changed.")) : add(documents, origin)),
    };
    await env.feeds.add(FEED);
    expect(await env.status()).toMatchObject({
      lastSuccess: null,
      seen: [],
      lastFailure: { reason: "the new articles could not be stored: the browser's storage for Lacuna is full; delete articles or clear space and try again. Nothing was changed." },
    });
    full = false;
    await env.feeds.fetchNow(FEED);
    expect(await env.status()).toMatchObject({ lastAdded: 1, seen: ['https://news.example/a'] });
  });
});

describe('the schedule across background restarts', () => {
  it('sets the alarm when there is none, and leaves one already set alone', async () => {
    const env = setup({ [FEED]: new Response('', { status: 500 }) });
    await env.feeds.add(FEED);
    const due = env.alarms.get(FEED_ALARM)!;
    expect(due).toBe(1_000_000 + FEED_INTERVAL_MS);
    // A restart later on (the feed now overdue): the alarm stays where it is and fires.
    env.tick(2 * FEED_INTERVAL_MS);
    await new FeedService(env.deps).resume();
    expect(env.alarms.get(FEED_ALARM)).toBe(due);
    // Lost (a browser that drops alarms on update): set again, a minute ahead for a feed overdue.
    env.alarms.delete(FEED_ALARM);
    await new FeedService(env.deps).resume();
    expect(env.alarms.get(FEED_ALARM)).toBe(env.now() + 60_000);
    expect((await env.status()).lastFailure?.reason).toBe('the server answered 500 Internal Server Error');
  });
});

describe('subscriptions', () => {
  it('refuses a bad address and a second subscription to the same feed, changing nothing', async () => {
    const env = setup({ [FEED]: xml(rss([])) });
    expect(await env.feeds.add('ftp://news.example/rss')).toEqual({ ok: false, message: '“ftp://news.example/rss” is not a web address (http or https): Lacuna can only fetch feeds from the web.' });
    await env.feeds.add(FEED);
    expect(await env.feeds.add(`${FEED}#latest`)).toEqual({ ok: false, message: `You already follow ${FEED}.` });
    expect(await feedList(env.local)).toHaveLength(1);
  });

  it('refuses a feed whose host was not granted', async () => {
    const env = setup({}, { granted: () => false });
    expect(await env.feeds.add(FEED)).toEqual({ ok: false, message: 'Lacuna was not allowed to reach news.example: the feed was not added.' });
    expect(env.local.data.has(FEEDS_KEY)).toBe(false);
  });

  it('gives the host permission back on removal unless another feed or automatic analysis needs it', async () => {
    const other = 'https://news.example/world.xml';
    const env = setup({ [FEED]: xml(rss([])), [other]: xml(rss([])), 'https://auto.example/feed': xml(rss([])) }, { granted: () => true, local: { [AUTO_SITES_KEY]: ['https://auto.example/*'] } });
    await env.feeds.add(FEED);
    await env.feeds.add(other);
    await env.feeds.add('https://auto.example/feed');
    await env.feeds.remove(FEED);
    expect(env.removed).toEqual([]);
    await env.feeds.remove(other);
    expect(env.removed).toEqual(['https://news.example/*']);
    await env.feeds.remove('https://auto.example/feed');
    expect(env.removed).toEqual(['https://news.example/*']);
    expect(await feedList(env.local)).toEqual([]);
    expect(env.alarms.has(FEED_ALARM)).toBe(false);
  });
});
