// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { FeedState } from '../corpus/feed-setting';
import { searchEntries, sortEntries, formatBytes } from './corpus-list';
import { entries, entry, show } from './options-fixtures';
import { evictedNotice } from './format';

const titles = () => screen.getAllByTestId('corpus-entry').map((li) => li.querySelector('.entry-title')!.textContent);

describe('corpus list helpers', () => {
  it('searches every word in title, outlet and address, ignoring case and accents', () => {
    expect(searchEntries(entries, 'menage PARLIAMENT').map((e) => e.id)).toEqual(['a']);
    expect(searchEntries(entries, 'example.org').map((e) => e.id)).toEqual(['c']);
    expect(searchEntries(entries, '  ').map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('sorts by outlet, date (newest first) and title, missing values last', () => {
    expect(sortEntries(entries, 'outlet').map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(sortEntries(entries, 'date').map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(sortEntries(entries, 'title').map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(sortEntries(entries, 'added').map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('sorts an untitled article by the opening the list names it by, among the titles, and one without either last', () => {
    const list = [
      entry('zebra', { title: 'Zebra crossings return' }),
      entry('wire-003.txt', { title: null, opening: 'Chinese President Xi Jinping spoke with Putin.' }),
      entry('bare', { title: null }),
      entry('apple', { title: 'Apple harvest' }),
    ];
    expect(sortEntries(list, 'title').map((e) => e.id)).toEqual(['apple', 'wire-003.txt', 'zebra', 'bare']);
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
  });
});

describe('the options page', () => {
  it('counts a large corpus with its thousands grouped, as the import report does', () => {
    show({ entries: Array.from({ length: 1234 }, (_, i) => entry(`e${i}`, { title: `Story ${i}`, addedAt: i })) });
    expect(screen.getByTestId('corpus-summary').textContent).toMatch(/^1,234 articles · /);
    fireEvent.click(screen.getByRole('button', { name: 'Clear all…' }));
    expect(screen.getByRole('group', { name: 'Confirm clearing the corpus' }).textContent).toContain('Delete all 1,234 articles?');
  });

  it('lists the corpus with its size and the storage used, newest first, and searches and sorts it', () => {
    show();
    expect(screen.getByTestId('corpus-summary').textContent).toBe('3 articles · 1.5 KB of browser storage used by Lacuna (articles, their indexes, settings)');
    expect(titles()).toEqual(['Ménage à trois in parliament', 'c', 'Budget passes']);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'outlet' } });
    expect(titles()).toEqual(['Budget passes', 'Ménage à trois in parliament', 'c']);
    fireEvent.input(screen.getByLabelText('Search the corpus'), { target: { value: 'budget' } });
    expect(titles()).toEqual(['Budget passes']);
    fireEvent.input(screen.getByLabelText('Search the corpus'), { target: { value: 'nothing like it' } });
    expect(screen.getByText(/No article matches/)).toBeTruthy();
  });

  it('marks the copies of one wire report in the list, naming the outlets of the others', () => {
    show({
      entries: [
        entry('afp', { title: 'Xi, Putin accuse US', source: 'AFP', addedAt: 4 }),
        entry('st', { title: 'Xi, Putin accuse US of interference', source: 'The Straits Times', copiesOf: ['afp'], addedAt: 3 }),
        entry('mt', { title: null, source: 'The Moscow Times', copiesOf: ['st', 'gone'], addedAt: 2 }),
        entry('huff', { title: 'Putin And Xi', source: 'HuffPost UK', addedAt: 1 }),
      ],
    });
    const copies = screen.getAllByTestId('corpus-entry').map((li) => within(li).queryByTestId('wire-copies')?.textContent ?? null);
    expect(copies).toEqual([
      'Copy of the same wire report as The Straits Times, The Moscow Times',
      'Copy of the same wire report as AFP, The Moscow Times',
      'Copy of the same wire report as AFP, The Straits Times',
      null,
    ]);
  });

  it('draws a long corpus 500 articles at a time', () => {
    const many = Array.from({ length: 1203 }, (_, i) => entry(`n${i}`, { title: `Article ${i}`, addedAt: i }));
    show({ entries: many });
    expect(screen.getAllByTestId('corpus-entry')).toHaveLength(500);
    fireEvent.click(screen.getByRole('button', { name: 'Show 500 more articles (703 not shown)' }));
    expect(screen.getAllByTestId('corpus-entry')).toHaveLength(1000);
    fireEvent.click(screen.getByRole('button', { name: 'Show the other 203 articles' }));
    expect(screen.getAllByTestId('corpus-entry')).toHaveLength(1203);
    expect(screen.queryByRole('button', { name: /^Show (\d+ more|the other)/ })).toBeNull();
  });

  it('deletes one article', () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Budget passes' }));
    expect(props.onDelete).toHaveBeenCalledWith(['b']);
  });

  it('exports the selected articles, all shown at once, or the whole corpus', () => {
    const props = show();
    expect(screen.getByRole('button', { name: 'Export selected' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByLabelText('Select Budget passes'));
    fireEvent.click(screen.getByLabelText('Select Ménage à trois in parliament'));
    expect(screen.getByTestId('selection-count').textContent).toBe('2 selected');
    fireEvent.click(screen.getByRole('button', { name: 'Export selected' }));
    // In the list's order (newest added first), not the order of clicking.
    expect(props.onExport).toHaveBeenLastCalledWith(['a', 'b']);
    fireEvent.click(screen.getByLabelText('Select Ménage à trois in parliament'));
    fireEvent.click(screen.getByRole('button', { name: 'Export selected' }));
    expect(props.onExport).toHaveBeenLastCalledWith(['b']);
    fireEvent.click(screen.getByLabelText('Select all articles shown'));
    expect(screen.getByTestId('selection-count').textContent).toBe('3 selected');
    fireEvent.click(screen.getByRole('button', { name: 'Export all' }));
    expect(props.onExport).toHaveBeenLastCalledWith(null);
  });

  it('selects only what the search shows', () => {
    const props = show();
    fireEvent.input(screen.getByLabelText('Search the corpus'), { target: { value: 'budget' } });
    fireEvent.click(screen.getByLabelText('Select all articles shown'));
    fireEvent.click(screen.getByRole('button', { name: 'Export selected' }));
    expect(props.onExport).toHaveBeenLastCalledWith(['b']);
  });

  it('deletes the selected articles after a confirmation, which can be cancelled', () => {
    const props = show();
    fireEvent.click(screen.getByLabelText('Select Budget passes'));
    fireEvent.click(screen.getByLabelText('Select c'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deleting the selected articles' });
    expect(confirm.textContent).toContain('Delete 2 articles? This cannot be undone.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(props.onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected…' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Confirm deleting the selected articles' })).getByRole('button', { name: 'Delete' }));
    expect(props.onDelete).toHaveBeenCalledWith(['c', 'b']);
    expect(screen.getByTestId('selection-count').textContent).toBe('None selected');
  });

  it('names an untitled article by its first sentence, in the list and in its controls, and finds it by it', () => {
    const opening = 'Chinese President Xi Jinping and his Russian counterpart Vladimir Putin accused the United States of interfering.';
    show({ entries: [entry('wire-003.txt', { title: null, opening }), entry('t', { title: 'A titled one' })] });
    const name = screen.getByRole('button', { name: opening });
    expect(name.classList.contains('opening')).toBe(true);
    expect(screen.getByRole('button', { name: 'A titled one' }).classList.contains('opening')).toBe(false);
    expect(screen.getByLabelText('Select Chinese President Xi Jinping and his Russian counterpart…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pin Chinese President Xi Jinping and his Russian counterpart…' })).toBeTruthy();
    expect(searchEntries([entry('wire-003.txt', { title: null, opening })], 'russian counterpart').map((e) => e.id)).toEqual(['wire-003.txt']);
  });

  it('pins and unpins an article', () => {
    const props = show({ entries: [entry('p', { title: 'Pinned one', pinned: true }), entry('q', { title: 'Loose one' })] });
    const pin = screen.getByRole('button', { name: 'Pin Loose one' });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    expect(props.onSetPinned).toHaveBeenLastCalledWith(['q'], true);
    const pinned = screen.getByRole('button', { name: 'Pin Pinned one' });
    expect(pinned.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pinned);
    expect(props.onSetPinned).toHaveBeenLastCalledWith(['p'], false);
  });

  it('sets a size limit, asking first when it removes articles now, and refuses what is not a size', () => {
    const weighty = [entry('old', { title: 'Old', addedAt: 1, bytes: 600 * 1024 }), entry('new', { title: 'New', addedAt: 2, bytes: 600 * 1024 }), entry('pin', { title: 'Pin', addedAt: 0, bytes: 100, pinned: true })];
    const props = show({ entries: weighty });
    expect(screen.getByTestId('size-limit-status').textContent).toBe('The articles weigh 1.2 MB; there is no size limit.');
    const input = screen.getByLabelText('Size limit in MB');
    fireEvent.input(input, { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the limit' }));
    expect(screen.getByRole('alert').textContent).toBe('“lots” is not a size: give a number of megabytes, such as 50.');
    expect(props.onSetSizeLimit).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the limit' }));
    const confirm = screen.getByRole('group', { name: 'Confirm the size limit' });
    expect(confirm.textContent).toContain('A 1.0 MB limit removes the oldest unpinned article now.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(props.onSetSizeLimit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Set the limit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Set it and remove them' }));
    expect(props.onSetSizeLimit).toHaveBeenLastCalledWith(1024 * 1024);
    fireEvent.input(input, { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the limit' }));
    expect(props.onSetSizeLimit).toHaveBeenLastCalledWith(50 * 1024 * 1024);
  });

  it('shows the limit, lifts it, and says when the pinned articles alone are over it', () => {
    const props = show({ entries: [entry('pin', { bytes: 2048, pinned: true })], sizeLimit: 1024 });
    expect(screen.getByTestId('size-limit-status').textContent).toBe(
      'The articles weigh 2.0 KB of a 1.0 KB limit. The pinned articles alone weigh more than the limit: they are kept, and nothing else is.',
    );
    // The box shows the limit in force, in the megabytes it takes.
    expect(screen.getByLabelText<HTMLInputElement>('Size limit in MB').placeholder).toBe('0.000977');
    fireEvent.click(screen.getByRole('button', { name: 'No limit' }));
    expect(props.onSetSizeLimit).toHaveBeenCalledWith(null);
    cleanup();
    show({ sizeLimit: 50 * 1024 * 1024 });
    expect(screen.getByLabelText<HTMLInputElement>('Size limit in MB').placeholder).toBe('50');
  });

  it('lists the sites never kept, adds one from a host or an address, and refuses what is neither', () => {
    const props = show({ neverSites: ['tabloid.example'] });
    expect(screen.getByTestId('never-sites').textContent).toContain('tabloid.example');
    fireEvent.click(screen.getByRole('button', { name: 'Keep articles from tabloid.example again' }));
    expect(props.onSetNeverSite).toHaveBeenLastCalledWith('tabloid.example', false);
    const input = screen.getByLabelText('Site never to keep articles from');
    fireEvent.input(input, { target: { value: 'no such thing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Never keep' }));
    expect(screen.getByRole('alert').textContent).toBe('“no such thing” is not a web site: give a host such as example.org, or the address of one of its pages.');
    expect(props.onSetNeverSite).toHaveBeenCalledTimes(1);
    fireEvent.input(input, { target: { value: 'https://www.Gossip.example/today' } });
    fireEvent.click(screen.getByRole('button', { name: 'Never keep' }));
    expect(props.onSetNeverSite).toHaveBeenLastCalledWith('gossip.example', true);
  });

  it('says how many articles the size limit removed', () => {
    show({ notice: evictedNotice(2), report: { added: 3, evicted: 2, error: null, warnings: [], skipped: [] } });
    expect(screen.getByTestId('corpus-notice').textContent).toBe('To stay under the size limit, the 2 articles added earliest were removed.');
    expect(evictedNotice(1)).toBe('To stay under the size limit, the article added earliest was removed.');
    expect(screen.getByTestId('import-report').textContent).toBe('3 articles imported. To stay under the size limit, the 2 articles added earliest were removed.');
  });

  it('clears all only after confirmation, and can be cancelled', () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm clearing the corpus' });
    expect(confirm.textContent).toContain('Delete all 3 articles?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(props.onClear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all' }));
    expect(props.onClear).toHaveBeenCalledTimes(1);
  });

  it('offers to remove the demo articles only while they are there', () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the demo articles' }));
    expect(props.onRemoveDemo).toHaveBeenCalled();
  });

  it('hands picked files and dropped files to the import', () => {
    const props = show();
    const picked = new File(['{"text":"x"}'], 'a.jsonl');
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [picked], configurable: true });
    fireEvent.change(input);
    expect(props.onImport).toHaveBeenCalledWith([picked]);
    const dropped = new File(['text'], 'b.txt');
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [dropped] } });
    expect(props.onImport).toHaveBeenLastCalledWith([dropped]);
  });

  it('shows the progress of an import in bytes and articles, with Cancel', () => {
    const props = show({ importing: { done: 1, total: 3, file: 'b.jsonl', saving: false, bytesDone: 3 * 1024 * 1024, bytesTotal: 200 * 1024 * 1024, articles: 4000, cancelling: false } });
    expect(screen.getByTestId('import-progress').textContent).toContain('Reading b.jsonl (file 2 of 3): 3.0 MB of 200 MB · 4,000 articles stored');
    const bar = screen.getByRole('progressbar', { name: 'Import progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([3 * 1024 * 1024, 200 * 1024 * 1024]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancelImport).toHaveBeenCalled();
  });

  it('says what cancelling does while it removes, and that nothing was imported once done', () => {
    show({ importing: { done: 0, total: 1, file: 'b.jsonl', saving: false, bytesDone: 10, bytesTotal: 100, articles: 250, cancelling: true } });
    expect(screen.getByTestId('import-progress').textContent).toContain('Cancelling: removing the 250 articles this import stored…');
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    show({ report: { added: 0, evicted: 0, error: null, cancelled: true, warnings: [], skipped: [{ file: 'b.jsonl', line: 3, reason: 'not valid JSON (x)' }] } });
    expect(screen.getByTestId('import-report').textContent).toBe('Import cancelled. Nothing was imported: the corpus is as it was before it.');
  });

  it('reports an interrupted import with its progress, to remove or keep what it added', () => {
    const journal = { id: 'import-1', files: [{ name: 'news.jsonl', size: 1000 }], startedAt: 0, bytesTotal: 1000, bytesDone: 400, added: 4000, resumeAt: { file: 'news.jsonl', line: 4100 }, state: 'running' as const };
    const props = show({ interrupted: [journal] });
    const view = screen.getByRole('group', { name: 'Interrupted import of news.jsonl' });
    expect(view.textContent).toContain('Import of news.jsonl was interrupted after 4,000 of ~10,000 articles.');
    expect(view.textContent).toContain('choose the same file again to go on from where it stopped');
    fireEvent.click(within(view).getByRole('button', { name: 'Remove the 4,000 articles it added' }));
    expect(props.onRemoveInterrupted).toHaveBeenCalledWith('import-1');
    fireEvent.click(within(view).getByRole('button', { name: 'Keep them' }));
    expect(props.onKeepInterrupted).toHaveBeenCalledWith('import-1');
  });

  it('reports what was imported and what was skipped, or that nothing was', () => {
    show({ report: { added: 2, evicted: 0, error: null, warnings: [], skipped: [{ file: 'news.jsonl', line: 2, reason: 'not valid JSON (x)' }, { file: 'p.png', reason: 'binary file (a PNG image), not text' }] } });
    expect(screen.getByTestId('import-report').textContent).toContain('2 articles imported. 2 skipped:');
    expect([...screen.getByTestId('import-skipped').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'news.jsonl:2: not valid JSON (x)',
      'p.png: binary file (a PNG image), not text',
    ]);
  });

  it('lists the first 200 skips of a file full of bad lines, and how many more there are', () => {
    const skipped = Array.from({ length: 5432 }, (_, i) => ({ file: 'bad.jsonl', line: i + 1, reason: 'not valid JSON (x)' }));
    show({ report: { added: 0, evicted: 0, error: null, warnings: [], skipped } });
    expect(screen.getByTestId('import-report').querySelector('p')!.textContent).toBe('0 articles imported. 5,432 skipped:');
    const items = screen.getByTestId('import-skipped').querySelectorAll('li');
    expect(items).toHaveLength(201);
    expect(items[199]!.textContent).toBe('bad.jsonl:200: not valid JSON (x)');
    expect(items[200]!.textContent).toBe('… and 5,232 more.');
  });

  it('says so when an import failed and changed nothing', () => {
    show({ report: { added: 0, evicted: 0, error: 'Nothing was imported: the storage is full.', warnings: [], skipped: [] } });
    expect(screen.getByTestId('import-report').textContent).toBe('Nothing was imported: the storage is full.');
  });
});

function feed(more: Partial<FeedState> = {}): FeedState {
  return { url: 'https://news.example/rss.xml', title: 'Example News', addedAt: 0, lastAttempt: null, lastSuccess: null, lastAdded: null, lastFailure: null, failures: 0, nextFetch: 0, skipped: [], seen: [], ...more };
}

describe('the feeds section', () => {
  it('adds a checked address, and refuses one that is not a web address without calling out', () => {
    const props = show();
    const input = screen.getByLabelText('Feed address');
    fireEvent.input(input, { target: { value: 'file:///etc/feed.xml' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add feed' }));
    expect(screen.getByRole('alert').textContent).toBe('“file:///etc/feed.xml” is not a web address (http or https): Lacuna can only fetch feeds from the web.');
    expect(props.onAddFeed).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: 'news.example/rss.xml' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add feed' }));
    expect(props.onAddFeed).toHaveBeenCalledWith('https://news.example/rss.xml');
  });

  it('shows each feed’s last success, its failure and the items it skipped, with fetch and remove', () => {
    // Noon of the current day: the next try, half an hour on, is still today whenever the test runs.
    const today = new Date().setHours(12, 0, 0, 0);
    const props = show({
      feeds: [
        feed({ lastSuccess: today - 60_000, lastAdded: 2, skipped: [{ item: '“Live”', reason: 'the item gives no address, and the feed gives no text of it' }] }),
        feed({ url: 'https://other.example/feed', title: null, lastFailure: { at: today, reason: 'the server answered 404 Not Found' }, nextFetch: today + 1_800_000, failures: 1 }),
      ],
    });
    const [good, bad] = screen.getAllByTestId('feed');
    expect(within(good!).getByTestId('feed-success').textContent).toMatch(/^Last fetched at \d\d:\d\d.*: 2 new articles\.$/);
    expect(within(good!).getByTestId('feed-skipped').textContent).toBe('“Live”: the item gives no address, and the feed gives no text of it');
    expect(within(bad!).queryByTestId('feed-success')).toBeNull();
    expect(within(bad!).getByTestId('feed-failure').textContent).toMatch(/^Failed at .*: the server answered 404 Not Found\. Next try at /);
    fireEvent.click(within(bad!).getByRole('button', { name: 'Fetch https://other.example/feed now' }));
    expect(props.onFetchFeed).toHaveBeenCalledWith('https://other.example/feed');
    fireEvent.click(within(good!).getByRole('button', { name: 'Remove the feed Example News' }));
    expect(props.onRemoveFeed).toHaveBeenCalledWith('https://news.example/rss.xml');
  });

  it('shows a past failure as past once a later fetch succeeded, and a feed at work as busy', () => {
    show({
      feeds: [feed({ lastSuccess: 2000, lastAdded: 0, lastFailure: { at: 1000, reason: 'the feed is larger than 5 MB' } })],
      feedsBusy: new Set(['https://news.example/rss.xml']),
    });
    expect(screen.getByTestId('feed-failure').className).toBe('hint');
    expect(screen.getByTestId('feed-failure').textContent).toMatch(/^Last failed on .*: the feed is larger than 5 MB\.$/);
    expect(screen.getByRole('button', { name: 'Fetch Example News now' }).textContent).toBe('Fetching…');
    expect((screen.getByRole('button', { name: 'Fetch Example News now' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
