// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { PageMark } from '../messages';
import { ClaimCard } from './ClaimCard';
import { markLabel } from './MarksOverlay';
import { ITEM_ONE_CHINA, ITEM_TAIWAN_ELECTIONS, RELATED } from './test-fixtures';
import { outletName } from './outlets';

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

const omission: PageMark = {
  id: 'm207-328',
  kind: 'omission',
  quote: { exact: ITEM_ONE_CHINA.claim!.text, prefix: '', suffix: '' },
  items: [ITEM_ONE_CHINA, ITEM_TAIWAN_ELECTIONS].map((item) => ({
    id: item.id,
    text: item.text,
    sources: item.sources.map((s) => ({ outlet: outletName(s.doc, RELATED), quote: s.quote })),
  })),
  discrepancies: [],
};

const discrepancy: PageMark = {
  id: 'm1900-2050',
  kind: 'discrepancy',
  quote: { exact: 'Trade between the two countries has surged in the last two years, hitting $240.1 billion in 2023.', prefix: '', suffix: '' },
  items: [],
  discrepancies: [
    {
      note: '$240.1 billion here, $218.2bn in Al Jazeera: differs in scope: 2023 vs January-November',
      articleQuote: 'Trade between the two countries has surged in the last two years, hitting $240.1 billion in 2023.',
      outlet: 'Al Jazeera',
      otherQuote: 'Trade between the two countries has surged in the last two years, hitting $218.2bn during January-November.',
    },
  ],
};

describe('ClaimCard', () => {
  it('scrolls inside its own border when the room beside the claim is short, and not otherwise', () => {
    const { rerender } = render(<ClaimCard mark={omission} onClose={() => undefined} maxHeight={180} />);
    expect(screen.getByTestId('claim-card').style.maxHeight).toBe('180px');
    rerender(<ClaimCard mark={omission} onClose={() => undefined} />);
    expect(screen.getByTestId('claim-card').style.maxHeight).toBe('');
  });

  it('lists the omitted facts for the claim, each with the outlets that report it', () => {
    render(<ClaimCard mark={omission} onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Other coverage adds 2 facts' })).toBeTruthy();
    const items = screen.getAllByTestId('card-item');
    expect(items.map((el) => text(el.querySelector('.card-item-text')!))).toEqual([ITEM_ONE_CHINA.text, ITEM_TAIWAN_ELECTIONS.text]);
    expect(within(items[0]!).getAllByTestId('card-outlet').map(text)).toEqual(['Al Jazeera', 'AFP', 'The Straits Times']);
    expect(within(items[1]!).getAllByTestId('card-outlet').map(text)).toEqual(['HuffPost UK']);
    expect(screen.queryAllByTestId('card-source')).toEqual([]);
  });

  it('says so when the facts come from loosely related coverage only, and not otherwise', () => {
    const { rerender } = render(<ClaimCard mark={{ ...omission, loose: true }} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Loosely related coverage adds 2 facts' });
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)).toBe(screen.getByTestId('card-caution'));
    expect(text(screen.getByTestId('card-caution'))).toBe('None of the articles this comes from is clearly about this story: it may come from another one.');
    rerender(<ClaimCard mark={{ ...discrepancy, items: omission.items, loose: true }} onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Loosely related coverage reports this differently' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Loosely related coverage also adds');
    rerender(<ClaimCard mark={omission} onClose={() => undefined} />);
    expect(screen.queryByTestId('card-caution')).toBeNull();
    expect(screen.getByRole('dialog').hasAttribute('aria-describedby')).toBe(false);
  });

  it('says "a fact" in its heading when it adds one', () => {
    render(<ClaimCard mark={{ ...omission, items: omission.items.slice(0, 1) }} onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Other coverage adds a fact' })).toBeTruthy();
  });

  it('shows the exact sentence from each outlet on demand', () => {
    render(<ClaimCard mark={omission} onClose={() => undefined} />);
    const item = screen.getAllByTestId('card-item')[1]!;
    const button = within(item).getByRole('button', { name: 'Show the exact sentence' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Hide the exact sentence');
    const [source] = within(item).getAllByTestId('card-source');
    expect(text(source!.querySelector('blockquote')!)).toBe(ITEM_TAIWAN_ELECTIONS.sources[0]!.quote.replace(/\s+/g, ' ').trim());
    expect(text(source!.querySelector('figcaption')!)).toBe('HuffPost UK');
  });

  it('shows both versions of a discrepancy with the note', () => {
    render(<ClaimCard mark={discrepancy} onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Other coverage reports this differently' })).toBeTruthy();
    const d = screen.getByTestId('card-discrepancy');
    expect(text(d.querySelector('.card-note')!)).toContain('$240.1 billion here, $218.2bn in Al Jazeera');
    const figures = [...d.querySelectorAll('figure')].map((f) => [text(f.querySelector('blockquote')!), text(f.querySelector('figcaption')!)]);
    expect(figures).toEqual([
      [discrepancy.discrepancies[0]!.articleQuote, 'This article'],
      [discrepancy.discrepancies[0]!.otherQuote, 'Al Jazeera'],
    ]);
  });

  it('closes from its close button', () => {
    let closed = 0;
    render(<ClaimCard mark={omission} onClose={() => (closed += 1)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(closed).toBe(1);
  });

  it('names each kind of mark in words, not by colour alone', () => {
    expect(markLabel(omission)).toBe(`Lacuna: Other coverage adds context to this: “${omission.quote.exact}”`);
    expect(markLabel(discrepancy)).toMatch(/^Lacuna: Other coverage reports this differently: “Trade between/);
  });
});

describe('ClaimCard scheme', () => {
  it('takes the page’s scheme when the page has one, and leaves it to the reader’s preference otherwise', () => {
    const { container, rerender } = render(<ClaimCard mark={omission} onClose={() => undefined} scheme="dark" />);
    expect(container.querySelector('.card')?.getAttribute('data-scheme')).toBe('dark');
    rerender(<ClaimCard mark={omission} onClose={() => undefined} scheme={null} />);
    expect(container.querySelector('.card')?.hasAttribute('data-scheme')).toBe(false);
  });
});
