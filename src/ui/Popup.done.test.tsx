// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { OmittedItem } from '../engine/types';
import { showPopup } from './show-popup';
import { ARTICLE_TITLE, doneState, ITEM_NO_LIMITS, ITEM_ONE_CHINA, ITEM_ROUBLES, ITEM_TAIWAN_ELECTIONS, ITEM_UK, RELATED } from './test-fixtures';

const show = showPopup;

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = () => screen.getAllByTestId('omitted-item');
const itemWith = (needle: string) => {
  const found = items().find((el) => text(el).includes(needle));
  if (!found) throw new Error(`no item with ${needle}`);
  return found;
};
const outletsIn = (el: HTMLElement) => within(el).getAllByTestId('item-source').map(text);

describe('Popup, done', () => {
  it('names the article and its outlet in the header', () => {
    show(doneState());
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('heading', { level: 1 }).textContent).toBe('Lacuna');
    expect(text(screen.getByTestId('article-info'))).toBe(`${ARTICLE_TITLE}The Moscow Times`);
    expect(screen.getByTestId('popup').dataset.state).toBe('done');
  });

  it('lets titles, items and quotes in a right-to-left script run right to left', () => {
    const state = doneState();
    show({ ...state, title: 'شي وبوتين يتهمان الولايات المتحدة' });
    expect(screen.getByTestId('article-info').querySelector('.article-title')?.getAttribute('dir')).toBe('auto');
    for (const item of items()) expect(item.querySelector('.item-text')?.getAttribute('dir')).toBe('auto');
    const related = [...screen.getByTestId('popup').querySelectorAll('.related-title')];
    expect(related.length).toBeGreaterThan(0);
    for (const title of related) expect(title.getAttribute('dir')).toBe('auto');
  });

  it('falls back to the analysis title when the tab has none', () => {
    const state = doneState({ article: { title: 'Title from the text', sentences: 3 } });
    show({ ...state, title: null });
    expect(text(screen.getByTestId('article-info'))).toContain('Title from the text');
  });

  it('says “another article” when one article is compared with', () => {
    show(doneState({ related: [RELATED[0]!] }));
    expect(screen.getByRole('status').textContent).toContain('6 facts another article reports, most important first.');
  });

  it('lists every omitted item once, best first across groups', () => {
    show(doneState());
    expect(items()).toHaveLength(6);
    expect(screen.getByRole('status').textContent).toContain('6 facts other articles report, most important first.');
    // the rank shown with each item, in document order
    const ranks = items().map((el) => el.querySelector('.rank')?.textContent);
    expect(ranks).toEqual(['1', '4', '2', '3', '5', '6']);
    expect(text(items()[0]!)).toContain(ITEM_ONE_CHINA.text);
  });

  it('groups items by topic under headings ordered by their best item, "Other context" for none', () => {
    show(doneState());
    const groups = screen.getAllByTestId('topic-group');
    expect(groups.map((g) => within(g).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Taiwan',
      'Russia–China ties',
      'Trade',
      'Other context',
    ]);
    const taiwan = within(groups[0]!).getAllByTestId('omitted-item').map(text);
    expect(taiwan[0]).toContain(ITEM_ONE_CHINA.text);
    expect(taiwan[1]).toContain(ITEM_TAIWAN_ELECTIONS.text);
    expect(text(groups[3]!)).toContain(ITEM_UK.text);
  });

  it('shows who reports each item: one outlet, or three for a merged item', () => {
    show(doneState());
    const taiwan = itemWith('repeated interference');
    expect(outletsIn(taiwan)).toEqual(['HuffPost UK']);
    expect(text(taiwan)).toContain('Reported by HuffPost UK');
    const oneChina = itemWith('one China');
    expect(outletsIn(oneChina)).toEqual(['Al Jazeera', 'AFP', 'The Straits Times']);
    expect(text(oneChina)).toContain('Reported by Al Jazeera, AFP, The Straits Times');
  });

  it('names an outlet by title, then id, when the corpus has no outlet for it', () => {
    const related = RELATED.map((r) =>
      r.source === 'HuffPost UK' ? { ...r, source: null } : r.source === 'Al Jazeera' ? { ...r, source: null, title: null } : r,
    );
    show(doneState({ related }));
    expect(outletsIn(itemWith('multipolar'))).toEqual(['001_ae30d0a36fc04354.txt', RELATED[3]!.title]);
  });

  it('hides the source sentences until the item is expanded, then quotes each with its outlet', () => {
    show(doneState());
    const item = itemWith('one China');
    const button = within(item).getByRole('button', { name: /show what they wrote \(3\)/i });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(item.querySelectorAll('blockquote')).toHaveLength(0);

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    const quotes = within(item).getAllByTestId('source-quote');
    expect(quotes.map((q) => q.querySelector('figcaption')?.textContent)).toEqual(['Al Jazeera', 'AFP', 'The Straits Times']);
    ITEM_ONE_CHINA.sources.forEach((source, i) => {
      expect(quotes[i]!.querySelector('blockquote')?.textContent).toBe(source.quote);
    });
    expect(text(panel)).toContain(`Where it fits in this article: next to ${ITEM_ONE_CHINA.claim!.text}`);
    // the other items stay closed
    expect(itemWith('repeated interference').querySelectorAll('blockquote')).toHaveLength(0);

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(item.querySelectorAll('blockquote')).toHaveLength(0);
  });

  it('shows the one HuffPost sentence for the Taiwan elections item', () => {
    show(doneState());
    const item = itemWith('repeated interference');
    fireEvent.click(within(item).getByRole('button', { name: 'Show what it wrote' }));
    expect(within(item).getByRole('button', { name: 'Hide what it wrote' })).toBeTruthy();
    const quote = within(item).getByTestId('source-quote');
    expect(quote.querySelector('blockquote')?.textContent).toBe(ITEM_TAIWAN_ELECTIONS.sources[0]!.quote);
    expect(quote.querySelector('figcaption')?.textContent).toBe('HuffPost UK');
  });

  it('keeps a flat ranked list with topic labels when grouping would not help', () => {
    const flat: OmittedItem[] = [ITEM_ONE_CHINA, ITEM_ROUBLES, ITEM_UK];
    show(doneState({ omitted: flat }));
    expect(screen.queryAllByTestId('topic-group')).toHaveLength(0);
    expect(screen.queryByText('Other context')).toBeNull();
    const list = screen.getByRole('list', { name: /omitted context/i });
    expect(list.tagName).toBe('OL');
    expect(items().map((el) => el.querySelector('.topic')?.textContent ?? null)).toEqual(['Taiwan', 'Trade', null]);
    expect(items().map((el) => el.querySelector('.rank')?.textContent)).toEqual(['1', '2', '3']);
  });

  it('lists the related articles with outlet, title or "Untitled", and how close they are', () => {
    show(doneState());
    expect(screen.getByRole('heading', { name: 'Compared with 4 related articles' })).toBeTruthy();
    const rows = screen.getAllByTestId('related-doc').map((row) =>
      ['.related-outlet', '.related-title', '.closeness-label'].map((part) => text(row.querySelector(part)!)),
    );
    expect(rows).toEqual([
      ['AFP', 'Untitled', 'Very close 93%'],
      ['The Straits Times', 'Xi, Putin accuse US of ‘interference’ during phone call', 'Very close 88%'],
      ['Al Jazeera', 'Untitled', 'Closely related 71%'],
      ['HuffPost UK', RELATED[3]!.title, 'Related 46%'],
    ]);
    // the bar follows the score
    const bars = screen.getAllByTestId('related-doc').map((row) => (row.querySelector('.closeness-fill') as HTMLElement).style.width);
    expect(bars).toEqual(['93%', '88%', '71%', '46%']);
  });

  it('says when every related article is only loosely related, and calls each so', () => {
    const related = RELATED.map((doc, at) => ({ ...doc, score: 0.3 - at * 0.02, loose: true as const }));
    show(doneState({ related }));
    // The status line, read aloud, says it too.
    expect(screen.getByRole('status').textContent).toContain('6 facts loosely related articles report, most important first.');
    const notice = screen.getByTestId('loose-notice');
    expect(text(notice)).toMatch(/^Loosely related coverage only\. None of the articles compared with is clearly about this story/);
    // shown above what the articles add
    expect(notice.compareDocumentPosition(items()[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const words = screen.getAllByTestId('related-doc').map((row) => text(row.querySelector('.closeness-label')!));
    expect(words).toEqual(['Loosely related 30%', 'Loosely related 28%', 'Loosely related 26%', 'Loosely related 24%']);
  });

  it('says nothing of loose coverage when one related article is clearly related', () => {
    const related = RELATED.map((doc, at) => (at === 0 ? { ...doc, score: 0.41 } : { ...doc, score: 0.25, loose: true as const }));
    show(doneState({ related }));
    expect(screen.queryByTestId('loose-notice')).toBeNull();
    const words = screen.getAllByTestId('related-doc').map((row) => text(row.querySelector('.closeness-label')!));
    expect(words).toEqual(['Related 41%', 'Loosely related 25%', 'Loosely related 25%', 'Loosely related 25%']);
  });

  it('shows an untitled related article by its first sentence, and names it so for the set-aside button', () => {
    const openings = { [RELATED[0]!.doc]: 'Chinese President Xi Jinping and his Russian counterpart Vladimir Putin accused the United States of "interfering" in their countries\' affairs.' };
    show({ ...doneState(), openings }, { onSetAside: vi.fn(), onBringBack: vi.fn() });
    const [afp, , aljazeera] = screen.getAllByTestId('related-doc');
    const shown = afp!.querySelector('.related-title')!;
    expect(text(shown)).toBe(openings[RELATED[0]!.doc]);
    expect(shown.classList.contains('opening')).toBe(true);
    expect(within(afp!).getByRole('button').getAttribute('aria-label')).toBe(
      'Not this story: leave out AFP’s article beginning “Chinese President Xi Jinping and his Russian counterpart…” and analyze again',
    );
    // one without an opening stays "Untitled"
    expect(text(aljazeera!.querySelector('.related-title')!)).toBe('Untitled');
  });

  it('does not repeat a title that stands in for a missing outlet', () => {
    const related = [{ ...RELATED[3]!, source: null }, { ...RELATED[0]!, title: null, source: null }];
    show(doneState({ related, omitted: [], discrepancies: [] }));
    const [first, second] = screen.getAllByTestId('related-doc');
    expect(text(first!.querySelector('.related-outlet')!)).toBe(RELATED[3]!.title);
    expect(first!.querySelector('.related-title')).toBeNull();
    expect(text(second!.querySelector('.related-outlet')!)).toBe('003_70745ba918bb0d59.txt');
    expect(text(second!.querySelector('.related-title')!)).toBe('Untitled');
  });

  it('says plainly when nothing is missing', () => {
    show(doneState({ omitted: [], discrepancies: [] }));
    expect(screen.queryAllByTestId('omitted-item')).toHaveLength(0);
    expect(screen.getAllByText(/nothing missing/i)).toHaveLength(1);
    expect(text(screen.getByTestId('nothing-missing'))).toBe(
      'Nothing missing: the 4 related articles report nothing this one leaves out.',
    );
    expect(screen.getAllByTestId('related-doc')).toHaveLength(4);
  });

  it('says "1 related article reports" for one', () => {
    show(doneState({ omitted: [], discrepancies: [], related: [RELATED[0]!] }));
    expect(text(screen.getByTestId('nothing-missing'))).toBe(
      'Nothing missing: the 1 related article reports nothing this one leaves out.',
    );
    expect(screen.getByRole('heading', { name: 'Compared with 1 related article' })).toBeTruthy();
  });

  it('warns when only part of the article was visible, and not otherwise', () => {
    show(doneState({}, false));
    expect(screen.queryByTestId('truncated-notice')).toBeNull();
    show(doneState({}, true));
    expect(text(screen.getByTestId('truncated-notice'))).toMatch(/only part of the article was visible on the page/i);
    expect(text(screen.getByTestId('truncated-notice'))).toMatch(/part that was not shown/);
  });

  it('shows where outlets disagree, with both quotes and the note', () => {
    show(doneState());
    const section = screen.getByRole('region', { name: 'Where outlets disagree' });
    const d = within(section).getByTestId('discrepancy');
    expect(text(d)).toContain('$240.1bn here, $218.2bn (January–November) in Al Jazeera');
    const captions = [...d.querySelectorAll('figcaption')].map(text);
    expect(captions).toEqual(['This article', 'Al Jazeera']);
    expect(text(d.querySelectorAll('blockquote')[0]!)).toContain('hitting $240.1 billion in 2023');
    expect(text(d.querySelectorAll('blockquote')[1]!)).toContain('hitting $218.2bn during January-November');
  });

  it('has no disagreement section when there is none', () => {
    show(doneState({ discrepancies: [] }));
    expect(screen.queryByText('Where outlets disagree')).toBeNull();
  });

  it('treats a done state with no related article as no coverage, never an empty page', () => {
    show(doneState({ related: [], omitted: [], discrepancies: [] }));
    expect(screen.getByRole('status').textContent).toContain('None of the 5 articles in the local corpus covers this story.');
    expect(screen.queryByTestId('nothing-missing')).toBeNull();
  });
});

describe('Popup, marks on the page', () => {
  const marks = { marks: 4, anchored: 3, itemsOnPage: [ITEM_TAIWAN_ELECTIONS.id, ITEM_ONE_CHINA.id], visible: true };

  it('offers to show an item’s claim in the article when the page has its marks, and says which item', () => {
    const onReveal = vi.fn();
    show(doneState(), { marks, onReveal });
    const item = itemWith(ITEM_TAIWAN_ELECTIONS.text.slice(0, 30));
    fireEvent.click(within(item).getByTestId('reveal-claim'));
    expect(onReveal).toHaveBeenCalledWith(ITEM_TAIWAN_ELECTIONS.id);
  });

  it('offers it only on the items whose claim was found on the page', () => {
    show(doneState(), { marks, onReveal: vi.fn() });
    const offered = screen.getAllByTestId('reveal-claim').map((button) => button.closest('[data-item-id]')?.getAttribute('data-item-id'));
    expect(offered.sort()).toEqual([ITEM_ONE_CHINA.id, ITEM_TAIWAN_ELECTIONS.id].sort());
    // An item with a claim that the page does not show (it was not found there) has no link.
    expect(ITEM_NO_LIMITS.claim).not.toBeNull();
    expect(within(itemWith(ITEM_NO_LIMITS.text.slice(0, 30))).queryByTestId('reveal-claim')).toBeNull();
  });

  it('offers no such link when nothing was marked on the page', () => {
    show(doneState(), { marks: { marks: 4, anchored: 0, itemsOnPage: [], visible: true } });
    expect(screen.queryAllByTestId('reveal-claim')).toEqual([]);
    show(doneState(), { marks: null });
    expect(screen.queryAllByTestId('reveal-claim')).toEqual([]);
  });

  it('has a switch that hides and shows the highlights, saying how many claims were found', () => {
    const onToggleMarks = vi.fn();
    const { rerender } = show(doneState(), { marks, onToggleMarks });
    const toggle = screen.getByRole('switch', { name: /Highlight claims on the page \(3 of 4 found\)/ }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(onToggleMarks).toHaveBeenCalledWith(false);
    rerender({ marks: { ...marks, visible: false }, onToggleMarks });
    expect((screen.getByTestId('marks-toggle') as HTMLInputElement).checked).toBe(false);
  });
});
