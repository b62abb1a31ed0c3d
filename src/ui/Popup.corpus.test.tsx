// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { TabState } from '../messages';
import type { CorpusControls } from './CorpusActions';
import { showPopup } from './show-popup';
import { doneState } from './test-fixtures';

const noRelated: TabState = { kind: 'no-related', url: 'https://example.org/a', title: 'A', corpusSize: 5, truncated: false };

function controls(more: Partial<CorpusControls> = {}): CorpusControls {
  return { add: { kind: 'idle' }, capturing: true, onAdd: vi.fn(), onToggleCapture: vi.fn(), ...more };
}

const addButton = () => screen.queryByRole('button', { name: /Add this article/ });

describe('Popup, the corpus controls', () => {
  it('offers "Add this article" on a result and when nothing related was found, and calls back', () => {
    for (const state of [doneState(), noRelated]) {
      const corpus = controls();
      const { unmount } = showPopup(state, { corpus });
      fireEvent.click(addButton()!);
      expect(corpus.onAdd).toHaveBeenCalledTimes(1);
      unmount();
    }
  });

  it('does not offer it while analyzing, on a page that is not an article, or on an error', () => {
    for (const state of [
      { kind: 'analyzing', stage: 'reading', progress: 0.1 },
      { kind: 'not-article', url: null, title: null, reason: 'a front page' },
      { kind: 'error', message: 'broken' },
    ] as TabState[]) {
      const { unmount } = showPopup(state, { corpus: controls() });
      expect(addButton()).toBeNull();
      expect(screen.getByRole('switch')).toBeTruthy();
      unmount();
    }
  });

  it('shows the adding state, then the answer, failed answers marked as such', () => {
    const { rerender } = showPopup(noRelated, { corpus: controls({ add: { kind: 'adding' } }) });
    expect((screen.getByRole('button', { name: 'Adding…' }) as HTMLButtonElement).disabled).toBe(true);
    rerender({ corpus: controls({ add: { kind: 'answered', ok: true, message: 'Added to your corpus.' } }) });
    expect(screen.getByTestId('add-result').textContent).toBe('Added to your corpus.');
    expect(screen.getByTestId('add-result').className).not.toContain('failed');
    rerender({ corpus: controls({ add: { kind: 'answered', ok: false, message: 'Lacuna could not read this page: gone' } }) });
    expect(screen.getByTestId('add-result').className).toContain('failed');
  });

  it('reflects the capture switch and asks the parent to change it', () => {
    const corpus = controls({ capturing: true });
    showPopup(noRelated, { corpus });
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(corpus.onToggleCapture).toHaveBeenCalledWith(false);
    expect(toggle.checked).toBe(true);
  });

  it('shows no corpus controls when none are given', () => {
    showPopup(noRelated);
    expect(screen.queryByTestId('corpus-actions')).toBeNull();
  });

  it('offers never to keep articles from the site of the page, and to keep them again', () => {
    const onSetNeverSite = vi.fn();
    const { rerender } = showPopup(noRelated, { corpus: controls({ site: { host: 'example.org', never: false }, onSetNeverSite }) });
    fireEvent.click(screen.getByRole('button', { name: 'Never keep articles from example.org' }));
    expect(onSetNeverSite).toHaveBeenLastCalledWith('example.org', true);
    rerender({ corpus: controls({ site: { host: 'example.org', never: true }, onSetNeverSite }) });
    expect(screen.getByTestId('never-site').textContent).toBe('Articles from example.org are never kept. Keep them again');
    fireEvent.click(screen.getByRole('button', { name: 'Keep them again' }));
    expect(onSetNeverSite).toHaveBeenLastCalledWith('example.org', false);
  });

  it('offers no site action on a page that is not on the web', () => {
    showPopup(noRelated, { corpus: controls({ site: null, onSetNeverSite: vi.fn() }) });
    expect(screen.queryByTestId('never-site')).toBeNull();
  });
});
