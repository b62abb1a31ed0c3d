import { isFragmentMove, TabAddresses } from './navigation';

describe('telling a navigation from a move within the page', () => {
  it('reads a change of the fragment alone as a move within the page', () => {
    expect(isFragmentMove('https://news.example/story', 'https://news.example/story#comments')).toBe(true);
    expect(isFragmentMove('https://news.example/story#a', 'https://news.example/story#b')).toBe(true);
    // Back to the address without a fragment is a new load of the page.
    expect(isFragmentMove('https://news.example/story#a', 'https://news.example/story')).toBe(false);
  });

  it('reads another path or query, the same address (a reload) or an unknown one as a navigation', () => {
    expect(isFragmentMove('https://news.example/story', 'https://news.example/next#top')).toBe(false);
    expect(isFragmentMove('https://news.example/story?page=1', 'https://news.example/story?page=2')).toBe(false);
    expect(isFragmentMove('https://news.example/story', 'https://news.example/story')).toBe(false);
    expect(isFragmentMove(undefined, 'https://news.example/story#x')).toBe(false);
    expect(isFragmentMove('not an address', 'not an address#x')).toBe(false);
  });

  it('reads a fragment that is a route of a single-page site as another page', () => {
    expect(isFragmentMove('https://news.example/#/world/123', 'https://news.example/#/world/456')).toBe(false);
    expect(isFragmentMove('https://news.example/', 'https://news.example/#!/story')).toBe(false);
    expect(isFragmentMove('https://news.example/#!story-1', 'https://news.example/#!story-2')).toBe(false);
  });

  it('follows each tab’s address across its updates', async () => {
    const tabs = new TabAddresses();
    expect(await tabs.navigates(1, { status: 'loading', url: 'https://news.example/story' }, 'https://news.example/story')).toBe(true);
    expect(await tabs.navigates(1, { status: 'complete' }, 'https://news.example/story')).toBe(false);
    expect(await tabs.navigates(1, { url: 'https://news.example/story#comments' }, 'https://news.example/story#comments')).toBe(false);
    // Some browsers report a fragment move as loading too.
    expect(await tabs.navigates(1, { status: 'loading', url: 'https://news.example/story#top' }, 'https://news.example/story#top')).toBe(false);
    expect(await tabs.navigates(1, { status: 'loading' }, 'https://news.example/story#top')).toBe(true);
    expect(await tabs.navigates(1, { url: 'https://news.example/next' }, 'https://news.example/next')).toBe(true);
    // Another tab, or this one after it closed, is not known: a change of its address is a navigation.
    expect(await tabs.navigates(2, { url: 'https://news.example/next#x' }, 'https://news.example/next#x')).toBe(true);
    tabs.closed(1);
    expect(await tabs.navigates(1, { url: 'https://news.example/next#x' }, 'https://news.example/next#x')).toBe(true);
  });

  it('asks for the address of a tab it has not seen change yet (none told before the click on the button, or since the worker woke)', async () => {
    const tabs = new TabAddresses(async (tabId) => (tabId === 3 ? 'https://news.example/story' : undefined));
    expect(await tabs.navigates(3, { status: 'loading', url: 'https://news.example/story#comments' }, 'https://news.example/story#comments')).toBe(false);
    expect(await tabs.navigates(4, { status: 'loading', url: 'https://news.example/story#comments' }, 'https://news.example/story#comments')).toBe(true);
  });

  it('tells how long ago a tab moved to another page, and nothing of one it has not seen move', async () => {
    let clock = 1000;
    const tabs = new TabAddresses(undefined, () => clock);
    expect(tabs.movedMs(1)).toBeUndefined();
    await tabs.navigates(1, { status: 'loading', url: 'https://news.example/story' }, 'https://news.example/story');
    clock = 3500;
    expect(tabs.movedMs(1)).toBe(2500);
    await tabs.navigates(1, { url: 'https://news.example/story#comments' }, 'https://news.example/story#comments');
    expect(tabs.movedMs(1)).toBe(2500);
    await tabs.navigates(1, { url: 'https://news.example/next' }, 'https://news.example/next');
    expect(tabs.movedMs(1)).toBe(0);
    tabs.closed(1);
    expect(tabs.movedMs(1)).toBeUndefined();
  });
});
