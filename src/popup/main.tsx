import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isAddArticleReply, type CorpusRequest, type MarksStatus, type TabState } from '../messages';
import { isCapturePaused, listedSiteOf, neverCaptureSites, parseSite, setCapturePaused, setNeverCapture } from '../corpus/capture-setting';
import { originPattern, patternHost } from '../site-pattern';
import type { AddStatus } from '../ui/CorpusActions';
import { Popup } from '../ui/Popup';
import { isAutoSite, tabAddress, toggleAutoSite as toggleSite, type AutoSiteDeps } from './auto-site';
import { connectToTab, type TabConnection } from './connection';
import { pageMarksControl } from './page-marks';
import { resolveTabId } from './tab-target';
import '../ui/controls.css';
import './popup.css';
import { errorText } from '../error-text';

const NO_TAB: TabState = {
  kind: 'unreachable',
  message: 'Lacuna could not tell which tab to analyze. Click the Lacuna button in the toolbar while the article is open.',
};

const autoSiteDeps: AutoSiteDeps = { permissions: browser.permissions, local: browser.storage.local };

/** The article's own address (its canonical one): what capture keeps it under, so what the never-keep switch is about. */
function articleUrl(state: TabState | null): string | null {
  return state && 'url' in state ? state.url : null;
}

function App() {
  const [state, setState] = useState<TabState | null>(null);
  const [connection, setConnection] = useState<TabConnection | null>(null);
  // null until read: the switch is shown once it can show the setting, not slid from off to on.
  const [autoEnabled, setAutoEnabled] = useState<boolean | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [addStatus, setAddStatus] = useState<AddStatus>({ kind: 'idle' });
  const [capturing, setCapturing] = useState(true);
  const [neverSites, setNeverSites] = useState<string[]>([]);
  const [marks, setMarks] = useState<MarksStatus | null>(null);
  const control = tabId === null ? null : pageMarksControl((message) => browser.tabs.sendMessage(tabId, message));
  const pattern = originPattern(tabAddress(state) ?? '');

  useEffect(() => {
    let opened: TabConnection | null = null;
    resolveTabId(location.search, async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id)
      .then((tabId) => {
        if (tabId === null) return setState(NO_TAB);
        setTabId(tabId);
        opened = connectToTab(tabId, setState, { connect: (name) => browser.runtime.connect({ name }) });
        setConnection(opened);
      })
      .catch(() => setState(NO_TAB));
    return () => opened?.close();
  }, []);

  useEffect(() => {
    isCapturePaused(browser.storage.local).then((paused) => setCapturing(!paused), () => undefined);
    neverCaptureSites(browser.storage.local).then(setNeverSites, () => undefined);
  }, []);

  // Bumped by each click on the switch: a reading of the setting started before it is stale.
  const autoClicks = useRef(0);
  useEffect(() => {
    if (!pattern) return;
    // Another site (the tab moved on): its own setting, not the last one's, nor a late reading of it.
    let live = true;
    setAutoEnabled(null);
    const clicks = autoClicks.current;
    const settle = (on: boolean): void => {
      if (live && autoClicks.current === clicks) setAutoEnabled(on);
    };
    isAutoSite(autoSiteDeps, pattern).then(settle, () => settle(false));
    return () => {
      live = false;
    };
  }, [pattern]);

  const done = state?.kind === 'done';
  useEffect(() => {
    if (!done || !control) return;
    let live = true;
    control.settled().then((status) => live && setMarks(status));
    return () => {
      live = false;
    };
  }, [done, tabId]);

  const toggleAutoSite = (enabled: boolean): void => {
    if (!pattern) return;
    autoClicks.current += 1;
    // Inside the click: browsers only prompt during a user gesture.
    toggleSite(autoSiteDeps, pattern, enabled).then(setAutoEnabled, () => setAutoEnabled(!enabled));
  };

  const addArticle = (): void => {
    if (tabId === null) return;
    setAddStatus({ kind: 'adding' });
    const request: CorpusRequest = { type: 'add-article', tabId };
    browser.runtime.sendMessage(request).then(
      (reply: unknown) =>
        setAddStatus(
          isAddArticleReply(reply)
            ? { kind: 'answered', ok: reply.ok, message: reply.message }
            : { kind: 'answered', ok: false, message: 'Lacuna’s background worker gave no answer. Try again.' },
        ),
      (error: unknown) => setAddStatus({ kind: 'answered', ok: false, message: `The article could not be added: ${errorText(error)}` }),
    );
  };

  const article = articleUrl(state);
  const page = pattern ? parseSite(article ?? '') : null;
  const listed = listedSiteOf(article, neverSites);
  const site = page?.ok ? { host: listed ?? page.host, never: listed !== null } : null;
  const setNeverSite = (host: string, never: boolean): void => {
    setNeverCapture(browser.storage.local, host, never).then(setNeverSites, () => undefined);
  };

  const toggleCapture = (enabled: boolean): void => {
    setCapturePaused(browser.storage.local, !enabled).then(() => setCapturing(enabled), () => undefined);
  };

  return (
    <Popup
      state={state}
      autoSite={pattern && autoEnabled !== null ? { origin: patternHost(pattern), enabled: autoEnabled } : null}
      onAnalyzeAnyway={() => connection?.analyzeAnyway()}
      onRetry={() => connection?.retry()}
      onToggleAutoSite={toggleAutoSite}
      corpus={{ add: addStatus, capturing, onAdd: addArticle, onToggleCapture: toggleCapture, site, onSetNeverSite: setNeverSite }}
      marks={marks}
      onReveal={(itemId) => void control?.reveal(itemId).then(() => control.status()).then(setMarks)}
      onToggleMarks={(visible) => void control?.setVisible(visible).then(setMarks)}
      onSetAside={(doc) => connection?.setAside(doc)}
      onBringBack={() => connection?.bringBack()}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
