import type { ExtractReply } from '../messages';

export interface AwaitArticleOptions {
  /** How long to wait for an article to appear; 0 answers at once. */
  waitMs: number;
  /** Quiet time after a page change before reading the page again. */
  settleMs: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Reads the page; when it is not (yet) an article, waits for the page to change (a body
 * rendered by script after load) and reads it again, until it is one or `waitMs` passed.
 * Answers the last reading.
 */
export function awaitArticle(
  extract: () => ExtractReply | Promise<ExtractReply>,
  watch: (onChange: () => void) => () => void,
  options: AwaitArticleOptions,
): Promise<ExtractReply> {
  const first = extract();
  return first instanceof Promise ? first.then((reply) => waitFrom(reply, extract, watch, options)) : waitFrom(first, extract, watch, options);
}

function waitFrom(
  first: ExtractReply,
  extract: () => ExtractReply | Promise<ExtractReply>,
  watch: (onChange: () => void) => () => void,
  options: AwaitArticleOptions,
): Promise<ExtractReply> {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  if (!first.ok || first.isArticle || options.waitMs <= 0) return Promise.resolve(first);
  return new Promise((resolve) => {
    let last: ExtractReply = first;
    let settle: unknown = null;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      stop();
      clearTimer(deadline);
      if (settle !== null) clearTimer(settle);
      resolve(last);
    };
    // One reading at a time: changes during a reading in stages start the next one after it.
    let reading = false;
    let again = false;
    const read = (): void => {
      if (done) return;
      if (reading) {
        again = true;
        return;
      }
      const took = (reply: ExtractReply): void => {
        reading = false;
        last = reply;
        if (!last.ok || last.isArticle) finish();
        else if (again) {
          again = false;
          read();
        }
      };
      const reply = extract();
      if (reply instanceof Promise) {
        reading = true;
        void reply.then(took);
      } else took(reply);
    };
    const stop = watch(() => {
      if (settle !== null) clearTimer(settle);
      settle = setTimer(() => {
        settle = null;
        read();
      }, options.settleMs);
    });
    const deadline = setTimer(finish, options.waitMs);
  });
}

/** How long a page of this age (ms since it started loading) is given to render its article. */
export function articleWait(ageMs: number, budgetMs: number, windowMs = 10_000): number {
  return Math.max(0, Math.min(budgetMs, windowMs - ageMs));
}
