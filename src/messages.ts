/**
 * Every message that crosses a process boundary (content script, background, popup),
 * typed per direction. No other module builds message objects by hand.
 */
import type { Analysis } from './engine/types';
import type { ArticleText } from './extract/types';
import type { ExtractedPage } from './corpus/import';

/** What the popup shows for a tab; the background is its only author. */
export type TabState =
  | { kind: 'analyzing'; stage: AnalysisStage; progress: number; count?: StageCount }
  /** `forced`: the reader already asked to analyze it anyway, and the page still gave no text. */
  | { kind: 'not-article'; url: string | null; title: string | null; reason: string; forced?: boolean }
  /**
   * `url`: the article's own address (its canonical one when the page names it); `page`: the
   * address the tab shows, which can be on another host (a mobile or regional site, a copy).
   */
  | { kind: 'no-related'; url: string | null; page?: string; title: string | null; corpusSize: number; truncated: boolean; setAside?: number }
  /**
   * `setAside`: how many documents the reader set aside as another story for this article;
   * `openings`: the first sentence of each related document that has no title, by its id.
   */
  | { kind: 'done'; url: string | null; page?: string; title: string | null; source: string | null; corpusSize: number; truncated: boolean; analysis: Analysis; setAside?: number; openings?: Record<string, string> }
  | { kind: 'error'; message: string }
  /** The background could not reach the page: the user must click the toolbar button on it. */
  | { kind: 'unreachable'; message: string };

/**
 * 'indexing' comes between reading and related coverage only when many articles of the corpus
 * are not indexed yet (a first run on a large corpus, a large import); it is not a numbered step.
 */
export type AnalysisStage = 'reading' | 'indexing' | 'related' | 'comparing';

/** How many of a stage's items are done, where the stage has countable items (articles indexed). */
export interface StageCount {
  done: number;
  total: number;
}

export const STAGE_LABELS: Record<AnalysisStage, string> = {
  reading: 'Reading the article',
  indexing: 'Indexing new articles of your corpus',
  related: 'Finding related coverage',
  comparing: 'Comparing with the related articles',
};

// ---- background → content script (tabs.sendMessage) ----

/** A passage of the article to mark on the page: the quote with the extracted text around it. */
export interface MarkQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** An omitted fact as a card on the page shows it: outlets named, each with its exact sentence. */
export interface CardItem {
  /** The engine's item id (the popup names items by it). */
  id: string;
  text: string;
  sources: Array<{ outlet: string; quote: string }>;
}

export interface CardDiscrepancy {
  note: string;
  /** The article's own sentence, and the other outlet's. */
  articleQuote: string;
  outlet: string;
  otherQuote: string;
}

/**
 * One claim of the article to mark on the page, with what its card shows: the omitted facts
 * that belong next to it, and any other outlet's conflicting version of it. A claim with a
 * discrepancy is of kind 'discrepancy' (marked differently) even when it also has items.
 */
export interface PageMark {
  id: string;
  kind: 'omission' | 'discrepancy';
  quote: MarkQuote;
  items: CardItem[];
  discrepancies: CardDiscrepancy[];
  /** Every article the card quotes is only loosely related: what it lists may come from another story. */
  loose?: boolean;
}

export type ToContent =
  /** `movedMs`: how long ago the tab moved to the address it shows, when the background saw it (a single-page site's story may still be drawing). */
  | { type: 'extract'; force: boolean; movedMs?: number }
  /** The analysis is done: mark these claims (replacing any earlier marks). */
  | { type: 'show-marks'; marks: PageMark[] }
  /** The page's result no longer applies (navigation within the page): remove every mark. */
  | { type: 'clear-marks' };

// ---- popup → content script (tabs.sendMessage) ----

export type PopupToContent =
  /** Scroll to the claim of this omitted item and flash it. Answered with a RevealReply. */
  | { type: 'reveal'; itemId: string }
  /** Show or hide every mark on the page. Answered with MarksStatus. */
  | { type: 'set-marks-visible'; visible: boolean }
  /** Answered with MarksStatus. */
  | { type: 'marks-status' };

export interface MarksStatus {
  /** Claims the page was sent, and how many of them were found on it. */
  marks: number;
  anchored: number;
  /**
   * The omitted items whose claim is marked on the page (or was, when the reader hid the marks):
   * the ones "Show in the article" can show; showing one turns hidden marks back on.
   */
  itemsOnPage: string[];
  visible: boolean;
}

export interface RevealReply {
  found: boolean;
}

/** The content script's answer to `extract`. */
export type ExtractReply =
  /** `page`: the address the tab shows (the article's `url` can be its canonical address, elsewhere). */
  | { ok: true; isArticle: true; article: ArticleText; page?: string }
  | { ok: true; isArticle: false; url: string; title: string | null; reason: string }
  | { ok: false; error: string };

// ---- content script → background (runtime.sendMessage) ----

/** Sent by a content script that was registered for a site the user chose to analyze on load. */
export type FromContent = { type: 'page-article'; article: ArticleText };

// ---- popup → background (runtime.connect port named PORT_NAME) ----

export const PORT_NAME = 'lacuna-popup';

export type PopupRequest =
  /** Start (or join) the analysis of a tab; `force` analyzes a page that is not detected as an article. */
  | { type: 'watch'; tabId: number; force: boolean }
  | { type: 'reanalyze'; tabId: number }
  /** The reader says a related document tells another story: analyze again without it. */
  | { type: 'set-aside'; tabId: number; doc: string }
  /** Analyze again with every document set aside for the tab's article. */
  | { type: 'bring-back'; tabId: number };

export type PopupUpdate = { type: 'state'; tabId: number; state: TabState };

// ---- popup → background (runtime.sendMessage; the answer is the reply) ----

/** Adds the article open in a tab to the local corpus, at the reader's request. */
export type CorpusRequest = { type: 'add-article'; tabId: number };
/** From the options page after it changed the corpus: a message, unlike a broadcast, wakes a stopped worker. */
export type CorpusChanged = { type: 'corpus-changed' };

/** The answer to `add-article`: `added` false when the corpus already held it (`message` says why). */
export type AddArticleReply = { ok: true; added: boolean; message: string } | { ok: false; message: string };

// ---- options page → background (runtime.sendMessage; the answer is a FeedReply) ----

/**
 * Feed subscriptions, run by the background (the only writer of the feed list). `feed-add`
 * is sent once the page holds the host permission, asked for inside the reader's click.
 */
export type FeedRequest = { type: 'feed-add'; url: string } | { type: 'feed-remove'; url: string } | { type: 'feed-fetch'; url: string };

export type FeedReply = { ok: boolean; message: string };

// ---- background → offscreen document (Chrome: its service worker has no DOMParser) ----

/** Extract the article of a page fetched for a feed. Answered with an OffscreenReply. */
export type OffscreenRequest = { type: 'offscreen-extract'; html: string; url: string };

export type OffscreenReply = { ok: true; page: ExtractedPage | null } | { ok: false; error: string };

// ---- guards: messages arrive as `unknown` ----

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isToContent(value: unknown): value is ToContent {
  if (!isObject(value)) return false;
  if (value.type === 'extract') return typeof value.force === 'boolean' && (value.movedMs === undefined || (typeof value.movedMs === 'number' && value.movedMs >= 0));
  if (value.type === 'show-marks') return Array.isArray(value.marks) && value.marks.every(isPageMark);
  return value.type === 'clear-marks';
}

function isPageMark(value: unknown): value is PageMark {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    (value.kind === 'omission' || value.kind === 'discrepancy') &&
    isObject(value.quote) &&
    typeof value.quote.exact === 'string' &&
    Array.isArray(value.items) &&
    Array.isArray(value.discrepancies)
  );
}

export function isPopupToContent(value: unknown): value is PopupToContent {
  if (!isObject(value)) return false;
  if (value.type === 'reveal') return typeof value.itemId === 'string';
  if (value.type === 'set-marks-visible') return typeof value.visible === 'boolean';
  return value.type === 'marks-status';
}

export function isFromContent(value: unknown): value is FromContent {
  return isObject(value) && value.type === 'page-article' && isObject(value.article);
}

export function isPopupRequest(value: unknown): value is PopupRequest {
  if (!isObject(value) || typeof value.tabId !== 'number') return false;
  if (value.type === 'watch') return typeof value.force === 'boolean';
  if (value.type === 'set-aside') return typeof value.doc === 'string';
  return value.type === 'reanalyze' || value.type === 'bring-back';
}

export function isPopupUpdate(value: unknown): value is PopupUpdate {
  return isObject(value) && value.type === 'state' && typeof value.tabId === 'number' && isObject(value.state);
}

export function isCorpusRequest(value: unknown): value is CorpusRequest {
  return isObject(value) && value.type === 'add-article' && typeof value.tabId === 'number';
}

export function isCorpusChanged(value: unknown): value is CorpusChanged {
  return isObject(value) && value.type === 'corpus-changed';
}

export function isAddArticleReply(value: unknown): value is AddArticleReply {
  return isObject(value) && typeof value.ok === 'boolean' && typeof value.message === 'string';
}

export function isFeedRequest(value: unknown): value is FeedRequest {
  return isObject(value) && (value.type === 'feed-add' || value.type === 'feed-remove' || value.type === 'feed-fetch') && typeof value.url === 'string';
}

export function isFeedReply(value: unknown): value is FeedReply {
  return isObject(value) && typeof value.ok === 'boolean' && typeof value.message === 'string';
}

export function isOffscreenRequest(value: unknown): value is OffscreenRequest {
  return isObject(value) && value.type === 'offscreen-extract' && typeof value.html === 'string' && typeof value.url === 'string';
}

export function isOffscreenReply(value: unknown): value is OffscreenReply {
  if (!isObject(value)) return false;
  if (value.ok === true) return value.page === null || (isObject(value.page) && typeof value.page.text === 'string');
  return value.ok === false && typeof value.error === 'string';
}
