import type { Analysis } from '../engine/types';
import type { ArticleText } from '../extract/types';
import type { ExtractReply, TabState } from '../messages';
import { TabAnalyzer, UnreachableError, type AnalyzerDeps } from './tab-analyzer';
import { TabCache, type SessionArea } from './tab-cache';

const article: ArticleText = {
  url: 'https://news.example/story',
  title: 'A story',
  source: 'Example News',
  published: null,
  lang: 'en',
  byline: null,
  truncated: false,
  text: 'One sentence. Another sentence.',
};

const analysis = (omitted: number, related = 2): Analysis => ({
  version: 1,
  article: { title: 'A story', sentences: 2 },
  related: Array.from({ length: related }, (_, i) => ({ doc: `d${i}`, title: null, source: `Outlet ${i}`, score: 0.5 })),
  omitted: Array.from({ length: omitted }, (_, i) => ({ id: `i${i}`, text: `Fact ${i}.`, topic: null, score: 0.5, sources: [{ doc: 'd0', quote: `Fact ${i}.` }], claim: null })),
  discrepancies: [],
});

function memoryArea(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (key) => void data.delete(key),
  };
}

function setup(overrides: Partial<AnalyzerDeps> = {}, area = memoryArea()) {
  const badges = new Map<number, string>();
  const deps: AnalyzerDeps = {
    extract: vi.fn(async (): Promise<ExtractReply> => ({ ok: true, isArticle: true, article })),
    analyze: vi.fn(async (_article, onProgress) => {
      onProgress('related', 1);
      onProgress('comparing', 0.5);
      return { analysis: analysis(3), corpusSize: 5 };
    }),
    cache: new TabCache(area),
    setBadge: (tabId, text) => badges.set(tabId, text),
    ...overrides,
  };
  return { analyzer: new TabAnalyzer(deps), deps, badges, area };
}

function collect(analyzer: TabAnalyzer, tabId: number, force = false) {
  const states: TabState[] = [];
  const unsubscribe = analyzer.watch(tabId, force, (state) => states.push(state));
  return { states, unsubscribe, last: () => states.at(-1) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TabAnalyzer', () => {
  it('says how many documents were set aside for the article, and which article a finished tab holds', async () => {
    const { analyzer } = setup({ analyze: vi.fn(async () => ({ analysis: analysis(3), corpusSize: 5, setAside: 2 })) });
    expect(analyzer.articleUrl(7)).toBeNull();
    const watch = collect(analyzer, 7);
    await settle();
    expect(watch.last()).toMatchObject({ kind: 'done', setAside: 2 });
    expect(analyzer.articleUrl(7)).toBe(article.url);
    const none = setup();
    const plain = collect(none.analyzer, 7);
    await settle();
    expect(plain.last()).not.toHaveProperty('setAside');
  });

  it('tells the badge when its count comes from loosely related coverage only', async () => {
    const badges: Array<[string, boolean | undefined]> = [];
    const loose = analysis(3);
    loose.related = loose.related.map((entry) => ({ ...entry, score: 0.3, loose: true as const }));
    const { analyzer } = setup({ analyze: vi.fn(async () => ({ analysis: loose, corpusSize: 5 })), setBadge: (_tab, text, isLoose) => badges.push([text, isLoose]) });
    collect(analyzer, 7);
    await settle();
    expect(badges.at(-1)).toEqual(['3', true]);
    const clear = setup({ setBadge: (_tab, text, isLoose) => badges.push([text, isLoose]) });
    collect(clear.analyzer, 8);
    await settle();
    expect(badges.at(-1)).toEqual(['3', false]);
  });

  it('gives the popup the openings of untitled related documents, and no empty list of them', async () => {
    const openings = { 'afp.txt': 'Chinese President Xi Jinping and his Russian counterpart spoke on Thursday.' };
    const { analyzer } = setup({ analyze: vi.fn(async () => ({ analysis: analysis(3), corpusSize: 5, openings })) });
    const watch = collect(analyzer, 7);
    await settle();
    expect(watch.last()).toMatchObject({ kind: 'done', openings });
    const none = setup({ analyze: vi.fn(async () => ({ analysis: analysis(3), corpusSize: 5, openings: {} })) });
    const plain = collect(none.analyzer, 7);
    await settle();
    expect(plain.last()).not.toHaveProperty('openings');
  });

  it('reports progress, then the finished analysis, and sets the badge to the number of items', async () => {
    const { analyzer, badges } = setup();
    const watch = collect(analyzer, 7);
    await settle();
    const kinds = watch.states.map((s) => s.kind);
    expect(kinds.slice(0, -1).every((k) => k === 'analyzing')).toBe(true);
    const progress = watch.states.flatMap((s) => (s.kind === 'analyzing' ? [s.progress] : []));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(watch.last()).toMatchObject({ kind: 'done', corpusSize: 5, title: 'A story', url: article.url });
    expect(badges.get(7)).toBe('3');
  });

  it('passes on the indexing of new articles with its count, its progress before that of related coverage', async () => {
    const { analyzer } = setup({
      analyze: vi.fn(async (_article, onProgress) => {
        onProgress('indexing', 0.5, { done: 500, total: 1000 });
        onProgress('related', 0);
        onProgress('comparing', 1);
        return { analysis: analysis(1), corpusSize: 1000 };
      }),
    });
    const watch = collect(analyzer, 3);
    await settle();
    const indexing = watch.states.find((s) => s.kind === 'analyzing' && s.stage === 'indexing');
    expect(indexing).toMatchObject({ count: { done: 500, total: 1000 } });
    const progress = watch.states.flatMap((s) => (s.kind === 'analyzing' ? [s.progress] : []));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(watch.states.find((s) => s.kind === 'analyzing' && s.stage === 'related')).not.toHaveProperty('count');
  });

  it('shares one run among popups watching the same tab', async () => {
    const { analyzer, deps } = setup();
    const first = collect(analyzer, 1);
    const second = collect(analyzer, 1);
    await settle();
    expect(deps.extract).toHaveBeenCalledTimes(1);
    expect(first.last()?.kind).toBe('done');
    expect(second.last()?.kind).toBe('done');
  });

  /** Tab 4 analyzed by one analyzer, then watched through another over the same session cache (a worker restart). */
  async function afterRestart() {
    const area = memoryArea();
    collect(setup({}, area).analyzer, 4);
    await settle();
    const after = setup({}, area);
    const watch = collect(after.analyzer, 4);
    await settle();
    return { ...after, watch };
  }

  it('answers from the session cache after a worker restart, without reading the page again', async () => {
    const { deps, watch } = await afterRestart();
    expect(deps.extract).not.toHaveBeenCalled();
    expect(watch.states.map((s) => s.kind)).toEqual(['done']);
  });

  it('knows the article of a result restored from the session cache, so that its other tabs lose it too', async () => {
    const { analyzer } = await afterRestart();
    expect(analyzer.articleUrl(4)).toBe(article.url);
    analyzer.forgetArticle((url) => url === article.url, 9);
    expect(analyzer.articleUrl(4)).toBeNull();
  });

  it('forgets a tab when it navigates: cache and badge cleared, next watch analyzes again', async () => {
    const { analyzer, deps, badges, area } = setup();
    collect(analyzer, 2);
    await settle();
    analyzer.invalidate(2, false);
    await settle();
    expect(area.data.size).toBe(0);
    expect(badges.get(2)).toBe('');
    collect(analyzer, 2);
    await settle();
    expect(deps.extract).toHaveBeenCalledTimes(2);
  });

  it('drops the result of a run that the tab navigated away from', async () => {
    let finish: (v: ExtractReply) => void = () => undefined;
    const { analyzer, badges } = setup({ extract: () => new Promise((resolve) => (finish = resolve)) });
    const watch = collect(analyzer, 3);
    analyzer.invalidate(3, false);
    finish({ ok: true, isArticle: true, article });
    await settle();
    expect(watch.states.some((s) => s.kind === 'done')).toBe(false);
    expect(badges.get(3)).toBe('');
  });

  it('starts afresh for the new page while a run for the page before is still reading it', async () => {
    const next: ArticleText = { ...article, url: 'https://news.example/next', title: 'Next story' };
    const pending: Array<(reply: ExtractReply) => void> = [];
    const { analyzer, deps } = setup({ extract: vi.fn(() => new Promise<ExtractReply>((resolve) => pending.push(resolve))) });
    const first = collect(analyzer, 3);
    await settle();
    first.unsubscribe();
    analyzer.invalidate(3, false);
    // The popup opened again, on the new page: it is not left waiting on the old run.
    const watch = collect(analyzer, 3);
    await settle();
    expect(deps.extract).toHaveBeenCalledTimes(2);
    pending[1]!({ ok: true, isArticle: true, article: next });
    pending[0]!({ ok: true, isArticle: true, article });
    await settle();
    await settle();
    expect(watch.last()).toMatchObject({ kind: 'done', url: next.url });
    expect(analyzer.articleUrl(3)).toBe(next.url);
  });

  it('analyzes the article a content script sends for the new page while a run for the page before is in flight', async () => {
    const next: ArticleText = { ...article, url: 'https://news.example/next' };
    let finish: (reply: ExtractReply) => void = () => undefined;
    const { analyzer, deps } = setup({ extract: () => new Promise((resolve) => (finish = resolve)) });
    collect(analyzer, 4);
    await settle();
    analyzer.invalidate(4, false);
    analyzer.acceptArticle(4, next);
    finish({ ok: true, isArticle: true, article });
    await settle();
    await settle();
    expect(vi.mocked(deps.analyze).mock.calls.map(([given]) => given.url)).toEqual([next.url]);
    expect(analyzer.articleUrl(4)).toBe(next.url);
  });

  it('tells a popup left waiting while its tab moves to another page, and analyzes the new page when asked again', async () => {
    const next: ArticleText = { ...article, url: 'https://news.example/next' };
    const replies = [article, next];
    let finish: (reply: ExtractReply) => void = () => undefined;
    const { analyzer } = setup({
      extract: vi.fn(() => {
        const given = replies.shift()!;
        return given === article ? new Promise<ExtractReply>((resolve) => (finish = resolve)) : Promise.resolve<ExtractReply>({ ok: true, isArticle: true, article: given });
      }),
    });
    const watch = collect(analyzer, 6);
    await settle();
    analyzer.navigated(6);
    expect(watch.last()).toEqual({ kind: 'error', message: expect.stringMatching(/moved to another address/) });
    finish({ ok: true, isArticle: true, article });
    await settle();
    expect(watch.last()?.kind).toBe('error');
    analyzer.reanalyze(6);
    await settle();
    await settle();
    expect(watch.last()).toMatchObject({ kind: 'done', url: next.url });
  });

  it('leaves a popup showing a finished result as it is when its tab moves on', async () => {
    const { analyzer } = setup();
    const watch = collect(analyzer, 8);
    await settle();
    const shown = watch.states.length;
    analyzer.navigated(8);
    await settle();
    expect(watch.states).toHaveLength(shown);
  });

  it('starts nothing when a tab no popup watches moves to another page', async () => {
    const { analyzer, deps } = setup();
    analyzer.navigated(7);
    await settle();
    expect(deps.extract).not.toHaveBeenCalled();
  });

  it('keeps nothing of a run whose tab closed while it ran', async () => {
    let finish: (reply: ExtractReply) => void = () => undefined;
    const { analyzer, area, badges } = setup({ extract: () => new Promise((resolve) => (finish = resolve)) });
    collect(analyzer, 5);
    await settle();
    analyzer.invalidate(5, true);
    finish({ ok: true, isArticle: true, article });
    await settle();
    await settle();
    expect(area.data.size).toBe(0);
    expect(analyzer.articleUrl(5)).toBeNull();
    expect(badges.get(5)).toBe('');
  });

  it('says the tab is unreachable when the page cannot be injected', async () => {
    const { analyzer } = setup({ extract: async () => Promise.reject(new UnreachableError('Click the Lacuna button')) });
    const watch = collect(analyzer, 5);
    await settle();
    expect(watch.last()).toEqual({ kind: 'unreachable', message: 'Click the Lacuna button' });
  });

  it('reports a not-article page and analyzes it anyway when forced', async () => {
    const extract = vi.fn(async (_tab: number, force: boolean): Promise<ExtractReply> =>
      force ? { ok: true, isArticle: true, article } : { ok: true, isArticle: false, url: 'https://x.example/', title: 'Front', reason: 'a list of links' },
    );
    const { analyzer } = setup({ extract });
    const first = collect(analyzer, 6);
    await settle();
    expect(first.last()).toMatchObject({ kind: 'not-article', reason: 'a list of links' });
    const forced = collect(analyzer, 6, true);
    await settle();
    expect(forced.last()?.kind).toBe('done');
    expect(extract).toHaveBeenLastCalledWith(6, true);
  });

  it('analyzes a page analyzed anyway again anyway, not as a page that is not an article', async () => {
    const extract = vi.fn(async (_tab: number, force: boolean): Promise<ExtractReply> =>
      force ? { ok: true, isArticle: true, article } : { ok: true, isArticle: false, url: 'https://x.example/', title: 'Front', reason: 'a list of links' },
    );
    const { analyzer } = setup({ extract });
    const watch = collect(analyzer, 6, true);
    await settle();
    expect(watch.last()?.kind).toBe('done');
    analyzer.reanalyze(6);
    await settle();
    expect(extract).toHaveBeenLastCalledWith(6, true);
    expect(watch.last()?.kind).toBe('done');
    // Once the tab navigates, it is a new page: no longer forced.
    analyzer.invalidate(6, false);
    analyzer.reanalyze(6);
    await settle();
    expect(extract).toHaveBeenLastCalledWith(6, false);
  });

  it('lets only the last of two runs asked for publish, and knows the article while it runs again', async () => {
    let calls = 0;
    const releases: Array<() => void> = [];
    const analyze = vi.fn(async () => {
      const run = ++calls;
      if (run > 1) await new Promise<void>((resolve) => releases.push(resolve));
      return { analysis: analysis(run), corpusSize: 5 };
    });
    const { analyzer } = setup({ analyze });
    const watch = collect(analyzer, 7);
    await settle();
    expect(watch.last()).toMatchObject({ kind: 'done' });
    analyzer.reanalyze(7);
    await settle();
    expect(analyzer.articleUrl(7)).toBe(article.url);
    analyzer.reanalyze(7);
    await settle();
    expect(releases).toHaveLength(2);
    releases[1]!();
    await settle();
    releases[0]!();
    await settle();
    const finals = watch.states.filter((state) => state.kind === 'done');
    expect(finals.map((state) => (state.kind === 'done' ? state.analysis.omitted.length : -1))).toEqual([1, 3]);
  });

  it('takes the result away from the other tabs of an article', async () => {
    const { analyzer, badges } = setup();
    collect(analyzer, 7);
    collect(analyzer, 8);
    await settle();
    analyzer.forgetArticle((url) => url === article.url, 7);
    expect(analyzer.articleUrl(8)).toBeNull();
    expect(analyzer.articleUrl(7)).toBe(article.url);
    expect(badges.get(8)).toBe('');
    expect(badges.get(7)).toBe('3');
  });

  it('does not tell of a page analyzed anyway, so that front pages and search results stay out of the corpus', async () => {
    const analyzed = vi.fn();
    const extract = vi.fn(async (_tab: number, force: boolean): Promise<ExtractReply> =>
      force ? { ok: true, isArticle: true, article } : { ok: true, isArticle: false, url: 'https://x.example/', title: 'Front', reason: 'a list of links' },
    );
    const { analyzer } = setup({ extract, analyzed });
    collect(analyzer, 6);
    await settle();
    const forced = collect(analyzer, 6, true);
    await settle();
    expect(forced.last()?.kind).toBe('done');
    expect(analyzed).not.toHaveBeenCalled();
  });

  it('says when analyzing anyway still found no text, so that the popup does not offer it again', async () => {
    const extract = vi.fn(async (_tab: number, force: boolean): Promise<ExtractReply> => ({
      ok: true,
      isArticle: false,
      url: 'https://x.example/gallery',
      title: 'Gallery',
      reason: force ? 'No text could be extracted from this page.' : 'a list of links',
    }));
    const { analyzer } = setup({ extract });
    const first = collect(analyzer, 16);
    await settle();
    expect(first.last()).toMatchObject({ kind: 'not-article', reason: 'a list of links' });
    expect(first.last()).not.toHaveProperty('forced');
    const forced = collect(analyzer, 16, true);
    await settle();
    expect(forced.last()).toMatchObject({ kind: 'not-article', reason: 'No text could be extracted from this page.', forced: true });
  });

  it('says when nothing in the corpus is related, with the corpus size', async () => {
    const { analyzer, badges } = setup({ analyze: async () => ({ analysis: analysis(0, 0), corpusSize: 12 }) });
    const watch = collect(analyzer, 8);
    await settle();
    expect(watch.last()).toMatchObject({ kind: 'no-related', corpusSize: 12 });
    expect(badges.get(8)).toBe('');
  });

  it('turns a failure into an error state that names it, and retries on request', async () => {
    let fail = true;
    const { analyzer } = setup({
      analyze: async () => {
        if (fail) throw new Error('index broken');
        return { analysis: analysis(1), corpusSize: 1 };
      },
    });
    const watch = collect(analyzer, 9);
    await settle();
    expect(watch.last()).toEqual({ kind: 'error', message: 'The analysis failed: index broken' });
    fail = false;
    analyzer.reanalyze(9);
    await settle();
    expect(watch.last()?.kind).toBe('done');
  });

  it('tells of each article analyzed to the end, and not of pages that are not articles or failed', async () => {
    const analyzed = vi.fn();
    const { analyzer } = setup({ analyzed, extract: async () => ({ ok: true, isArticle: true, article, page: 'https://m.news.example/story' }) });
    collect(analyzer, 1);
    await settle();
    expect(analyzed).toHaveBeenCalledWith(1, article, 'https://m.news.example/story');
    const notArticle = setup({ analyzed: vi.fn(), extract: async () => ({ ok: true, isArticle: false, url: 'https://x.example/', title: null, reason: 'a front page' }) });
    collect(notArticle.analyzer, 2);
    const failing = setup({ analyzed: vi.fn(), analyze: async () => Promise.reject(new Error('broken')) });
    collect(failing.analyzer, 3);
    await settle();
    expect(notArticle.deps.analyzed).not.toHaveBeenCalled();
    expect(failing.deps.analyzed).not.toHaveBeenCalled();
  });

  it('sends the page the claims to mark when the analysis is done, and clears them when the tab navigates', async () => {
    const withClaim = analysis(2);
    withClaim.omitted[1]!.claim = { text: 'Another sentence.', start: 14, end: 31 };
    const shown: Array<[number, string[]]> = [];
    const cleared: number[] = [];
    const { analyzer } = setup({
      analyze: async () => ({ analysis: withClaim, corpusSize: 5 }),
      showMarks: (tabId, marks) => shown.push([tabId, marks.map((m) => m.quote.exact)]),
      clearMarks: (tabId) => cleared.push(tabId),
    });
    collect(analyzer, 12);
    await settle();
    expect(shown).toEqual([[12, ['Another sentence.']]]);
    analyzer.invalidate(12, false);
    analyzer.invalidate(12, true);
    expect(cleared).toEqual([12]);
  });

  it('analyzes an article a content script sends unasked (automatic sites)', async () => {
    const { analyzer, deps, badges } = setup();
    analyzer.acceptArticle(11, article);
    await settle();
    expect(deps.extract).not.toHaveBeenCalled();
    expect(badges.get(11)).toBe('3');
    const watch = collect(analyzer, 11);
    await settle();
    expect(watch.last()?.kind).toBe('done');
  });

  it('forgets the results and marks of the tabs showing a site the reader switched off, and only those', async () => {
    const cleared: number[] = [];
    const other: ArticleText = { ...article, url: 'https://elsewhere.example/story' };
    const { analyzer, badges } = setup({ clearMarks: (tabId) => cleared.push(tabId) });
    analyzer.acceptArticle(21, article);
    analyzer.acceptArticle(22, other);
    await settle();
    expect([badges.get(21), badges.get(22)]).toEqual(['3', '3']);
    analyzer.forgetPages((url) => url.startsWith('https://news.example/'));
    expect(cleared).toEqual([21]);
    expect([badges.get(21), badges.get(22)]).toEqual(['', '3']);
  });

  it('knows the address a tab showed from the session cache once the worker is woken again', async () => {
    const area = memoryArea();
    const before = setup({ extract: async () => ({ ok: true, isArticle: true, article, page: 'https://m.news.example/story' }) }, area);
    collect(before.analyzer, 41);
    await settle();
    const woken = setup({}, area);
    expect(woken.analyzer.shownAddress(41)).toBeUndefined();
    expect(await woken.analyzer.cachedAddress(41)).toBe('https://m.news.example/story');
    expect(await woken.analyzer.cachedAddress(42)).toBeUndefined();
  });

  it('does not take back a cached result that the tab navigated away from while it was read', async () => {
    const area = memoryArea();
    const before = setup({}, area);
    collect(before.analyzer, 43);
    await settle();
    const woken = setup({}, area);
    const reading = woken.analyzer.cachedAddress(43);
    woken.analyzer.navigated(43);
    expect(await reading).toBeUndefined();
    expect(woken.analyzer.articleUrl(43)).toBeNull();
  });

  it('keeps the address the tab shows beside the article’s canonical one, and forgets a page by the site it is on', async () => {
    const canonical: ArticleText = { ...article, url: 'https://www.news.example/story' };
    const cleared: number[] = [];
    const { analyzer } = setup({
      extract: async () => ({ ok: true, isArticle: true, article: canonical, page: 'https://m.news.example/story?amp' }),
      clearMarks: (tabId) => cleared.push(tabId),
    });
    const clicked = collect(analyzer, 31);
    await settle();
    expect(clicked.last()).toMatchObject({ kind: 'done', url: 'https://www.news.example/story', page: 'https://m.news.example/story?amp' });
    analyzer.acceptArticle(32, canonical, 'https://m.news.example/other');
    await settle();
    expect(collect(analyzer, 32).last()).toMatchObject({ kind: 'done', page: 'https://m.news.example/other' });
    analyzer.forgetPages((url) => url.startsWith('https://www.news.example/'));
    expect(cleared).toEqual([]);
    analyzer.forgetPages((url) => url.startsWith('https://m.news.example/'));
    expect(cleared).toEqual([31, 32]);
  });
});
