import type { Scripting } from 'webextension-polyfill';
import type { ExtractReply, ToContent } from '../messages';
import { UnreachableError } from './tab-analyzer';
import { errorText } from '../error-text';

export interface TabsAccess {
  executeScript(options: Scripting.ScriptInjection): Promise<unknown>;
  sendMessage(tabId: number, message: ToContent): Promise<unknown>;
}

export const CONTENT_SCRIPT = 'content.js';

const UNREACHABLE = 'The browser has not let Lacuna read this page yet: it allows that only after a click on the Lacuna button.';
const BROWSER_PAGE = 'This is one of the browser’s own pages (settings, a new tab, the extension store): browsers let no extension read those. Open a news article and click the Lacuna button there.';

/** What the browser says when the page is its own (chrome://, edge://, the Chrome Web Store), whatever the reader clicks. */
const BROWSER_PAGE_ERROR = /Cannot access an? (?:chrome|edge|brave|opera|vivaldi|about|devtools):\/?\/? URL|extensions gallery cannot be scripted/i;

function isExtractReply(value: unknown): value is ExtractReply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Injects the content script into the tab (a no-op when it is already there) and asks it for
 * the article (telling it how long ago the tab moved to its address, when known). Injection
 * fails where the extension has no access: that is "unreachable".
 */
export async function extractInTab(tabs: TabsAccess, tabId: number, force: boolean, movedMs?: number): Promise<ExtractReply> {
  try {
    await tabs.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch (error) {
    const detail = errorText(error);
    if (BROWSER_PAGE_ERROR.test(detail)) throw new UnreachableError(BROWSER_PAGE);
    throw new UnreachableError(`${UNREACHABLE} (The browser said: ${detail})`);
  }
  const reply = await tabs.sendMessage(tabId, { type: 'extract', force, ...(movedMs !== undefined ? { movedMs } : {}) });
  if (!isExtractReply(reply)) throw new Error('the page script gave no answer');
  return reply;
}

