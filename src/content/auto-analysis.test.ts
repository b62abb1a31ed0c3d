import type { ArticleText } from '../extract/types';
import type { ExtractReply } from '../messages';
import { AutoAnalysis, isSwitchedOn, quietFor, type AutoAnalysisDeps } from './auto-analysis';

const articleAt = (url: string): ArticleText => ({ url, title: url, source: null, published: null, lang: 'en', byline: null, truncated: false, text: `The story at ${url}.` });

function fakes(start: string) {
  let url = start;
  let on = true;
  const sent: string[] = [];
  const reads: Array<[number, number]> = [];
  const deps: AutoAnalysisDeps = {
    read: async (budgetMs, sinceMs) => {
      reads.push([budgetMs, sinceMs]);
      return { ok: true, isArticle: true, article: articleAt(url) } satisfies ExtractReply;
    },
    send: async (article) => void sent.push(article.url ?? ''),
    switchedOn: async () => on,
    url: () => url,
    now: () => 1234,
    quiet: async () => undefined,
  };
  return { deps, sent, reads, go: (to: string) => (url = to), switchOff: () => (on = false) };
}

describe('AutoAnalysis', () => {
  it('sends the article on load, and the new one after an in-page navigation', async () => {
    const { deps, sent, reads, go } = fakes('https://news.example/a');
    const auto = new AutoAnalysis(deps);
    await auto.start();
    expect(sent).toEqual(['https://news.example/a']);
    go('https://news.example/b');
    await auto.marksCleared();
    expect(sent).toEqual(['https://news.example/a', 'https://news.example/b']);
    // The new page's time to render counts from the navigation, not from the load.
    expect(reads).toEqual([[10_000, 0], [4_000, 1234]]);
  });

  it('does nothing when the marks are cleared on the same page (the site switched off)', async () => {
    const { deps, sent } = fakes('https://news.example/a');
    const auto = new AutoAnalysis(deps);
    await auto.start();
    await auto.marksCleared();
    expect(sent).toEqual(['https://news.example/a']);
  });

  it('does not analyze after a navigation once the site is switched off', async () => {
    const { deps, sent, go, switchOff } = fakes('https://news.example/a');
    const auto = new AutoAnalysis(deps);
    await auto.start();
    switchOff();
    go('https://news.example/b');
    await auto.marksCleared();
    expect(sent).toEqual(['https://news.example/a']);
  });

  it('drops a reading when the page moved on while it was read', async () => {
    const { deps, sent, go } = fakes('https://news.example/a');
    const read = deps.read;
    deps.read = async (budget, since) => {
      const reply = await read(budget, since);
      go('https://news.example/c');
      return reply;
    };
    await new AutoAnalysis(deps).start();
    expect(sent).toEqual([]);
  });
});

describe('isSwitchedOn', () => {
  const local = (list: unknown) => ({ get: async () => (list === undefined ? {} : { autoSites: list }), set: async () => undefined });
  it('is on for a page of a listed site only', async () => {
    expect(await isSwitchedOn(local(['https://news.example/*']), 'https://news.example/world/story')).toBe(true);
    expect(await isSwitchedOn(local(['https://news.example/*']), 'https://other.example/story')).toBe(false);
    expect(await isSwitchedOn(local(undefined), 'https://news.example/story')).toBe(false);
    expect(await isSwitchedOn(local(['https://news.example/*']), 'about:blank')).toBe(false);
  });
});

describe('quietFor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function watched() {
    const page = { change: () => undefined as void, stopped: false };
    const watch = (onChange: () => void) => ((page.change = onChange), () => void (page.stopped = true));
    return { page, watch };
  }

  it('waits until the page has not changed for the quiet time', async () => {
    const { page, watch } = watched();
    let done = false;
    void quietFor(watch, 40, 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(25);
    page.change();
    await vi.advanceTimersByTimeAsync(39);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(page.stopped).toBe(true);
  });

  it('gives up waiting after the longest wait', async () => {
    const { page, watch } = watched();
    let done = false;
    void quietFor(watch, 40, 100).then(() => (done = true));
    for (let t = 0; t < 99; t += 10) {
      page.change();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(done).toBe(true);
  });
});
