import { isFromContent, isPopupRequest, isPopupToContent, isPopupUpdate, isToContent } from './messages';

const mark = { id: 'm1', kind: 'omission', quote: { exact: 'x', prefix: '', suffix: '' }, items: [], discrepancies: [] };

describe('message guards', () => {
  it('accept the messages of each direction', () => {
    expect(isToContent({ type: 'extract', force: false })).toBe(true);
    expect(isToContent({ type: 'show-marks', marks: [mark] })).toBe(true);
    expect(isToContent({ type: 'clear-marks' })).toBe(true);
    expect(isPopupToContent({ type: 'reveal', itemId: 'a' })).toBe(true);
    expect(isPopupToContent({ type: 'set-marks-visible', visible: false })).toBe(true);
    expect(isPopupToContent({ type: 'marks-status' })).toBe(true);
    expect(isFromContent({ type: 'page-article', article: { text: 'x' } })).toBe(true);
    expect(isPopupRequest({ type: 'watch', tabId: 3, force: true })).toBe(true);
    expect(isPopupRequest({ type: 'reanalyze', tabId: 3 })).toBe(true);
    expect(isPopupUpdate({ type: 'state', tabId: 3, state: { kind: 'error', message: 'm' } })).toBe(true);
  });

  it('reject look-alikes, so a stray message is ignored rather than misread', () => {
    expect(isToContent({ type: 'extract' })).toBe(false);
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
  });
});
