/**
 * Pauses for extraction in stages (`extractArticleInStages`): each stage runs in the page's
 * idle time, so extracting never holds up the page's own work for long.
 */

/** What the pause needs of the window and document (fakes in tests). */
export interface IdleHost {
  requestIdleCallback?: (run: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, options?: { timeout: number }) => unknown;
  setTimeout: (run: () => void, ms: number) => unknown;
}

export interface IdlePauseOptions {
  /** Longest wait for idle time before a stage runs anyway (a page that is never idle). */
  timeoutMs?: number;
  /** Idle time left in the current period that is enough to run the next stage at once. */
  enoughMs?: number;
}

/**
 * A pause that waits for the next idle period, unless the current one still has `enoughMs`
 * left (then the next stage runs at once). A hidden page is not paused at all: nobody waits
 * on it, and background tabs run idle callbacks and timers late.
 */
export function idlePause(host: IdleHost, doc: Pick<Document, 'visibilityState'>, options: IdlePauseOptions = {}): () => Promise<void> {
  const timeout = options.timeoutMs ?? 100;
  const enough = options.enoughMs ?? 10;
  let deadline: { timeRemaining(): number } | null = null;
  return () => {
    if (doc.visibilityState === 'hidden') return Promise.resolve();
    if (deadline && deadline.timeRemaining() >= enough) return Promise.resolve();
    deadline = null;
    return new Promise<void>((resolve) => {
      if (typeof host.requestIdleCallback === 'function') {
        host.requestIdleCallback(
          (d) => {
            deadline = d.didTimeout ? null : d;
            resolve();
          },
          { timeout },
        );
      } else {
        host.setTimeout(resolve, 0);
      }
    });
  };
}
