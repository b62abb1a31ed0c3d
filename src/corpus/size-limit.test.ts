import { chooseEvictions, documentBytes, parseSizeLimit } from './size-limit';

const item = (id: string, addedAt: number, bytes: number, pinned = false) => ({ id, addedAt, bytes, pinned });

describe('the corpus size limit', () => {
  it('weighs a document as its exported record in UTF-8', () => {
    const doc = { id: 'é', url: null, title: null, source: null, published: null, lang: null, text: '日本' };
    expect(documentBytes(doc)).toBe(new TextEncoder().encode(JSON.stringify({ id: 'é', url: null, title: null, source: null, published: null, lang: null, text: '日本' })).length);
    expect(documentBytes(doc)).toBe(JSON.stringify(doc).length + 1 + 4);
  });

  it('removes the oldest unpinned documents until the corpus fits, and no more', () => {
    const items = [item('new', 30, 40), item('old', 10, 40), item('pinned-oldest', 1, 40, true), item('middle', 20, 40)];
    expect(chooseEvictions(items, 160)).toEqual([]);
    expect(chooseEvictions(items, 159)).toEqual(['old']);
    expect(chooseEvictions(items, 80)).toEqual(['old', 'middle']);
    expect(chooseEvictions(items, null)).toEqual([]);
  });

  it('keeps pinned documents even when they alone are over the limit', () => {
    const items = [item('p1', 1, 100, true), item('a', 2, 10), item('p2', 3, 100, true)];
    expect(chooseEvictions(items, 50)).toEqual(['a']);
  });

  it('orders documents added at the same time by id, so the choice does not depend on storage order', () => {
    expect(chooseEvictions([item('b', 5, 10), item('a', 5, 10)], 10)).toEqual(['a']);
  });

  it('reads a limit in megabytes, or says why not', () => {
    expect(parseSizeLimit(' 50 ')).toEqual({ ok: true, bytes: 50 * 1024 * 1024 });
    expect(parseSizeLimit('0,5')).toEqual({ ok: true, bytes: 512 * 1024 });
    expect(parseSizeLimit('0')).toEqual({ ok: false, reason: 'The size limit must be more than 0 MB.' });
    expect(parseSizeLimit('-3')).toEqual({ ok: false, reason: '“-3” is not a size: give a number of megabytes, such as 50.' });
    expect(parseSizeLimit('ten')).toEqual({ ok: false, reason: '“ten” is not a size: give a number of megabytes, such as 50.' });
    expect(parseSizeLimit('')).toEqual({ ok: false, reason: '“” is not a size: give a number of megabytes, such as 50.' });
  });
});
