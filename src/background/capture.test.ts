// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { ArticleText } from '../extract/types';
import type { ExtractReply } from '../messages';
import { addArticleFromTab, captureAnalyzed, isCapturePaused, setCapturePaused, setNeverCapture, type LocalArea } from './capture';
import { listedSiteOf, neverCaptureSites, parseSite } from '../corpus/capture-setting';
import { idbCorpusStore } from './store/idb-corpus-store';

const article: ArticleText = {
  url: 'https://news.example/story',
  title: 'A story',
  source: 'Example News',
  published: '2024-02-08',
  lang: 'en',
  byline: 'A. Writer',
  truncated: false,
  text: 'One sentence. Another sentence.',
};

function memoryLocal(): LocalArea {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
  };
}

const emptyStore = () => idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [] });

describe('capturing analyzed articles', () => {
  it('keeps an analyzed article once, under its address', async () => {
    const store = emptyStore();
    const deps = { store, local: memoryLocal(), isPrivate: async () => false };
    expect(await captureAnalyzed(deps, 1, article)).toBe('added');
    expect(await captureAnalyzed(deps, 2, { ...article, url: 'https://news.example/story#comments' })).toBe('duplicate');
    expect(await store.list()).toEqual([expect.objectContaining({ id: 'https://news.example/story', title: 'A story', source: 'Example News', origin: 'capture' })]);
  });

  it('keeps a page that names another site’s article as its own under its own address and site, not that outlet’s', async () => {
    const store = emptyStore();
    const deps = { store, local: memoryLocal(), isPrivate: async () => false };
    const lookalike = { ...article, url: 'https://news.example/story', source: 'Example News', text: 'Invented words. Put in the outlet’s mouth.' };
    expect(await captureAnalyzed(deps, 1, lookalike, 'https://news-example.lookalike.example/story')).toBe('added');
    // The outlet's own article is not taken for a copy of it.
    expect(await captureAnalyzed(deps, 2, article, 'https://news.example/story')).toBe('added');
    // Its mobile edition naming the article is the article.
    expect(await captureAnalyzed(deps, 3, article, 'https://m.news.example/story')).toBe('duplicate');
    expect((await store.list()).map((entry) => [entry.id, entry.source])).toEqual([
      ['https://news-example.lookalike.example/story', 'news-example.lookalike.example'],
      ['https://news.example/story', 'Example News'],
    ]);
  });

  it('checks the list of sites never kept against the site a page is kept under', async () => {
    const store = emptyStore();
    const local = memoryLocal();
    await setNeverCapture(local, 'lookalike.example', true);
    const deps = { store, local, isPrivate: async () => false };
    expect(await captureAnalyzed(deps, 1, article, 'https://lookalike.example/story')).toBe('never-site');
    await setNeverCapture(local, 'lookalike.example', false);
    await setNeverCapture(local, 'news.example', true);
    // A copy of a listed site's article elsewhere (an archive, a translation proxy) is not kept either.
    expect(await captureAnalyzed(deps, 1, article, 'https://lookalike.example/story')).toBe('never-site');
    expect(await captureAnalyzed(deps, 2, { ...article, text: 'The outlet’s own words.' }, 'https://news.example/story')).toBe('never-site');
    expect(await store.documents()).toEqual([]);
  });

  it('never keeps an article from a private window', async () => {
    const store = emptyStore();
    expect(await captureAnalyzed({ store, local: memoryLocal(), isPrivate: async () => true }, 1, article)).toBe('private');
    expect(await store.documents()).toEqual([]);
  });

  it('keeps nothing while paused, and again once resumed', async () => {
    const store = emptyStore();
    const local = memoryLocal();
    expect(await isCapturePaused(local)).toBe(false);
    await setCapturePaused(local, true);
    const deps = { store, local, isPrivate: async () => false };
    expect(await captureAnalyzed(deps, 1, article)).toBe('paused');
    expect(await store.documents()).toEqual([]);
    await setCapturePaused(local, false);
    expect(await captureAnalyzed(deps, 1, article)).toBe('added');
  });
});

describe('sites whose articles are never kept', () => {
  it('keeps nothing from a listed site or its subdomains, and again once it is taken off the list', async () => {
    const store = emptyStore();
    const local = memoryLocal();
    const deps = { store, local, isPrivate: async () => false };
    expect(await setNeverCapture(local, 'news.example', true)).toEqual(['news.example']);
    expect(await captureAnalyzed(deps, 1, article)).toBe('never-site');
    expect(await captureAnalyzed(deps, 1, { ...article, url: 'https://www.live.news.example/x' })).toBe('never-site');
    expect(await store.documents()).toEqual([]);
    // Another site whose name merely ends the same way is not the listed one.
    expect(await captureAnalyzed(deps, 1, { ...article, url: 'https://othernews.example/x', text: 'Other text.' })).toBe('added');
    expect(await setNeverCapture(local, 'news.example', false)).toEqual([]);
    expect(await captureAnalyzed(deps, 1, article)).toBe('added');
  });

  it('still adds an article from a listed site when the reader asks for it', async () => {
    const store = emptyStore();
    const local = memoryLocal();
    await setNeverCapture(local, 'news.example', true);
    expect(await addArticleFromTab({ store, extract: async () => ({ ok: true, isArticle: true, article }) }, 1)).toMatchObject({ ok: true, added: true });
  });

  it('reads a site from a host or an address, and says why when it is neither', async () => {
    expect(parseSite('  WWW.Example.org ')).toEqual({ ok: true, host: 'example.org' });
    expect(parseSite('https://www.news.example/2024/story?id=1#top')).toEqual({ ok: true, host: 'news.example' });
    expect(parseSite('http://localhost:8080/')).toEqual({ ok: true, host: 'localhost' });
    expect(parseSite('')).toEqual({ ok: false, reason: 'Give a site, such as example.org, or the address of one of its pages.' });
    expect(parseSite('not a site')).toEqual({ ok: false, reason: '“not a site” is not a web site: give a host such as example.org, or the address of one of its pages.' });
    expect(parseSite('ftp://files.example/')).toEqual({ ok: false, reason: '“ftp://files.example/” is not a web site: give a host such as example.org, or the address of one of its pages.' });
    expect(parseSite('exa_mple.org').ok).toBe(false);
    expect(listedSiteOf('https://a.b.example/x', ['b.example'])).toBe('b.example');
    expect(listedSiteOf(null, ['b.example'])).toBeNull();
  });

  it('reads a stored list that is not a list of hosts as empty, keeping the strings', async () => {
    const local = memoryLocal();
    await local.set({ neverCaptureSites: 'example.org' });
    expect(await neverCaptureSites(local)).toEqual([]);
    await local.set({ neverCaptureSites: ['example.org', 3] });
    expect(await neverCaptureSites(local)).toEqual(['example.org']);
  });
});

describe('adding the article of a tab on request', () => {
  const reply = (r: ExtractReply) => async () => r;

  it('adds it, then says it is already there', async () => {
    const store = emptyStore();
    const deps = { store, extract: reply({ ok: true, isArticle: true, article }) };
    expect(await addArticleFromTab(deps, 4)).toEqual({ ok: true, added: true, message: 'Added to your corpus.' });
    expect(await addArticleFromTab(deps, 4)).toEqual({ ok: true, added: false, message: 'Not added: same address as "A story" (Example News), already in the corpus.' });
    expect((await store.list()).map((e) => e.origin)).toEqual(['added']);
  });

  it('says so when the article alone is over the size limit, and keeps the corpus under it', async () => {
    const store = emptyStore();
    await store.setSizeLimit(50);
    expect(await addArticleFromTab({ store, extract: reply({ ok: true, isArticle: true, article }) }, 4)).toEqual({
      ok: false,
      message: 'Not kept: the article alone is larger than the size limit of your corpus (set on the options page).',
    });
    expect(await store.documents()).toEqual([]);
  });

  it('says why when the page cannot be read or holds no article', async () => {
    const store = emptyStore();
    expect(await addArticleFromTab({ store, extract: reply({ ok: false, error: 'the page went away' }) }, 1)).toEqual({
      ok: false,
      message: 'Lacuna could not read this page: the page went away',
    });
    expect(await addArticleFromTab({ store, extract: reply({ ok: true, isArticle: false, url: 'https://x.example/', title: null, reason: 'it is a list of links' }) }, 1)).toEqual({
      ok: false,
      message: 'Lacuna found no article text on this page: it is a list of links',
    });
    expect(await addArticleFromTab({ store, extract: () => Promise.reject(new Error('no access')) }, 1)).toEqual({ ok: false, message: 'Lacuna could not read this page: no access' });
    expect(await store.documents()).toEqual([]);
  });
});
