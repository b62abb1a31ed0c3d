import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { MarksStatus, TabState } from '../messages';
import { originPattern, patternHost } from '../site-pattern';
import { Popup } from '../ui/Popup';
import { connectToTab, type TabConnection } from './connection';
import { pageMarksControl } from './page-marks';
import { resolveTabId } from './tab-target';
import './popup.css';

const NO_TAB: TabState = {
  kind: 'unreachable',
  message: 'Lacuna could not tell which tab to analyze. Click the Lacuna button in the toolbar while the article is open.',
};

function pageUrl(state: TabState | null): string | null {
  return state && 'url' in state ? state.url : null;
}

function App() {
  const [state, setState] = useState<TabState | null>(null);
  const [connection, setConnection] = useState<TabConnection | null>(null);
  const [autoEnabled, setAutoEnabled] = useState(false);
  const [tabId, setTabId] = useState<number | null>(null);
  const [marks, setMarks] = useState<MarksStatus | null>(null);
  const control = tabId === null ? null : pageMarksControl((message) => browser.tabs.sendMessage(tabId, message));
  const pattern = originPattern(pageUrl(state) ?? '');

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
    if (!pattern) return;
    browser.permissions.contains({ origins: [pattern] }).then(setAutoEnabled, () => setAutoEnabled(false));
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
    // The request must start inside the click: browsers only prompt during a user gesture.
    const change = enabled
      ? browser.permissions.request({ origins: [pattern] })
      : browser.permissions.remove({ origins: [pattern] }).then((removed) => !removed);
    change.then(setAutoEnabled, () => setAutoEnabled(!enabled));
  };

  return (
    <Popup
      state={state}
      autoSite={pattern ? { origin: patternHost(pattern), enabled: autoEnabled } : null}
      onAnalyzeAnyway={() => connection?.analyzeAnyway()}
      onRetry={() => connection?.retry()}
      onToggleAutoSite={toggleAutoSite}
      marks={marks}
      onReveal={(itemId) => void control?.reveal(itemId)}
      onToggleMarks={(visible) => void control?.setVisible(visible).then(setMarks)}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
