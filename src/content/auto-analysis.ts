/**
 * Automatic analysis on a site the reader switched on: the page is read once it is idle and,
 * when it is an article, handed to the background unasked. A single-page app that moves to
 * another address (the background clears the page's marks then) is read again once its new
 * content has settled, as long as the site is still switched on.
 */
import { autoSiteList } from '../corpus/auto-site-setting';
import type { LocalArea } from '../corpus/capture-setting';
import type { ArticleText } from '../extract/types';
import type { ExtractReply } from '../messages';
import { originPattern } from '../site-pattern';

export type WatchPage = (onChange: () => void) => () => void;

export interface AutoAnalysisDeps {
  /** Reads the page, giving one that is not an article yet up to `budgetMs` from `sinceMs` to render one. */
  read(budgetMs: number, sinceMs: number): Promise<ExtractReply>;
  send(article: ArticleText): Promise<unknown>;
  /** Whether the reader still has automatic analysis on for the page's site. */
  switchedOn(url: string): Promise<boolean>;
  url(): string;
  now(): number;
  /** Resolves once the page has not changed for `quietMs`, or after `maxMs`. */
  quiet(quietMs: number, maxMs: number): Promise<void>;
}

/** On load a page gets 10 s to render its article; after an in-page navigation, 4 s more once it settled. */
const LOAD_BUDGET_MS = 10_000;
const NAVIGATION_BUDGET_MS = 4_000;
const QUIET_MS = 500;
const QUIET_MAX_MS = 5_000;

export class AutoAnalysis {
  private analyzedUrl: string | null = null;

  constructor(private readonly deps: AutoAnalysisDeps) {}

  start(): Promise<void> {
    return this.analyze(LOAD_BUDGET_MS, 0);
  }

  /** The page's marks were cleared: after a move to another address, the new page is analyzed. */
  async marksCleared(): Promise<void> {
    if (this.deps.url() === this.analyzedUrl) return; // the same page: the site was switched off, or a reload is coming
    this.analyzedUrl = this.deps.url();
    const since = this.deps.now();
    // The address often changes before the new content is there: read it once the page settled.
    await this.deps.quiet(QUIET_MS, QUIET_MAX_MS);
    await this.analyze(NAVIGATION_BUDGET_MS, since);
  }

  private async analyze(budgetMs: number, sinceMs: number): Promise<void> {
    const url = this.deps.url();
    this.analyzedUrl = url;
    if (!(await this.deps.switchedOn(url))) return;
    const reply = await this.deps.read(budgetMs, sinceMs);
    // Moved on again while reading: that move's own analysis takes over.
    if (!reply.ok || !reply.isArticle || this.deps.url() !== url) return;
    await this.deps.send(reply.article);
  }
}

/** Whether the page's site is in the reader's list of sites analyzed on load. */
export async function isSwitchedOn(local: LocalArea, url: string): Promise<boolean> {
  const site = originPattern(url);
  return site !== null && ((await autoSiteList(local)) ?? []).includes(site);
}

/** Resolves once `watch` has reported no change for `quietMs`, or after `maxMs` at most. */
export function quietFor(watch: WatchPage, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      clearTimeout(deadline);
      stop();
      resolve();
    };
    let timer = setTimeout(done, quietMs);
    const deadline = setTimeout(done, maxMs);
    const stop = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
  });
}
