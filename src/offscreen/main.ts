/** Chrome's offscreen document: parses the pages the background fetched for feeds (its service worker has no DOMParser). */
import browser from 'webextension-polyfill';
import { extractWithDomParser } from '../background/page-extract';
import { isOffscreenRequest, type OffscreenReply } from '../messages';
import { errorText } from '../error-text';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isOffscreenRequest(message)) return undefined;
  let reply: OffscreenReply;
  try {
    reply = { ok: true, page: extractWithDomParser(message.html, message.url) };
  } catch (error) {
    reply = { ok: false, error: errorText(error) };
  }
  return Promise.resolve(reply);
});
