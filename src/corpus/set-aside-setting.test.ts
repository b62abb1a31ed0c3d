import { articleKey, bringBackBothWays, SET_ASIDE_ARTICLES, SET_ASIDE_KEY, setAsideBothWays, setAsideFor, type CorpusAddresses } from './set-aside-setting';

function memoryArea(initial: Record<string, unknown> = {}) {
  const values: Record<string, unknown> = structuredClone(initial);
  return {
    values,
    async get(key: string) {
      return key in values ? { [key]: structuredClone(values[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(values, structuredClone(items));
    },
  };
}

const ARTICLE = 'https://news.example/xi-putin-call';

/** A corpus that keeps neither side: the choice is remembered one way only. */
const NOT_KEPT: CorpusAddresses = { idsAt: async () => [], urlOf: async () => null };
const setAsideDocument = (area: ReturnType<typeof memoryArea>, article: string, doc: string) => setAsideBothWays(area, NOT_KEPT, article, doc);
const bringBackAll = (area: ReturnType<typeof memoryArea>, article: string) => bringBackBothWays(area, NOT_KEPT, article);

/** A corpus holding the reader's article (captured under its address) and another outlet's story, each at its own address. */
const CORPUS: CorpusAddresses = {
  idsAt: async (url) => ({ [articleKey(ARTICLE)]: [ARTICLE, 'import-7'], 'other.example/farmers': ['farmers'] })[articleKey(url)] ?? [],
  urlOf: async (id) => ({ farmers: 'https://other.example/farmers', [ARTICLE]: ARTICLE, 'import-7': ARTICLE })[id] ?? null,
};

describe('documents set aside as another story', () => {
  it('are remembered per article, each once, and brought back together', async () => {
    const area = memoryArea();
    expect(await setAsideFor(area, ARTICLE)).toEqual([]);
    await setAsideDocument(area, ARTICLE, 'https://other.example/gift-guide');
    await setAsideDocument(area, ARTICLE, 'https://other.example/gift-guide');
    await setAsideDocument(area, ARTICLE, 'https://other.example/deals');
    await setAsideDocument(area, 'https://news.example/another', 'https://other.example/deals');
    expect(await setAsideFor(area, ARTICLE)).toEqual(['https://other.example/gift-guide', 'https://other.example/deals']);
    await bringBackAll(area, ARTICLE);
    expect(await setAsideFor(area, ARTICLE)).toEqual([]);
    expect(await setAsideFor(area, 'https://news.example/another')).toEqual(['https://other.example/deals']);
  });

  it('hold for the article reached at another form of its address', async () => {
    const area = memoryArea();
    await setAsideDocument(area, 'https://www.news.example/xi-putin-call/?utm_source=feed&utm_medium=rss#comments', 'd');
    for (const variant of [ARTICLE, 'http://news.example/xi-putin-call', 'https://NEWS.example/xi-putin-call?utm_campaign=x']) {
      expect(await setAsideFor(area, variant)).toEqual(['d']);
    }
    expect(await setAsideFor(area, 'https://news.example/xi-putin-call?page=2')).toEqual([]);
    expect(articleKey('https://news.example/story?id=4&utm_source=x')).toBe('news.example/story?id=4');
    await bringBackAll(area, 'http://www.news.example/xi-putin-call#top');
    expect(await setAsideFor(area, ARTICLE)).toEqual([]);
  });

  it('are none for an article without an address', async () => {
    expect(await setAsideFor(memoryArea(), null)).toEqual([]);
  });

  it('forget the articles set aside for longest beyond SET_ASIDE_ARTICLES', async () => {
    const many = Object.fromEntries(Array.from({ length: SET_ASIDE_ARTICLES }, (_, k) => [`https://news.example/${k}`, ['d']]));
    const area = memoryArea({ [SET_ASIDE_KEY]: many });
    await setAsideDocument(area, ARTICLE, 'd');
    const kept = area.values[SET_ASIDE_KEY] as Record<string, string[]>;
    expect(Object.keys(kept)).toHaveLength(SET_ASIDE_ARTICLES);
    expect(kept['https://news.example/0']).toBeUndefined();
    expect(kept[articleKey(ARTICLE)]).toEqual(['d']);
  });

  it('hold both ways: the article’s copies in the corpus are set aside for the document’s address too, and come back with it from either side', async () => {
    const area = memoryArea();
    expect(await setAsideBothWays(area, CORPUS, ARTICLE, 'farmers')).toBe('https://other.example/farmers');
    expect(await setAsideFor(area, ARTICLE)).toEqual(['farmers']);
    expect(await setAsideFor(area, 'https://other.example/farmers?utm_source=x')).toEqual([ARTICLE, 'import-7']);

    expect(await bringBackBothWays(area, CORPUS, 'https://other.example/farmers')).toEqual([ARTICLE]);
    expect(await setAsideFor(area, 'https://other.example/farmers')).toEqual([]);
    expect(await setAsideFor(area, ARTICLE)).toEqual([]);
    expect(area.values[SET_ASIDE_KEY]).toEqual({});
  });

  it('bring back only the article from the other side, keeping what the reader set aside there', async () => {
    const area = memoryArea();
    await setAsideBothWays(area, CORPUS, ARTICLE, 'farmers');
    await setAsideDocument(area, 'https://other.example/farmers', 'gift-guide');
    await bringBackBothWays(area, CORPUS, ARTICLE);
    expect(await setAsideFor(area, 'https://other.example/farmers')).toEqual(['gift-guide']);
  });

  it('write no reverse entry for a document without an address, nor for the article’s own copy', async () => {
    const area = memoryArea();
    expect(await setAsideBothWays(area, CORPUS, ARTICLE, 'untitled-wire')).toBeNull();
    expect(await setAsideBothWays(area, CORPUS, ARTICLE, 'import-7')).toBeNull();
    expect(area.values[SET_ASIDE_KEY]).toEqual({ [articleKey(ARTICLE)]: ['untitled-wire', 'import-7'] });
  });

  it('bring back from the other side a copy of the article deleted since (its id is its address)', async () => {
    const area = memoryArea();
    await setAsideBothWays(area, CORPUS, ARTICLE, 'farmers');
    const deleted: CorpusAddresses = { idsAt: async (url) => (articleKey(url) === articleKey(ARTICLE) ? [] : CORPUS.idsAt(url)), urlOf: async (id) => (id === 'farmers' ? CORPUS.urlOf(id) : null) };
    expect(await bringBackBothWays(area, deleted, ARTICLE)).toEqual(['https://other.example/farmers']);
    expect(await setAsideFor(area, 'https://other.example/farmers')).toEqual(['import-7']);
  });

  it('keep the choice one way when the corpus cannot be read', async () => {
    const area = memoryArea();
    const broken: CorpusAddresses = { idsAt: () => Promise.reject(new Error('closed')), urlOf: () => Promise.reject(new Error('closed')) };
    expect(await setAsideBothWays(area, broken, ARTICLE, 'farmers')).toBeNull();
    expect(await setAsideFor(area, ARTICLE)).toEqual(['farmers']);
    expect(await bringBackBothWays(area, broken, ARTICLE)).toEqual([]);
    expect(await setAsideFor(area, ARTICLE)).toEqual([]);
  });

  it('read a damaged value as nothing set aside, keeping what is readable', async () => {
    expect(await setAsideFor(memoryArea({ [SET_ASIDE_KEY]: 'broken' }), ARTICLE)).toEqual([]);
    expect(await setAsideFor(memoryArea({ [SET_ASIDE_KEY]: { [articleKey(ARTICLE)]: ['a', 3, null, 'b'] } }), ARTICLE)).toEqual(['a', 'b']);
  });
});
