import { evaluateStoryAbsent, textOnly, type NewsRecord } from './news';

const record = (id: string, event: string, text: string, source: string | null = null, published: string | null = null): NewsRecord => ({
  id,
  event,
  title: null,
  source,
  published,
  text,
});

describe('the news sets as the engine sees them', () => {
  const records = [record('flood-1_1', '1_1', 'The river rose.', 'Fox News', '2019-11-20'), record('flood-1_2', '1_2', 'The levee broke.', 'HuffPost', '2019-11-21')];

  it('gives text alone under opaque ids, the outlet’s name and date only when asked', () => {
    for (const { document } of textOnly(records)) {
      expect(document.id).toMatch(/^d\d+$/);
      expect(document).toMatchObject({ url: null, title: null, source: null, published: null });
    }
    expect(textOnly(records, { provenance: true }).map(({ document, event }) => [event, document.source, document.published])).toEqual([
      ['1_1', 'Fox News', '2019-11-20'],
      ['1_2', 'HuffPost', '2019-11-21'],
    ]);
  });
});

describe('related coverage with the article’s own story absent', () => {
  const flood = [
    'The Kessel river burst its levee at Dornbach on Tuesday night and 4,000 residents were evacuated by boat.',
    'About 4,000 people fled Dornbach after the Kessel levee gave way on Tuesday night; boats reached the lower town.',
  ];
  const secondFlood = [
    'The Kessel river burst its levee at Dornbach again on Friday and 3,000 residents were evacuated by boat.',
    'About 3,000 people fled Dornbach after the Kessel levee gave way once more on Friday; boats reached the lower town.',
  ];
  const others = ['The football club won the cup final after extra time.', 'The central bank kept interest rates unchanged.', 'A museum opened a wing of medieval maps.'];

  it('finds nothing when no other story is like the article’s', () => {
    const records = [...flood.map((text, k) => record(`f${k}`, 'flood', text)), ...others.map((text, k) => record(`o${k}`, `other${k}`, text))];
    expect(evaluateStoryAbsent(records)).toEqual({ queries: 5, withAny: 0, documents: 0 });
  });

  it('counts what another story of the same kind brings in, as a reader would see it', () => {
    const records = [
      ...flood.map((text, k) => record(`f${k}`, 'flood', text)),
      ...secondFlood.map((text, k) => record(`s${k}`, 'second-flood', text)),
      ...others.map((text, k) => record(`o${k}`, `other${k}`, text)),
    ];
    const result = evaluateStoryAbsent(records);
    expect(result.queries).toBe(7);
    expect(result.withAny).toBeGreaterThanOrEqual(4);
    expect(result.documents).toBeGreaterThanOrEqual(result.withAny);
  });
});
