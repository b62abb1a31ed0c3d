import { isLooseCoverage, type Analysis } from '../engine/types';
import type { ArticleText } from '../extract/types';
import type { AnalysisStage, ExtractReply, PageMark, StageCount, TabState } from '../messages';
import { pageMarks } from './page-marks';
import type { FinalState, TabCache } from './tab-cache';
import { errorText } from '../error-text';

/** The page could not be reached (no permission yet, a browser page, a closed tab). */
export class UnreachableError extends Error {}

export interface AnalyzerDeps {
  /** Extracts the article from the tab's page; throws UnreachableError when it cannot get to the page. */
  extract(tabId: number, force: boolean): Promise<ExtractReply>;
  /** Runs the engine against the corpus, reporting progress in [0, 1] within the stage (and its count where it has one). */
  analyze(
    article: ArticleText,
    onProgress: (stage: AnalysisStage, progress: number, count?: StageCount) => void,
  ): Promise<{ analysis: Analysis; corpusSize: number; setAside?: number; openings?: Record<string, string> }>;
  cache: TabCache;
  /** `loose`: the count comes from loosely related coverage only (the badge says so by its colour). */
  setBadge(tabId: number, text: string, loose?: boolean): void;
  /**
   * Told of each article analyzed to the end (done or no related coverage), e.g. to keep it in
   * the corpus; not of a page the reader had analyzed anyway, which did not look like an
   * article (a front page, search results, an error page): "Add this article" keeps one on request.
   */
  analyzed?(tabId: number, article: ArticleText, page?: string): void;
  /** Sends the page the claims to mark once its analysis is done (failures are the page's loss, not the analysis'). */
  showMarks?(tabId: number, marks: PageMark[]): void;
  /** Tells the page its marks no longer apply (it navigated within itself). */
  clearMarks?(tabId: number): void;
}

export type StateListener = (state: TabState) => void;

/** Overall progress shown for each stage: reading is quick, comparing takes the most. */
const STAGE_SPAN: Record<AnalysisStage, [number, number]> = {
  reading: [0, 0.2],
  // Only when many articles are new; it can take long, so it gets a share of its own.
  indexing: [0.2, 0.35],
  related: [0.35, 0.4],
  comparing: [0.4, 1],
};


/**
 * Owns the analysis of every tab: starts it on request, shares one run among all who
 * watch the tab, publishes each state to them, caches finished results and sets the badge.
 */
export class TabAnalyzer {
  private readonly states = new Map<number, TabState>();
  private readonly listeners = new Map<number, Set<StateListener>>();
  /** Bumped when a tab navigates or closes, so that a run started before cannot publish after. */
  private readonly generations = new Map<number, number>();
  /** Each tab's run under way, by a token of its own: a run superseded by another must not end the newer one's mark. */
  private readonly running = new Map<number, symbol>();
  /** Tabs whose page the reader had analyzed anyway (not detected as an article): analyzing again keeps that. */
  private readonly forced = new Set<number>();
  /**
   * The address of the article of each tab's last finished analysis (or of the one restored from
   * the session cache), kept while it is analyzed again.
   */
  private readonly articles = new Map<number, string>();

  constructor(private readonly deps: AnalyzerDeps) {}

  /** Subscribes to a tab's state and makes sure an analysis exists or is under way. Returns the unsubscribe. */
  watch(tabId: number, force: boolean, listener: StateListener): () => void {
    let set = this.listeners.get(tabId);
    if (!set) this.listeners.set(tabId, (set = new Set()));
    set.add(listener);
    void this.ensure(tabId, force, listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(tabId);
    };
  }

  /** The address of the article of the tab's last finished analysis (also while it is analyzed again); null when there is none. */
  articleUrl(tabId: number): string | null {
    return this.articles.get(tabId) ?? null;
  }

  /**
   * Analyzes again from scratch, e.g. after an error or a change of the documents set aside,
   * as the last analysis was asked for (anyway, for a page that is not detected as an
   * article); a run still under way is superseded and publishes nothing.
   */
  reanalyze(tabId: number): void {
    this.forget(tabId);
    this.generations.set(tabId, this.generation(tabId) + 1);
    void this.run(tabId, this.forced.has(tabId));
  }

  /** Other tabs holding a result for an article (by `sameArticle` on its address) lose it: it no longer applies. */
  forgetArticle(sameArticle: (url: string) => boolean, except: number): void {
    for (const [tabId, url] of [...this.articles]) if (tabId !== except && sameArticle(url)) this.invalidate(tabId, false);
  }

  /** An article a content script sent on its own (sites with automatic analysis); `page`: the address the tab shows. */
  acceptArticle(tabId: number, article: ArticleText, page?: string): void {
    if (this.running.has(tabId)) return;
    this.forget(tabId);
    void this.run(tabId, false, { article, page });
  }

  /**
   * The tab's result no longer applies (it navigated or closed, or its article changed): a run
   * under way publishes nothing and no longer stands in the way of a new one. The generation
   * of a closed tab stays bumped, so that a run it started cannot publish after all.
   */
  invalidate(tabId: number, closed: boolean): void {
    this.forget(tabId);
    this.forced.delete(tabId);
    this.articles.delete(tabId);
    this.running.delete(tabId);
    this.generations.set(tabId, this.generation(tabId) + 1);
    if (closed) this.listeners.delete(tabId);
    else this.deps.clearMarks?.(tabId);
  }

  /**
   * The tab shows another page: its result no longer applies. A popup waiting on the run for
   * the page before is told so (and offered to try again), not left waiting; it is not analyzed
   * at once, since a single-page site may still be drawing the new story.
   */
  navigated(tabId: number): void {
    const waiting = this.running.has(tabId) && (this.listeners.get(tabId)?.size ?? 0) > 0;
    this.invalidate(tabId, false);
    if (!waiting) return;
    this.show(tabId, { kind: 'error', message: 'The page moved to another address before its analysis was done.' });
  }

  /** Makes `state` the tab's, and tells everyone watching it. */
  private show(tabId: number, state: TabState): void {
    this.states.set(tabId, state);
    for (const listener of this.listeners.get(tabId) ?? []) listener(state);
  }

  /** The reader switched Lacuna off for a site: each tab with a result for one of its pages loses it, and its marks. */
  forgetPages(onSite: (url: string) => boolean): void {
    for (const tabId of [...this.states.keys()]) {
      const address = this.shownAddress(tabId);
      if (address && onSite(address)) this.invalidate(tabId, false);
    }
  }

  /** shownAddress, from the session cache when this worker holds no result for the tab (it was stopped and woken since). */
  async cachedAddress(tabId: number): Promise<string | undefined> {
    if (!this.states.has(tabId)) await this.cached(tabId);
    return this.shownAddress(tabId);
  }

  /** The address the tab showed when its result was made (the article's own when that is all it knows), if it has one. */
  shownAddress(tabId: number): string | undefined {
    const state = this.states.get(tabId);
    if (!state) return undefined;
    return ('page' in state ? state.page : undefined) ?? ('url' in state ? (state.url ?? undefined) : undefined);
  }

  private forget(tabId: number): void {
    this.states.delete(tabId);
    this.deps.setBadge(tabId, '');
    void this.deps.cache.delete(tabId).catch(() => undefined);
  }

  /** A finished analysis's article is the tab's (one without an address leaves it none). */
  private rememberArticle(tabId: number, state: FinalState): void {
    if (state.kind === 'not-article') return;
    if (state.url) this.articles.set(tabId, state.url);
    else this.articles.delete(tabId);
  }

  private generation(tabId: number): number {
    return this.generations.get(tabId) ?? 0;
  }

  private async ensure(tabId: number, force: boolean, listener: StateListener): Promise<void> {
    const current = this.states.get(tabId) ?? (await this.cached(tabId));
    const wantsForce = force && current?.kind === 'not-article';
    if (current && !wantsForce && current.kind !== 'error' && current.kind !== 'unreachable') {
      listener(current);
      return;
    }
    if (this.running.has(tabId)) {
      if (current) listener(current);
      return;
    }
    await this.run(tabId, force);
  }

  private async cached(tabId: number): Promise<FinalState | null> {
    const generation = this.generation(tabId);
    try {
      const state = await this.deps.cache.get(tabId);
      // The tab moved on while the cache was read: what it held is no longer the tab's.
      if (this.generation(tabId) !== generation) return null;
      if (state) {
        this.states.set(tabId, state);
        this.rememberArticle(tabId, state);
      }
      return state;
    } catch {
      return null;
    }
  }

  private async run(tabId: number, force: boolean, given?: { article: ArticleText; page?: string | undefined }): Promise<void> {
    const generation = this.generation(tabId);
    const publish = (state: TabState): boolean => {
      if (this.generation(tabId) !== generation) return false;
      this.show(tabId, state);
      return true;
    };
    const progress = (stage: AnalysisStage, within: number, count?: StageCount): void => {
      const [from, to] = STAGE_SPAN[stage];
      const overall = from + (to - from) * Math.min(1, Math.max(0, within));
      publish(count ? { kind: 'analyzing', stage, progress: overall, count } : { kind: 'analyzing', stage, progress: overall });
    };

    const token = Symbol('run');
    this.running.set(tabId, token);
    if (force) this.forced.add(tabId);
    try {
      progress('reading', 0);
      const read = given ?? (await this.read(tabId, force, publish));
      // The tab moved on while its page was read: the article is no longer its.
      if (!read || this.generation(tabId) !== generation) return;
      const { article, page } = read;
      const { analysis, corpusSize, setAside, openings } = await this.deps.analyze(article, progress);
      const common = {
        url: article.url,
        ...(page ? { page } : {}),
        title: article.title,
        corpusSize,
        truncated: article.truncated,
        ...(setAside ? { setAside } : {}),
      };
      const state: FinalState =
        analysis.related.length === 0
          ? { kind: 'no-related', ...common }
          : { kind: 'done', ...common, source: article.source, analysis, ...(openings && Object.keys(openings).length > 0 ? { openings } : {}) };
      if (!publish(state)) return;
      this.rememberArticle(tabId, state);
      this.deps.setBadge(tabId, state.kind === 'done' ? String(analysis.omitted.length) : '', isLooseCoverage(analysis.related));
      if (state.kind === 'done') this.deps.showMarks?.(tabId, pageMarks(analysis, article.text));
      await this.deps.cache.set(tabId, state).catch(() => undefined);
      if (!force) this.deps.analyzed?.(tabId, article, page);
    } catch (error) {
      publish({ kind: 'error', message: `The analysis failed: ${errorText(error)}` });
    } finally {
      if (this.running.get(tabId) === token) this.running.delete(tabId);
    }
  }

  /** Gets the article from the page, publishing why not when there is none. */
  private async read(tabId: number, force: boolean, publish: (state: TabState) => boolean): Promise<{ article: ArticleText; page?: string | undefined } | null> {
    let reply: ExtractReply;
    try {
      reply = await this.deps.extract(tabId, force);
    } catch (error) {
      if (!(error instanceof UnreachableError)) throw error;
      publish({ kind: 'unreachable', message: error.message });
      return null;
    }
    if (!reply.ok) {
      publish({ kind: 'error', message: `Lacuna could not read this page: ${reply.error}` });
      return null;
    }
    if (!reply.isArticle) {
      const state: FinalState = { kind: 'not-article', url: reply.url, title: reply.title, reason: reply.reason, ...(force ? { forced: true } : {}) };
      if (publish(state)) await this.deps.cache.set(tabId, state).catch(() => undefined);
      return null;
    }
    return { article: reply.article, page: reply.page };
  }
}
