import browser from 'webextension-polyfill';
import type { Extraction } from '../extract/types';
import { isPopupToContent, isToContent, type ExtractReply, type MarksStatus, type RevealReply } from '../messages';
import cardCss from '../ui/card.css?inline';
import { articleWait, awaitArticle } from './await-article';
import { extractReplyInStages } from './extract-reply';
import { idlePause } from './idle';
import { highlightPainter } from './highlight-painter';
import { MarkLayer } from './mark-layer';
import { MarksSession } from './marks-session';

declare global {
  interface Window {
    /** Set once the content script is listening, so a second injection adds no second listener. */
    __lacunaSession?: PageSession;
  }
}

/**
 * The content script's life on one page: answers the background's requests for the article,
 * keeps the last extraction, and shows the analysis' marks on the page.
 */
export class PageSession {
  lastExtraction: Extraction | null = null;
  /** Told when the background clears the marks (the page moved to another address, or the site was switched off). */
  onMarksCleared: (() => void) | null = null;
  readonly marks = new MarksSession((marks, signal) => {
    const painter = highlightPainter(document, window);
    if (!painter) return null;
    return new MarkLayer(document, marks, painter, signal, { css: cardCss });
  });

  /** Extracts the page in idle time, a stage at a time (see idle.ts). */
  async extract(force: boolean): Promise<ExtractReply> {
    const { reply, extraction } = await extractReplyInStages(document, location.href, force, idlePause(window, document));
    this.lastExtraction = extraction;
    return reply;
  }

  /**
   * Extracts the page; a page in its first seconds (since load, or since `sinceMs`) that is not
   * an article yet is given up to `budgetMs` to render one (sites that insert the article body
   * by script).
   */
  extractSoon(force: boolean, budgetMs = 4000, sinceMs = 0): Promise<ExtractReply> {
    const waitMs = force ? 0 : articleWait(performance.now() - sinceMs, budgetMs);
    return awaitArticle(() => this.extract(force), watchPage, { waitMs, settleMs: 300 });
  }

  listen(): void {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isToContent(message)) {
        // A page that moved to its address within itself a moment ago (a single-page site) gets the same wait as one just loaded.
        if (message.type === 'extract') return this.extractSoon(message.force, undefined, Math.max(0, performance.now() - (message.movedMs ?? Infinity)));
        if (message.type === 'show-marks') return Promise.resolve<MarksStatus>(this.marks.show(message.marks));
        const status = this.marks.clear();
        this.onMarksCleared?.();
        return Promise.resolve(status);
      }
      if (isPopupToContent(message)) {
        if (message.type === 'reveal') return Promise.resolve<RevealReply>({ found: this.marks.reveal(message.itemId) });
        if (message.type === 'set-marks-visible') return Promise.resolve(this.marks.setVisible(message.visible));
        return Promise.resolve(this.marks.status());
      }
      return undefined;
    });
    // Leaving the page removes the marks; coming back to it from the back-forward cache draws them again.
    window.addEventListener('pagehide', () => this.marks.stop());
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.marks.setVisible(this.marks.status().visible);
    });
  }
}

/** Calls `onChange` on every change of the page's DOM until the returned function is called. */
export function watchPage(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

/** The page's one session, created and listening on first injection. */
export function pageSession(): PageSession {
  if (!window.__lacunaSession) {
    window.__lacunaSession = new PageSession();
    window.__lacunaSession.listen();
  }
  return window.__lacunaSession;
}
