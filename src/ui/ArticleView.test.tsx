// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusDocument } from '../engine/types';
import { paragraphs, safeLink } from './article-text';
import { entry, show } from './options-fixtures';

const wire = [
  entry('afp', { title: null, source: 'AFP', url: 'https://afp.example/xi', published: '2024-02-01', origin: 'feed', addedAt: Date.UTC(2026, 0, 2, 10), bytes: 2048, chars: 1500 }),
  entry('st', { title: 'Xi, Putin accuse US', source: 'The Straits Times', url: 'https://st.example/xi', published: '2024-02-02T08:00:00Z', origin: 'import', addedAt: 5, copiesOf: ['afp'], pinned: true }),
  entry('own', { title: 'An article of its own', source: 'HuffPost UK', url: 'javascript:alert(1)', origin: 'capture' }),
];

const texts: Record<string, string> = {
  afp: 'Chinese President Xi Jinping spoke to Putin.\n\nThe Kremlin said so.\n',
  st: 'Xi, Putin accuse US\n\nMr Xi and Mr Putin denounced the policy.\nIt was an hour-long call.',
  own: 'A text <b>not</b> HTML.',
};

function stored(id: string): CorpusDocument {
  const e = wire.find((w) => w.id === id)!;
  return { id, url: e.url, title: e.title, source: e.source, published: e.published, lang: null, text: texts[id]! };
}

const readArticle = vi.fn(async (id: string) => (texts[id] ? stored(id) : null));

function showWire(more: Partial<Parameters<typeof show>[0]> = {}) {
  readArticle.mockClear();
  return show({ entries: wire, onReadArticle: readArticle, ...more });
}

const view = () => screen.getByRole('dialog');
const openTitle = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const facts = () => Object.fromEntries([...view().querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));

afterEach(cleanup);

const paragraphsShown = () => [...within(view()).getByTestId('article-text').querySelectorAll('p')].map((p) => p.textContent);

describe('the article view of the options page', () => {
  it('opens from the title in the list with what the corpus knows and the text in paragraphs', async () => {
    showWire();
    openTitle('Xi, Putin accuse US');
    expect(readArticle).toHaveBeenCalledWith('st');
    expect(within(view()).getByRole('heading', { level: 2 }).textContent).toBe('Xi, Putin accuse US');
    await waitFor(() => expect(paragraphsShown()).toEqual(['Xi, Putin accuse US', 'Mr Xi and Mr Putin denounced the policy.', 'It was an hour-long call.']));
    expect(facts()).toMatchObject({
      Outlet: 'The Straits Times',
      Published: '2024-02-02T08:00:00Z',
      Address: 'https://st.example/xi',
      'Came from': 'Imported from a file',
      Size: '100 B (10 characters of text)',
    });
    const link = within(view()).getByRole('link', { name: 'https://st.example/xi' });
    expect(link.getAttribute('href')).toBe('https://st.example/xi');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('shows the text as plain text and an address that is not a web page as text, not as a link', async () => {
    showWire();
    openTitle('An article of its own');
    await waitFor(() => expect(paragraphsShown()).toEqual(['A text <b>not</b> HTML.']));
    expect(within(view()).getByTestId('article-text').querySelector('b')).toBeNull();
    expect(facts().Address).toBe('javascript:alert(1)');
    expect(within(view()).queryByRole('link')).toBeNull();
    expect(facts()['Came from']).toBe('Kept when you read it');
  });

  it('closes with Escape and with Back, the list keeping its selection and the opening title focused again', async () => {
    showWire();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select An article of its own' }));
    const title = screen.getByRole('button', { name: 'Xi, Putin accuse US' });
    fireEvent.click(title);
    expect(screen.getByTestId('corpus-list')).toBeTruthy();
    fireEvent.keyDown(view(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(title);
    expect(screen.getByTestId('selection-count').textContent).toBe('1 selected');
    fireEvent.click(title);
    fireEvent.click(within(view()).getByRole('button', { name: '← Back to the list' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('pins and unpins the article, and exports it alone', () => {
    const props = showWire();
    openTitle('Xi, Putin accuse US');
    expect(facts().Pinned).toContain('Yes: kept whatever the size limit');
    fireEvent.click(within(view()).getByRole('button', { name: 'Unpin' }));
    expect(props.onSetPinned).toHaveBeenCalledWith(['st'], false);
    props.rerender({ entries: wire.map((e) => (e.id === 'st' ? { ...e, pinned: false } : e)) });
    fireEvent.click(within(view()).getByRole('button', { name: 'Pin' }));
    expect(props.onSetPinned).toHaveBeenLastCalledWith(['st'], true);
    fireEvent.click(within(view()).getByRole('button', { name: 'Export this article' }));
    expect(props.onExport).toHaveBeenCalledWith(['st']);
  });

  it('deletes the article only after a confirmation, which can be cancelled, and goes back to the list', () => {
    const props = showWire();
    openTitle('Xi, Putin accuse US');
    fireEvent.click(within(view()).getByRole('button', { name: 'Delete…' }));
    fireEvent.click(within(view()).getByRole('button', { name: 'Cancel' }));
    expect(props.onDelete).not.toHaveBeenCalled();
    fireEvent.click(within(view()).getByRole('button', { name: 'Delete…' }));
    expect(within(view()).getByRole('group', { name: 'Confirm deleting this article' }).textContent).toContain('This cannot be undone.');
    fireEvent.click(within(view()).getByRole('button', { name: 'Delete' }));
    expect(props.onDelete).toHaveBeenCalledWith(['st']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists the wire copies, each opening that article’s view', async () => {
    showWire();
    openTitle('Xi, Putin accuse US');
    const copies = within(view()).getByTestId('article-copies');
    expect(within(copies).getAllByRole('button').map((b) => b.textContent)).toEqual(['AFP']);
    fireEvent.click(within(copies).getByRole('button', { name: 'AFP' }));
    expect(readArticle).toHaveBeenLastCalledWith('afp');
    await waitFor(() => expect(paragraphsShown()).toEqual(['Chinese President Xi Jinping spoke to Putin.', 'The Kremlin said so.']));
    expect(facts()).toMatchObject({ Outlet: 'AFP', 'Came from': 'From a feed you subscribed to', Size: '2.0 KB (1,500 characters of text)' });
    expect(within(view()).getByTestId('article-copies').textContent).toBe('Copies of the same wire reportThe Straits Times · Xi, Putin accuse US');
    expect(screen.queryByRole('button', { name: 'An article of its own' })).not.toBeNull();
  });

  it('says the article is gone when it was deleted elsewhere while open, instead of its stale text', async () => {
    const props = showWire();
    openTitle('Xi, Putin accuse US');
    await waitFor(() => expect(paragraphsShown()).toHaveLength(3));
    props.rerender({ entries: wire.filter((e) => e.id !== 'st') });
    expect(within(view()).getByRole('heading', { level: 2 }).textContent).toBe('Xi, Putin accuse US');
    expect(within(view()).getByTestId('article-gone').textContent).toContain('no longer in your corpus');
    expect(within(view()).queryByTestId('article-text')).toBeNull();
    expect(within(view()).queryByRole('button', { name: 'Delete…' })).toBeNull();
  });

  it('says the article is gone when its text is no longer there to read', async () => {
    showWire({ onReadArticle: vi.fn(async () => null) });
    openTitle('Xi, Putin accuse US');
    await waitFor(() => expect(within(view()).getByTestId('article-gone')).toBeTruthy());
  });

  it('says why the text could not be read', async () => {
    showWire({ onReadArticle: vi.fn(async () => Promise.reject(new Error('the database is closed'))) });
    openTitle('Xi, Putin accuse US');
    await waitFor(() => expect(within(view()).getByTestId('article-text').textContent).toBe('The text could not be read: the database is closed'));
  });
});

describe('article text helpers', () => {
  it('splits the text into its non-blank lines', () => {
    expect(paragraphs('One.\r\n\r\n  Two.  \nThree.\n\n\n')).toEqual(['One.', 'Two.', 'Three.']);
    expect(paragraphs('   \n')).toEqual([]);
  });

  it('links only web addresses', () => {
    expect(safeLink('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeLink('http://example.org/')).toBe('http://example.org/');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,<p>')).toBeNull();
    expect(safeLink('/relative')).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});
