import type { ExtractReply } from '../messages';
import { articleWait, awaitArticle } from './await-article';

const notArticle: ExtractReply = { ok: true, isArticle: false, url: 'https://x.example/', title: null, reason: 'too little text' };
const article: ExtractReply = {
  ok: true,
  isArticle: true,
  article: { url: 'https://x.example/', title: 'T', source: null, published: null, lang: null, byline: null, truncated: false, text: 'Body.' },
};

/** A page whose changes and timers the test drives by hand. */
function fakePage(replies: ExtractReply[]) {
  let onChange: (() => void) | null = null;
  const timers = new Map<number, () => void>();
  let next = 0;
  let reads = 0;
  return {
    extract: () => replies[Math.min(reads++, replies.length - 1)]!,
    watch: (cb: () => void) => ((onChange = cb), () => (onChange = null)),
    options: {
      setTimer: (run: () => void) => (timers.set(++next, run), next),
      clearTimer: (h: unknown) => void timers.delete(h as number),
    },
    change: () => onChange?.(),
    /** Runs the earliest pending timer. */
    tick: () => {
      const [id, run] = [...timers.entries()][0] ?? [];
      if (id === undefined || !run) return;
      timers.delete(id);
      run();
    },
    watching: () => onChange !== null,
    reads: () => reads,
  };
}

describe('awaitArticle', () => {
  it('answers at once for an article, or when it may not wait', async () => {
    const page = fakePage([article]);
    expect(await awaitArticle(page.extract, page.watch, { waitMs: 4000, settleMs: 300, ...page.options })).toBe(article);
    const later = fakePage([notArticle]);
    expect(await awaitArticle(later.extract, later.watch, { waitMs: 0, settleMs: 300, ...later.options })).toBe(notArticle);
    expect(later.watching()).toBe(false);
  });

  it('reads the page again after it changed, and answers the article once it is there', async () => {
    const page = fakePage([notArticle, notArticle, article]);
    const answer = awaitArticle(page.extract, page.watch, { waitMs: 4000, settleMs: 300, ...page.options });
    page.change();
    page.tick(); // the deadline is first in line: it was set before any settle timer
    expect(await answer).toBe(notArticle);
    expect(page.watching()).toBe(false);

    const second = fakePage([notArticle, notArticle, article]);
    const found = awaitArticle(second.extract, second.watch, { waitMs: 4000, settleMs: 300, ...second.options });
    second.change();
    second.options.clearTimer(1); // no deadline: only the page's changes can end this wait
    second.tick();
    second.change();
    second.tick();
    expect(await found).toBe(article);
    expect(second.reads()).toBe(3);
    expect(second.watching()).toBe(false);
  });

  it('gives a page a wait only in its first seconds', () => {
    expect(articleWait(1000, 4000)).toBe(4000);
    expect(articleWait(8000, 4000)).toBe(2000);
    expect(articleWait(30_000, 4000)).toBe(0);
  });
});

describe('awaitArticle with a reading in stages', () => {
  it('reads once at a time: a change during a reading starts the next one after it', async () => {
    const pending: Array<(r: ExtractReply) => void> = [];
    let reads = 0;
    const extract = (): Promise<ExtractReply> => (reads++, new Promise((resolve) => pending.push(resolve)));
    let onChange: (() => void) | null = null;
    const timers = new Map<number, () => void>();
    let next = 0;
    const answer = awaitArticle(extract, (cb) => ((onChange = cb), () => (onChange = null)), {
      waitMs: 4000,
      settleMs: 300,
      setTimer: (run) => (timers.set(++next, run), next),
      clearTimer: (h) => void timers.delete(h as number),
    });
    pending.shift()!(notArticle);
    await Promise.resolve();
    await Promise.resolve();
    expect(onChange).not.toBeNull();
    timers.delete(1); // no deadline
    const settleNow = (): void => {
      const [id, run] = [...timers.entries()][0]!;
      timers.delete(id);
      run();
    };
    onChange!();
    settleNow();
    expect(reads).toBe(2);
    onChange!(); // the page changes while the second reading runs
    settleNow();
    expect(reads).toBe(2);
    pending.shift()!(notArticle);
    await new Promise((r) => setTimeout(r, 0));
    expect(reads).toBe(3);
    pending.shift()!(article);
    expect(await answer).toBe(article);
    expect(onChange).toBeNull();
  });
});
