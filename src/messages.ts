/**
 * Every message that crosses a process boundary (content script, background, popup),
 * typed per direction. No other module builds message objects by hand.
 */
import type { Analysis } from './engine/types';
import type { ArticleText } from './extract/types';

/** What the popup shows for a tab; the background is its only author. */
export type TabState =
  | { kind: 'analyzing'; stage: AnalysisStage; progress: number }
  | { kind: 'not-article'; url: string | null; title: string | null; reason: string }
  | { kind: 'no-related'; url: string | null; title: string | null; corpusSize: number; truncated: boolean }
  | { kind: 'done'; url: string | null; title: string | null; source: string | null; corpusSize: number; truncated: boolean; analysis: Analysis }
  | { kind: 'error'; message: string }
  /** The background could not reach the page: the user must click the toolbar button on it. */
  | { kind: 'unreachable'; message: string };

export type AnalysisStage = 'reading' | 'related' | 'comparing';

export const STAGE_LABELS: Record<AnalysisStage, string> = {
  reading: 'Reading the article',
  related: 'Finding related coverage',
  comparing: 'Comparing with other outlets',
};

// ---- background → content script (tabs.sendMessage) ----

export type ToContent = { type: 'extract'; force: boolean };

/** The content script's answer to `extract`. */
export type ExtractReply =
  | { ok: true; isArticle: true; article: ArticleText }
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
  | { type: 'reanalyze'; tabId: number };

export type PopupUpdate = { type: 'state'; tabId: number; state: TabState };

// ---- popup → background (runtime.sendMessage; the answer is the reply) ----

/** Adds the article open in a tab to the local corpus, at the reader's request. */
export type CorpusRequest = { type: 'add-article'; tabId: number };

/** The answer to `add-article`: `added` false when the corpus already held it (`message` says why). */
export type AddArticleReply = { ok: true; added: boolean; message: string } | { ok: false; message: string };

// ---- guards: messages arrive as `unknown` ----

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isToContent(value: unknown): value is ToContent {
  return isObject(value) && value.type === 'extract' && typeof value.force === 'boolean';
}

export function isFromContent(value: unknown): value is FromContent {
  return isObject(value) && value.type === 'page-article' && isObject(value.article);
}

export function isPopupRequest(value: unknown): value is PopupRequest {
  if (!isObject(value) || typeof value.tabId !== 'number') return false;
  if (value.type === 'watch') return typeof value.force === 'boolean';
  return value.type === 'reanalyze';
}

export function isPopupUpdate(value: unknown): value is PopupUpdate {
  return isObject(value) && value.type === 'state' && typeof value.tabId === 'number' && isObject(value.state);
}

export function isCorpusRequest(value: unknown): value is CorpusRequest {
  return isObject(value) && value.type === 'add-article' && typeof value.tabId === 'number';
}

export function isAddArticleReply(value: unknown): value is AddArticleReply {
  return isObject(value) && typeof value.ok === 'boolean' && typeof value.message === 'string';
}
