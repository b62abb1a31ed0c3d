import { isFeedReply, isFeedRequest, isFromContent, isOffscreenReply, isOffscreenRequest, isPopupRequest, isPopupToContent, isPopupUpdate, isToContent } from './messages';

const mark = { id: 'm1', kind: 'omission', quote: { exact: 'x', prefix: '', suffix: '' }, items: [], discrepancies: [] };

describe('message guards', () => {
  it('accept the messages of each direction', () => {
    expect(isToContent({ type: 'extract', force: false })).toBe(true);
    expect(isToContent({ type: 'extract', force: false, movedMs: 800 })).toBe(true);
    expect(isToContent({ type: 'show-marks', marks: [mark] })).toBe(true);
    expect(isToContent({ type: 'clear-marks' })).toBe(true);
    expect(isPopupToContent({ type: 'reveal', itemId: 'a' })).toBe(true);
    expect(isPopupToContent({ type: 'set-marks-visible', visible: false })).toBe(true);
    expect(isPopupToContent({ type: 'marks-status' })).toBe(true);
    expect(isFromContent({ type: 'page-article', article: { text: 'x' } })).toBe(true);
    expect(isPopupRequest({ type: 'watch', tabId: 3, force: true })).toBe(true);
    expect(isPopupRequest({ type: 'reanalyze', tabId: 3 })).toBe(true);
    expect(isPopupUpdate({ type: 'state', tabId: 3, state: { kind: 'error', message: 'm' } })).toBe(true);
    expect(isFeedRequest({ type: 'feed-add', url: 'https://a.example/rss' })).toBe(true);
    expect(isFeedRequest({ type: 'feed-fetch', url: 'https://a.example/rss' })).toBe(true);
    expect(isFeedReply({ ok: false, message: 'm' })).toBe(true);
    expect(isOffscreenRequest({ type: 'offscreen-extract', html: '<p>', url: 'https://a.example/' })).toBe(true);
    expect(isOffscreenReply({ ok: true, page: null })).toBe(true);
    expect(isOffscreenReply({ ok: true, page: { text: 't', url: null, title: null, source: null, published: null, lang: null } })).toBe(true);
    expect(isOffscreenReply({ ok: false, error: 'e' })).toBe(true);
  });

  it('reject look-alikes, so a stray message is ignored rather than misread', () => {
    expect(isToContent({ type: 'extract' })).toBe(false);
    expect(isToContent({ type: 'extract', force: false, movedMs: '800' })).toBe(false);
    expect(isToContent({ type: 'extract', force: false, movedMs: -1 })).toBe(false);
    expect(isToContent(null)).toBe(false);
    expect(isToContent({ type: 'show-marks', marks: [{ ...mark, kind: 'other' }] })).toBe(false);
    expect(isToContent({ type: 'reveal', itemId: 'a' })).toBe(false);
    expect(isPopupToContent({ type: 'reveal' })).toBe(false);
    expect(isPopupToContent({ type: 'set-marks-visible', visible: 'no' })).toBe(false);
    expect(isFromContent({ type: 'page-article' })).toBe(false);
    expect(isPopupRequest({ type: 'watch', tabId: '3', force: true })).toBe(false);
    expect(isPopupRequest({ type: 'watch', tabId: 3 })).toBe(false);
    expect(isPopupRequest({ type: 'other', tabId: 3 })).toBe(false);
    expect(isPopupUpdate({ type: 'state', tabId: 3 })).toBe(false);
    expect(isFeedRequest({ type: 'feed-add' })).toBe(false);
    expect(isFeedRequest({ type: 'add-article', tabId: 3 })).toBe(false);
    expect(isOffscreenRequest({ type: 'offscreen-extract', html: 3, url: 'x' })).toBe(false);
    expect(isOffscreenReply({ ok: true })).toBe(false);
    expect(isOffscreenReply({ ok: true, page: { text: 4 } })).toBe(false);
  });
});
