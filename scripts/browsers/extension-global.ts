import type Browser from 'webextension-polyfill';

/** The extension API as code evaluated inside an extension page or worker sees it. */
export interface ExtensionGlobal {
  browser: Browser.Browser;
  chrome: Browser.Browser;
}
