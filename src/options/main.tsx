import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { extensionCorpusStore } from '../background/store/extension-store';
import { isCapturePaused, neverCaptureSites, setCapturePaused, setNeverCapture } from '../corpus/capture-setting';
import { exportCorpus } from '../corpus/export';
import { feedList, FEEDS_KEY, type FeedState } from '../corpus/feed-setting';
import type { PageExtractor } from '../corpus/import';
import type { CorpusEntry, DemoState, ImportJournal, ImportProgress, ImportReport } from '../corpus/types';
import { extractArticle } from '../extract';
import { Options } from '../ui/Options';
import { evictedNotice } from '../ui/format';
import type { CorpusChanged, FeedReply } from '../messages';
import { fetchFeed, removeFeed, subscribe, type FeedActionDeps } from './feeds';
import { fileSource } from './file-source';
import { browserLocks, holdingLock, interruptedImports } from './interrupted';
import { runImport, sameFiles } from './run-import';
import '../ui/controls.css';
import './options.css';
import { errorText } from '../error-text';

const store = extensionCorpusStore();
const locks = browserLocks(navigator.locks);
/** Tells the other options pages open that this one changed the corpus (they read it again: an article open there may be gone). */
const otherPages = new BroadcastChannel('lacuna-options-corpus-changed');
/** Interrupted imports whose removal this page is running. */
const removing = new Set<string>();

/** Pages in imported files: parsed by the browser, extracted as the content script extracts (forced: the reader chose them). */
const extractPage: PageExtractor = (html, url) => extractArticle(new DOMParser().parseFromString(html, 'text/html'), url, { force: true }).article;

const feedActions: FeedActionDeps = {
  request: (permissions) => browser.permissions.request(permissions),
  send: (message) => browser.runtime.sendMessage(message),
};


/** Saves text as a file in the reader's downloads: a Blob URL and a link with `download` (no permission needed). */
function download(name: string, parts: string[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/x-ndjson' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function App() {
  const [entries, setEntries] = useState<CorpusEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [demo, setDemo] = useState<DemoState>('not-loaded');
  const [capturing, setCapturing] = useState(true);
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [cancelImport, setCancelImport] = useState<AbortController | null>(null);
  const [interrupted, setInterrupted] = useState<ImportJournal[]>([]);
  const [sizeLimit, setSizeLimit] = useState<number | null>(null);
  const [neverSites, setNeverSites] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [feeds, setFeeds] = useState<FeedState[]>([]);
  const [feedsBusy, setFeedsBusy] = useState<ReadonlySet<string>>(new Set());
  const [feedMessage, setFeedMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const refresh = async (): Promise<void> => {
    try {
      setEntries(await store.list());
      setDemo(await store.demoState());
      setSizeLimit(await store.sizeLimit());
      setLoadError(null);
      const stopped = await interruptedImports(store, locks.held);
      setInterrupted(stopped);
      // A removal the reader asked for and that was itself interrupted: finish it.
      for (const journal of stopped) if (journal.state === 'removing') void removeInterrupted(journal.id);
    } catch (error) {
      setLoadError(`The corpus could not be read: ${errorText(error)}`);
    }
    const estimate = await navigator.storage?.estimate?.().catch(() => null);
    setStorage(estimate && estimate.usage !== undefined ? { usage: estimate.usage, quota: estimate.quota ?? 0 } : null);
  };

  /** Reads the corpus again after this page changed it, and tells the other options pages and the background (which indexes the change). */
  const changed = (): Promise<void> => {
    otherPages.postMessage('changed');
    browser.runtime.sendMessage({ type: 'corpus-changed' } satisfies CorpusChanged).catch(() => undefined);
    return refresh();
  };

  useEffect(() => {
    void refresh();
    otherPages.onmessage = () => void refresh();
    isCapturePaused(browser.storage.local).then((paused) => setCapturing(!paused), () => undefined);
    neverCaptureSites(browser.storage.local).then(setNeverSites, () => undefined);
    // Articles read in other tabs are added meanwhile: show them when the page is looked at again.
    const onVisible = (): void => {
      if (document.visibilityState !== 'visible') return;
      void refresh();
      // The popup may have listed a site meanwhile.
      neverCaptureSites(browser.storage.local).then(setNeverSites, () => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    // A window beside another one stays visible: coming back to it is a focus.
    window.addEventListener('focus', onVisible);
    // The background writes each feed's status as it fetches; new articles come with it.
    feedList(browser.storage.local).then(setFeeds, () => undefined);
    const onStorage = (changes: Record<string, unknown>, area: string): void => {
      if (area !== 'local' || !(FEEDS_KEY in changes)) return;
      feedList(browser.storage.local).then(setFeeds, () => undefined);
      void refresh();
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);

  /** Runs a feed action for one feed, marking it busy until the background answers. */
  const feedAction = (url: string, action: Promise<FeedReply>): void => {
    setFeedMessage(null);
    setFeedsBusy((busy) => new Set([...busy, url]));
    action.then((reply) => {
      setFeedMessage({ ok: reply.ok, text: reply.message });
      setFeedsBusy((busy) => new Set([...busy].filter((u) => u !== url)));
      void refresh();
    });
  };

  const write = (change: Promise<unknown>): void => {
    setNotice(null);
    change.then(changed, (error: unknown) => setLoadError(errorText(error)));
  };

  /** A change that may remove the oldest articles to stay under the size limit: says how many went. */
  const writeEvicting = (change: Promise<string[]>): void => {
    setNotice(null);
    change.then(
      (evicted) => {
        if (evicted.length > 0) setNotice(evictedNotice(evicted.length));
        return changed();
      },
      (error: unknown) => setLoadError(errorText(error)),
    );
  };

  const importFiles = (files: File[]): void => {
    setReport(null);
    const cancel = new AbortController();
    setCancelImport(cancel);
    // The same files as an interrupted import: go on from where it stopped.
    const resume = interrupted.find((journal) => journal.state === 'running' && sameFiles(journal, files));
    const running = holdingLock(locks.hold, (onStarted) =>
      runImport(files.map(fileSource), {
        store,
        extract: extractPage,
        onProgress: setImporting,
        signal: cancel.signal,
        onStarted,
        ...(resume ? { resume } : {}),
      }),
    );
    setInterrupted((journals) => journals.filter((journal) => journal !== resume));
    running
      .then(setReport, (error: unknown) => setReport({ added: 0, skipped: [], warnings: [], evicted: 0, error: `Nothing was imported: ${errorText(error)}` }))
      .finally(() => {
        setImporting(null);
        setCancelImport(null);
        void changed();
      });
  };

  async function removeInterrupted(id: string): Promise<void> {
    if (removing.has(id)) return;
    removing.add(id);
    setInterrupted((journals) => journals.map((journal) => (journal.id === id ? { ...journal, state: 'removing' } : journal)));
    await store.removeImport(id).catch((error: unknown) => setLoadError(`The interrupted import could not be removed: ${errorText(error)}`));
    removing.delete(id);
    await changed();
  }

  return (
    <Options
      entries={entries}
      loadError={loadError}
      storage={storage}
      demo={demo}
      capturing={capturing}
      importing={importing}
      report={report}
      onImport={importFiles}
      onCancelImport={() => cancelImport?.abort()}
      interrupted={interrupted}
      onRemoveInterrupted={(id) => void removeInterrupted(id)}
      onKeepInterrupted={(id) => writeEvicting(store.finishImport(id))}
      onDelete={(ids) => write(store.delete(ids))}
      onSetPinned={(ids, pinned) => writeEvicting(store.setPinned(ids, pinned))}
      onReadArticle={(id) => store.get(id)}
      sizeLimit={sizeLimit}
      onSetSizeLimit={(bytes) => writeEvicting(store.setSizeLimit(bytes))}
      neverSites={neverSites}
      onSetNeverSite={(host, never) => {
        setNeverCapture(browser.storage.local, host, never).then(setNeverSites, (error: unknown) => setLoadError(`The list of sites could not be saved: ${errorText(error)}`));
      }}
      notice={notice}
      feeds={feeds}
      feedsBusy={feedsBusy}
      feedMessage={feedMessage}
      // Synchronous down to the permission request: the browser prompts only inside the click.
      onAddFeed={(url) => feedAction(url, subscribe(feedActions, url))}
      onRemoveFeed={(url) => feedAction(url, removeFeed(feedActions, url))}
      onFetchFeed={(url) => feedAction(url, fetchFeed(feedActions, url))}
      onExport={(ids) => {
        // One article (from its view, or a selection of one) is read alone, not with every text.
        const documents = ids?.length === 1 ? store.get(ids[0]!).then((document) => (document ? [document] : [])) : store.documents();
        documents
          .then((documents) => {
            const exported = exportCorpus(documents, ids, new Date());
            download(exported.name, exported.lines);
          })
          .catch((error: unknown) => setLoadError(`The corpus could not be exported: ${errorText(error)}`));
      }}
      onClear={() => write(store.clear())}
      onRemoveDemo={() => write(store.removeDemo())}
      onToggleCapture={(enabled) => {
        setCapturePaused(browser.storage.local, !enabled).then(() => setCapturing(enabled), () => undefined);
      }}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
