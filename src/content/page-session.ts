import browser from 'webextension-polyfill';
import type { Extraction } from '../extract/types';
import { isToContent, type ExtractReply } from '../messages';
import { extractReply } from './extract-reply';

declare global {
  interface Window {
    /** Set once the content script is listening, so a second injection adds no second listener. */
    __lacunaSession?: PageSession;
  }
}

/**
 * The content script's life on one page: answers the background's requests for the article
 * and keeps the last extraction (its text blocks anchor highlights on the page).
 */
export class PageSession {
  lastExtraction: Extraction | null = null;

  extract(force: boolean): ExtractReply {
    const { reply, extraction } = extractReply(document, location.href, force);
    this.lastExtraction = extraction;
    return reply;
  }

  listen(): void {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isToContent(message)) return undefined;
      return Promise.resolve(this.extract(message.force));
    });
  }
}

/** The page's one session, created and listening on first injection. */
export function pageSession(): PageSession {
  if (!window.__lacunaSession) {
    window.__lacunaSession = new PageSession();
    window.__lacunaSession.listen();
  }
  return window.__lacunaSession;
}
