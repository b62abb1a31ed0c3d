import { CONTENT_SCRIPT, extractInTab, type TabsAccess } from './extract-in-tab';
import { UnreachableError } from './tab-analyzer';

const reply = { ok: true, isArticle: false, url: 'https://x.example/', title: null, reason: 'a list' };

describe('extractInTab', () => {
  it('injects the content script, then asks it for the article', async () => {
    const calls: string[] = [];
    const tabs: TabsAccess = {
      executeScript: async (o) => void calls.push(`inject ${JSON.stringify(o)}`),
      sendMessage: async (tabId, m) => (calls.push(`ask ${tabId} ${JSON.stringify(m)}`), reply),
    };
    expect(await extractInTab(tabs, 4, true)).toEqual(reply);
    expect(calls).toEqual([
      `inject {"target":{"tabId":4},"files":["${CONTENT_SCRIPT}"]}`,
      'ask 4 {"type":"extract","force":true}',
    ]);
    await extractInTab(tabs, 5, false, 1200);
    expect(calls.at(-1)).toBe('ask 5 {"type":"extract","force":false,"movedMs":1200}');
  });

  it('calls a page it may not inject into unreachable, keeping the browser’s reason', async () => {
    const tabs: TabsAccess = {
      executeScript: async () => Promise.reject(new Error('Cannot access contents of the page.')),
      sendMessage: async () => reply,
    };
    const error = await extractInTab(tabs, 4, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreachableError);
    expect((error as Error).message).toMatch(/only after a click on the Lacuna button.*Cannot access contents/);
  });

  it('says of the browser’s own pages that no extension may read them, not that a click would help', async () => {
    for (const said of ['Cannot access a chrome:// URL', 'Cannot access a edge:// URL', 'The extensions gallery cannot be scripted.']) {
      const tabs: TabsAccess = { executeScript: async () => Promise.reject(new Error(said)), sendMessage: async () => reply };
      const error = await extractInTab(tabs, 4, false).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreachableError);
      expect((error as Error).message).toContain('one of the browser’s own pages');
      expect((error as Error).message).not.toContain('only after a click');
      expect((error as Error).message).not.toContain(said);
    }
  });

  it('fails clearly when the page script gives no answer', async () => {
    const tabs: TabsAccess = { executeScript: async () => undefined, sendMessage: async () => undefined };
    await expect(extractInTab(tabs, 4, false)).rejects.toThrow('the page script gave no answer');
  });
});
