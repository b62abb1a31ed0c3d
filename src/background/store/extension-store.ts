import browser from 'webextension-polyfill';
import type { CorpusStore } from '../corpus-store';
import { idbCorpusStore } from './idb-corpus-store';

/** The extension's corpus: its IndexedDB, seeded on first run with the bundled demo corpus. */
export function extensionCorpusStore(): CorpusStore {
  return idbCorpusStore({
    indexedDB,
    loadDemo: async () => {
      const response = await fetch(browser.runtime.getURL('demo-corpus.json'));
      if (!response.ok) throw new Error(`the bundled corpus could not be read (HTTP ${response.status})`);
      return response.json();
    },
  });
}
