/** The options page rendered for component tests with a small corpus and every callback a mock. Not imported by production code. */
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { CorpusEntry } from '../corpus/types';
import { Options, type OptionsProps } from './Options';

export function entry(id: string, more: Partial<CorpusEntry> = {}): CorpusEntry {
  return { id, url: null, title: null, source: null, published: null, lang: null, origin: 'import', addedAt: 0, chars: 10, bytes: 100, pinned: false, copiesOf: [], ...more };
}

export const entries = [
  entry('a', { title: 'Ménage à trois in parliament', source: 'Zeta Post', published: '2024-02-01', addedAt: 3 }),
  entry('b', { title: 'Budget passes', source: 'Alpha News', published: '2024-03-05', addedAt: 1, origin: 'demo' }),
  entry('c', { title: null, source: null, published: null, addedAt: 2, url: 'https://example.org/c' }),
];

export function show(more: Partial<OptionsProps> = {}) {
  const props: OptionsProps = {
    entries,
    loadError: null,
    storage: { usage: 1536, quota: 1e9 },
    demo: 'loaded',
    capturing: true,
    importing: null,
    report: null,
    onImport: vi.fn(),
    onCancelImport: vi.fn(),
    interrupted: [],
    onRemoveInterrupted: vi.fn(),
    onKeepInterrupted: vi.fn(),
    onDelete: vi.fn(),
    onExport: vi.fn(),
    onSetPinned: vi.fn(),
    onReadArticle: vi.fn(async () => null),
    sizeLimit: null,
    onSetSizeLimit: vi.fn(),
    neverSites: [],
    onSetNeverSite: vi.fn(),
    notice: null,
    onClear: vi.fn(),
    onRemoveDemo: vi.fn(),
    onToggleCapture: vi.fn(),
    feeds: [],
    feedsBusy: new Set(),
    feedMessage: null,
    onAddFeed: vi.fn(),
    onRemoveFeed: vi.fn(),
    onFetchFeed: vi.fn(),
    ...more,
  };
  const view = render(<Options {...props} />);
  /** Draws the page again with some props changed, as the page does when the corpus changes. */
  const rerender = (changed: Partial<OptionsProps>): void => view.rerender(<Options {...props} {...changed} />);
  return Object.assign(props, { rerender });
}
