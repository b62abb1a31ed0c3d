import { pageMarksControl } from './page-marks';

describe('pageMarksControl', () => {
  it('waits for the page to have its marks, and gives up after a few tries', async () => {
    const replies = [{ marks: 0, anchored: 0, itemsOnPage: [], visible: true }, { marks: 3, anchored: 2, itemsOnPage: ['i1', 'i2'], visible: true }];
    const control = pageMarksControl(async () => replies.shift());
    expect(await control.settled(5, 0, async () => undefined)).toEqual({ marks: 3, anchored: 2, itemsOnPage: ['i1', 'i2'], visible: true });
    const none = pageMarksControl(async () => Promise.reject(new Error('no receiver')));
    expect(await none.settled(3, 0, async () => undefined)).toBeNull();
  });

  it('sends typed requests and reads the answers', async () => {
    const sent: unknown[] = [];
    const control = pageMarksControl(async (m) => (sent.push(m), m.type === 'reveal' ? { found: true } : { marks: 1, anchored: 1, itemsOnPage: ['i1'], visible: false }));
    expect(await control.reveal('i1')).toBe(true);
    expect(await control.setVisible(false)).toEqual({ marks: 1, anchored: 1, itemsOnPage: ['i1'], visible: false });
    expect(sent).toEqual([{ type: 'reveal', itemId: 'i1' }, { type: 'set-marks-visible', visible: false }]);
  });

  it('takes an answer without the items on the page for no answer (a content script of an older build)', async () => {
    const control = pageMarksControl(async () => ({ marks: 1, anchored: 1, visible: true }));
    expect(await control.status()).toBeNull();
  });
});
