import type { OffscreenRequest } from '../messages';
import { OFFSCREEN_PAGE, offscreenExtractor, type OffscreenApi } from './page-extract';

function fakeOffscreen() {
  let exists = false;
  const created: string[] = [];
  const api: OffscreenApi = {
    hasDocument: async () => exists,
    createDocument: async ({ url, reasons }) => {
      if (exists) throw new Error('Only a single offscreen document may be created.');
      created.push(`${url} ${reasons.join(',')}`);
      exists = true;
    },
  };
  return { api, created };
}

const page = { url: 'https://a.example/x', title: 'T', source: null, published: null, lang: 'en', text: 'Text.' };

describe('extracting through the offscreen document', () => {
  it('creates the document once, sends it the page and returns its article', async () => {
    const { api, created } = fakeOffscreen();
    const sent: OffscreenRequest[] = [];
    const extract = offscreenExtractor(api, async (message) => {
      sent.push(message);
      return { ok: true, page };
    });
    const [a, b] = await Promise.all([extract('<p>one</p>', 'https://a.example/1'), extract('<p>two</p>', 'https://a.example/2')]);
    expect(a).toEqual(page);
    expect(b).toEqual(page);
    expect(created).toEqual([`${OFFSCREEN_PAGE} DOM_PARSER`]);
    expect(sent).toEqual([
      { type: 'offscreen-extract', html: '<p>one</p>', url: 'https://a.example/1' },
      { type: 'offscreen-extract', html: '<p>two</p>', url: 'https://a.example/2' },
    ]);
  });

  it('fails with the document’s reason, or when it gives no answer', async () => {
    const { api } = fakeOffscreen();
    await expect(offscreenExtractor(api, async () => ({ ok: false, error: 'parse error' }))('<p>', 'https://a.example/')).rejects.toThrow('parse error');
    await expect(offscreenExtractor(api, async () => undefined)('<p>', 'https://a.example/')).rejects.toThrow('the page reader gave no answer');
  });
});
