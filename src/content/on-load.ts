// Registered for the sites where the reader chose automatic analysis: reads the page once
// it is idle and, when it is an article, hands it to the background unasked.
import browser from 'webextension-polyfill';
import type { FromContent } from '../messages';
import { pageSession } from './page-session';

void pageSession()
  .extractSoon(false, 10_000)
  .then((reply) => {
    if (!reply.ok || !reply.isArticle) return;
    const message: FromContent = { type: 'page-article', article: reply.article };
    return browser.runtime.sendMessage(message);
  })
  .catch(() => undefined);
