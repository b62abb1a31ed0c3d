import { articleKey, bringBackAll, SET_ASIDE_ARTICLES, SET_ASIDE_KEY, setAsideDocument, setAsideFor } from './set-aside-setting';

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

  it('read a damaged value as nothing set aside, keeping what is readable', async () => {
    expect(await setAsideFor(memoryArea({ [SET_ASIDE_KEY]: 'broken' }), ARTICLE)).toEqual([]);
    expect(await setAsideFor(memoryArea({ [SET_ASIDE_KEY]: { [articleKey(ARTICLE)]: ['a', 3, null, 'b'] } }), ARTICLE)).toEqual(['a', 'b']);
  });
});
