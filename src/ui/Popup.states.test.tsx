// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { TabState } from '../messages';
import { showPopup } from './show-popup';
import { doneState } from './test-fixtures';

const show = showPopup;

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = () => screen.getByTestId('popup');
const status = () => text(screen.getByRole('status'));
const headline = () => text(screen.getByRole('status').querySelector('h2')!);
const detail = () => text(screen.getByRole('status').querySelector('p')!);

describe('Popup, waiting and analyzing', () => {
  it('says "Starting…" with an empty bar before the first answer, never a bare spinner', () => {
    show(null);
    expect(root().dataset.state).toBe('starting');
    expect(status()).toBe('Starting…');
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(screen.queryByTestId('article-info')).toBeNull();
  });

  it('shows the stage label and the progress', () => {
    show({ kind: 'analyzing', stage: 'related', progress: 0.4 });
    expect(root().dataset.state).toBe('analyzing');
    expect(headline()).toBe('Finding related coverage');
    expect(detail()).toBe('Step 2 of 3');
    const bar = screen.getByRole('progressbar', { name: 'Analysis progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-valuetext')).toBe('40%');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('40%');
  });

  it('shows the indexing of many new articles with its count, outside the numbered steps', () => {
    const { rerender } = show({ kind: 'analyzing', stage: 'indexing', progress: 0.3, count: { done: 2500, total: 10000 } });
    expect(headline()).toBe('Indexing new articles of your corpus');
    expect(detail()).toBe('2,500 of 10,000 done. This happens once after a large import; later analyses do not wait for it.');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('30');
    rerender({ state: { kind: 'analyzing', stage: 'comparing', progress: 0.8 } });
    expect(detail()).toBe('Step 3 of 3');
  });

  it('keeps the bar in range whatever it is given', () => {
    show({ kind: 'analyzing', stage: 'comparing', progress: 1.7 });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(status()).toContain('Comparing with the related articles');
  });

  it('announces each change through one live region that stays in place', () => {
    const { rerender } = show({ kind: 'analyzing', stage: 'reading', progress: 0.1 });
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(text(region)).toContain('Reading the article');
    rerender({ state: { kind: 'analyzing', stage: 'comparing', progress: 0.8 } });
    expect(text(region)).toContain('Comparing with the related articles');
    rerender({ state: doneState() });
    expect(screen.getByRole('status')).toBe(region);
    expect(text(region)).toContain('What this article leaves out');
  });
});

describe('Popup, not an article', () => {
  const state: TabState = {
    kind: 'not-article',
    url: 'https://www.example.com/',
    title: 'Example Domain',
    reason: 'The page has too little text to be an article.',
  };

  it('says so with the reason, and offers to analyze anyway', () => {
    const { props } = show(state);
    expect(root().dataset.state).toBe('not-article');
    expect(status()).toContain('This page does not look like a news article');
    expect(status()).toContain('The page has too little text to be an article.');
    expect(text(screen.getByTestId('article-info'))).toBe('Example Domain');
    const button = screen.getByRole('button', { name: 'Analyze anyway' });
    expect(props.onAnalyzeAnyway).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(props.onAnalyzeAnyway).toHaveBeenCalledTimes(1);
    expect(props.onRetry).not.toHaveBeenCalled();
  });

  it('once analyzing anyway found no text either, says so and offers to try again, not to analyze anyway again', () => {
    const { props } = show({ ...state, reason: 'No text could be extracted from this page.', forced: true });
    expect(root().dataset.state).toBe('not-article');
    expect(headline()).toBe('No text to analyze on this page');
    expect(detail()).toBe('Lacuna found no running text on this page, even when asked to analyze it anyway.');
    expect(status()).not.toContain('does not look like a news article');
    expect(screen.queryByRole('button', { name: 'Analyze anyway' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onAnalyzeAnyway).toHaveBeenCalledTimes(1);
  });
});

describe('Popup, no related coverage', () => {
  const state: TabState = {
    kind: 'no-related',
    url: 'https://example.org/news/local-election',
    title: 'Council election results',
    corpusSize: 5,
    truncated: false,
  };

  it('says none of the corpus articles covers the story, and what to do', () => {
    show(state);
    expect(root().dataset.state).toBe('no-related');
    expect(status()).toContain('None of the 5 articles in the local corpus covers this story.');
    const body = text(root());
    expect(body).toContain('kept on this computer');
    expect(body).toContain('bundled demo articles unless you removed them');
    expect(body).toContain('while you keep them');
    expect(body).toContain('open one of those reports');
    expect(body).toContain('the ones you add, import or analyze');
    expect(screen.queryByTestId('truncated-notice')).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('counts one article in the singular, and an empty corpus as empty', () => {
    show({ ...state, corpusSize: 1 });
    expect(status()).toContain('None of the 1 article in the local corpus');
    show({ ...state, corpusSize: 0 });
    expect(screen.getAllByRole('status')[1]!.textContent).toContain('The local corpus holds no articles yet.');
  });

  it('with an empty corpus, does not send the reader to demo articles that are gone', () => {
    show({ ...state, corpusSize: 0 });
    const body = text(root());
    expect(body).toContain('none is kept now');
    expect(body).toContain('import files of articles or follow news feeds');
    expect(body).toContain('“Add this article” keeps this one');
    expect(body).not.toContain('demo articles');
    expect(body).not.toContain('open one of those reports');
  });

  it('mentions a partial article', () => {
    show({ ...state, truncated: true });
    expect(text(screen.getByTestId('truncated-notice'))).toMatch(/only part of the article was visible/i);
  });
});

describe('Popup, error and unreachable', () => {
  it('says what went wrong and retries', () => {
    const { props } = show({ kind: 'error', message: 'The corpus could not be loaded: quota exceeded.' });
    expect(root().dataset.state).toBe('error');
    expect(headline()).toBe('Something went wrong');
    expect(detail()).toBe('The corpus could not be loaded: quota exceeded.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onRetry).toHaveBeenCalledTimes(1);
    expect(props.onAnalyzeAnyway).not.toHaveBeenCalled();
  });

  it('tells the reader to click the toolbar button when the tab cannot be reached', () => {
    const { props } = show({ kind: 'unreachable', message: 'Cannot access contents of the page.' });
    expect(root().dataset.state).toBe('unreachable');
    expect(status()).toContain('Cannot access contents of the page.');
    expect(text(root())).toContain('Click the Lacuna button in the toolbar while the article’s tab is open.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('Popup, footer', () => {
  const states: (TabState | null)[] = [
    null,
    { kind: 'analyzing', stage: 'reading', progress: 0 },
    doneState(),
    { kind: 'error', message: 'x' },
    { kind: 'unreachable', message: 'y' },
  ];

  it('always says that nothing leaves the computer', () => {
    for (const state of states) {
      const { unmount } = show(state);
      expect(text(screen.getByRole('contentinfo'))).toContain(
        'Everything is analyzed on this computer. Nothing you read is sent anywhere.',
      );
      unmount();
    }
  });

  it('has no site switch when the page has no web origin', () => {
    show(doneState(), { autoSite: null });
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('reflects the site setting and reports a change without taking it on itself', () => {
    const { props, rerender } = show(doneState(), {
      autoSite: { origin: 'https://www.themoscowtimes.com', enabled: false },
    });
    const toggle = screen.getByRole('switch', { name: 'Analyze automatically on www.themoscowtimes.com' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);

    fireEvent.click(toggle);
    expect(props.onToggleAutoSite).toHaveBeenCalledWith(true);
    // until the parent says it is on, it stays off
    expect(toggle.checked).toBe(false);

    rerender({ autoSite: { origin: 'https://www.themoscowtimes.com', enabled: true } });
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(props.onToggleAutoSite).toHaveBeenLastCalledWith(false);
    expect(props.onToggleAutoSite).toHaveBeenCalledTimes(2);
  });

  it('is reachable and usable from the keyboard', () => {
    const { props } = show({ kind: 'error', message: 'x' }, { autoSite: { origin: 'https://a.example', enabled: true } });
    const controls = [...root().querySelectorAll('button, input')];
    expect(controls.map((c) => c.getAttribute('tabindex'))).toEqual([null, null]);
    expect(controls.every((c) => !(c as HTMLButtonElement).disabled)).toBe(true);
    const footer = within(screen.getByRole('contentinfo'));
    expect((footer.getByRole('switch') as HTMLInputElement).type).toBe('checkbox');
    expect(props.onToggleAutoSite).not.toHaveBeenCalled();
  });
});
