// Registered for the sites where the reader chose automatic analysis: reads the page once it
// is idle (and again after an in-page navigation) and hands an article to the background unasked.
import browser from 'webextension-polyfill';
import type { FromContent } from '../messages';
import { AutoAnalysis, isSwitchedOn, quietFor } from './auto-analysis';
import { pageSession, watchPage } from './page-session';

const session = pageSession();
const auto = new AutoAnalysis({
  read: (budgetMs, sinceMs) => session.extractSoon(false, budgetMs, sinceMs),
  send: (article) => browser.runtime.sendMessage({ type: 'page-article', article } satisfies FromContent),
  switchedOn: (url) => isSwitchedOn(browser.storage.local, url),
  url: () => location.href,
  now: () => performance.now(),
  quiet: (quietMs, maxMs) => quietFor(watchPage, quietMs, maxMs),
});
session.onMarksCleared = () => void auto.marksCleared().catch(() => undefined);
void auto.start().catch(() => undefined);
