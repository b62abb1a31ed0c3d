// Registered for the sites where the reader chose automatic analysis: reads the page once
// it is idle and, when it is an article, hands it to the background unasked.
import browser from 'webextension-polyfill';
import type { FromContent } from '../messages';
import { pageSession } from './page-session';

const reply = pageSession().extract(false);
if (reply.ok && reply.isArticle) {
  const message: FromContent = { type: 'page-article', article: reply.article };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
