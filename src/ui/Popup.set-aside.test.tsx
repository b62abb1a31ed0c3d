// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { showPopup } from './show-popup';
import { doneState, RELATED } from './test-fixtures';

const relatedDocs = () => screen.getAllByTestId('related-doc');

describe('Popup, a related article that tells another story', () => {
  it('offers to set each related article aside, naming it, and says which one', () => {
    const onSetAside = vi.fn();
    showPopup(doneState(), { onSetAside, onBringBack: vi.fn() });
    expect(relatedDocs()).toHaveLength(RELATED.length);
    const second = relatedDocs()[1]!;
    const button = within(second).getByRole('button', {
      name: 'Not this story: leave out The Straits Times’s article “Xi, Putin accuse US of ‘interference’ during phone call” and analyze again',
    });
    expect(within(relatedDocs()[0]!).getByRole('button').getAttribute('aria-label')).toBe('Not this story: leave out AFP’s article and analyze again');
    expect(button.textContent).toBe('Not this story');
    fireEvent.click(button);
    expect(onSetAside).toHaveBeenCalledWith(RELATED[1]!.doc);
    expect(screen.queryByTestId('set-aside-notice')).toBeNull();
  });

  it('says how many are set aside and brings them back', () => {
    const onBringBack = vi.fn();
    showPopup({ ...doneState(), setAside: 2 }, { onSetAside: vi.fn(), onBringBack });
    const notice = screen.getByTestId('set-aside-notice');
    expect(notice.textContent).toBe('2 articles set aside as another story. Bring them back');
    fireEvent.click(within(notice).getByRole('button', { name: 'Bring them back' }));
    expect(onBringBack).toHaveBeenCalledTimes(1);
  });

  it('brings back the one set aside when no related coverage is left', () => {
    const onBringBack = vi.fn();
    const state = doneState();
    showPopup({ kind: 'no-related', url: state.url, title: state.title, corpusSize: 5, truncated: false, setAside: 1 }, { onSetAside: vi.fn(), onBringBack });
    expect(screen.getByTestId('set-aside-notice').textContent).toBe('1 article set aside as another story. Bring it back');
    // The ordinary explanation stays under it.
    expect(screen.getByTestId('popup').textContent).toContain('Lacuna compares an article only with the articles kept on this computer');
    fireEvent.click(screen.getByRole('button', { name: 'Bring it back' }));
    expect(onBringBack).toHaveBeenCalledTimes(1);
  });

  it('does not offer it for an article without an address, which it could not be remembered by', () => {
    showPopup({ ...doneState(), url: null, setAside: 1 }, { onSetAside: vi.fn(), onBringBack: vi.fn() });
    expect(screen.queryAllByTestId('set-aside')).toEqual([]);
    expect(screen.queryByTestId('set-aside-notice')).toBeNull();
  });
});
