import { PORT_NAME, type PopupUpdate, type TabState } from '../messages';
import { setAsideBothWays, setAsideFor, type CorpusAddresses } from '../corpus/set-aside-setting';
import { servePopupPort } from './popup-port';

const ARTICLE = 'https://news.example/xi-putin-call';
const OTHER = 'https://news.example/other';

/** The corpus keeps the article as the reader's capture (its address is its id) and another outlet's story at OTHER. */
const CORPUS: CorpusAddresses = {
  idsAt: async (url) => (url === ARTICLE ? [ARTICLE] : url === OTHER ? ['other-story'] : []),
  urlOf: async (id) => (id === 'other-story' ? OTHER : id === ARTICLE ? ARTICLE : null),
};

function memoryArea() {
  const values: Record<string, unknown> = {};
  return {
    async get(key: string) {
      return key in values ? { [key]: structuredClone(values[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(values, structuredClone(items));
    },
  };
}

function setup(articleUrl: string | null = ARTICLE, local = memoryArea(), corpus: CorpusAddresses = CORPUS, options: { session?: ReturnType<typeof memoryArea>; private?: boolean } = {}) {
  const session = options.session ?? memoryArea();
  const listeners: Array<(message: unknown) => void> = [];
  const posted: PopupUpdate[] = [];
  const port = {
    name: PORT_NAME,
    onMessage: { addListener: (listener: (message: unknown) => void) => void listeners.push(listener) },
    onDisconnect: { addListener: () => undefined },
    postMessage: (message: PopupUpdate) => void posted.push(message),
  };
  const reanalyzed: number[] = [];
  let resolveReanalyzed: () => void = () => undefined;
  const whenReanalyzed = new Promise<void>((resolve) => (resolveReanalyzed = resolve));
  const analyzer = {
    watch: (_tabId: number, _force: boolean, listener: (state: TabState) => void) => {
      listener({ kind: 'analyzing', stage: 'reading', progress: 0 });
      return () => undefined;
    },
    reanalyze: (tabId: number) => {
      reanalyzed.push(tabId);
      resolveReanalyzed();
    },
    articleUrl: () => articleUrl,
    forgotten: [] as string[],
    forgetArticle(sameArticle: (url: string) => boolean, except: number) {
      for (const url of ['https://news.example/xi-putin-call?utm_source=feed', OTHER, 'https://news.example/third']) if (sameArticle(url)) this.forgotten.push(`${url} but ${except}`);
    },
  };
  servePopupPort(port as never, analyzer, { local, session, isPrivate: async () => options.private === true }, corpus);
  const send = (message: unknown) => listeners.forEach((listener) => listener(message));
  return { send, posted, reanalyzed, whenReanalyzed, local, session, analyzer };
}

describe('the popup port', () => {
  it('passes on the watched tab’s states', () => {
    const { send, posted } = setup();
    send({ type: 'watch', tabId: 7, force: false });
    expect(posted).toEqual([{ type: 'state', tabId: 7, state: { kind: 'analyzing', stage: 'reading', progress: 0 } }]);
  });

  it('remembers a document set aside for the tab’s article, then analyzes again, and other tabs of the article forget theirs', async () => {
    const { send, reanalyzed, whenReanalyzed, local, analyzer } = setup();
    send({ type: 'set-aside', tabId: 7, doc: 'https://other.example/deals' });
    await whenReanalyzed;
    expect(reanalyzed).toEqual([7]);
    expect(await setAsideFor(local, ARTICLE)).toEqual(['https://other.example/deals']);
    expect(analyzer.forgotten).toEqual(['https://news.example/xi-putin-call?utm_source=feed but 7']);
  });

  it('sets the article aside for the other story’s address too, and the tabs showing that story forget their result', async () => {
    const { send, whenReanalyzed, local, analyzer } = setup();
    send({ type: 'set-aside', tabId: 7, doc: 'other-story' });
    await whenReanalyzed;
    expect(await setAsideFor(local, OTHER)).toEqual([ARTICLE]);
    expect(analyzer.forgotten).toEqual(['https://news.example/xi-putin-call?utm_source=feed but 7', `${OTHER} but 7`]);
  });

  it('brings the article back on the other story’s side too', async () => {
    const local = memoryArea();
    await setAsideBothWays(local, CORPUS, ARTICLE, 'other-story');
    const { send, whenReanalyzed, analyzer } = setup(ARTICLE, local);
    send({ type: 'bring-back', tabId: 7 });
    await whenReanalyzed;
    expect(await setAsideFor(local, OTHER)).toEqual([]);
    expect(analyzer.forgotten).toContain(`${OTHER} but 7`);
  });

  it('keeps both of two documents set aside in quick succession', async () => {
    const { send, reanalyzed, local } = setup();
    send({ type: 'set-aside', tabId: 7, doc: 'a' });
    send({ type: 'set-aside', tabId: 7, doc: 'b' });
    await vi.waitFor(() => expect(reanalyzed).toHaveLength(2));
    expect(await setAsideFor(local, ARTICLE)).toEqual(['a', 'b']);
  });

  it('brings every one back, then analyzes again', async () => {
    const local = memoryArea();
    await setAsideBothWays(local, CORPUS, ARTICLE, 'a');
    await setAsideBothWays(local, CORPUS, ARTICLE, 'b');
    const { send, reanalyzed, whenReanalyzed } = setup(ARTICLE, local);
    send({ type: 'bring-back', tabId: 7 });
    await whenReanalyzed;
    expect(reanalyzed).toEqual([7]);
    expect(await setAsideFor(local, ARTICLE)).toEqual([]);
  });

  it('analyzes again without remembering anything when the tab has no finished article', async () => {
    const { send, reanalyzed, local } = setup(null);
    send({ type: 'set-aside', tabId: 7, doc: 'a' });
    expect(reanalyzed).toEqual([7]);
    expect(await local.get('setAside')).toEqual({});
  });

  it('keeps a choice made in a private window in memory only, and brings it back from there', async () => {
    const { send, whenReanalyzed, local, session } = setup(ARTICLE, memoryArea(), CORPUS, { private: true });
    send({ type: 'set-aside', tabId: 7, doc: 'other-story' });
    await whenReanalyzed;
    expect(await local.get('setAside')).toEqual({});
    expect(await setAsideFor(session, ARTICLE)).toEqual(['other-story']);
    expect(await setAsideFor(session, OTHER)).toEqual([ARTICLE]);
    const again = setup(ARTICLE, local, CORPUS, { session });
    again.send({ type: 'bring-back', tabId: 7 });
    await again.whenReanalyzed;
    expect(await setAsideFor(session, ARTICLE)).toEqual([]);
    expect(await setAsideFor(session, OTHER)).toEqual([]);
  });

  it('ignores messages that are not requests', () => {
    const { send, reanalyzed, posted } = setup();
    send({ type: 'set-aside', tabId: 7 });
    send({ type: 'bring-back' });
    expect(reanalyzed).toEqual([]);
    expect(posted).toEqual([]);
  });
});
