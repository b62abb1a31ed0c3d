import { buildIndex, findRelated, type CorpusDocument } from '../index';

const doc = (id: string, text: string): CorpusDocument => ({ id, url: null, title: null, source: null, published: null, lang: 'en', text });
const article = (text: string) => ({ url: null, title: null, source: null, published: null, lang: 'en', text });

const HARBOUR = 'The city council approved a budget of $4.2 million for the harbour on Monday. Mayor Ana Ruiz said the vote ended months of debate over the waterfront.';

describe('findRelated', () => {
  const index = buildIndex([
    doc('close', 'Mayor Ana Ruiz welcomed the $4.2 million harbour budget the city council approved on Monday. Fishermen protested.'),
    doc('loose', 'The harbour budget vote drew a crowd; the council met for hours on Monday.'),
    doc('same-people', 'Mayor Ana Ruiz opened a new library on Friday, with readings for children.'),
    doc('unrelated', 'The football club won the cup final after extra time, its captain scoring twice.'),
    doc('itself', HARBOUR),
  ]);
  const related = findRelated(article(HARBOUR), index);

  it('ranks by score in [0, 1], best first', () => {
    expect(related.map((entry) => entry.doc)).toEqual(['close', 'loose']);
    for (const entry of related) expect(entry.score).toBeGreaterThan(0);
    for (const entry of related) expect(entry.score).toBeLessThanOrEqual(1);
    expect(related[0]!.score).toBeGreaterThan(related[1]!.score);
  });

  it('leaves out unrelated stories, other stories about the same people, and the article itself', () => {
    const ids = related.map((entry) => entry.doc);
    expect(ids).not.toContain('unrelated');
    expect(ids).not.toContain('same-people');
    expect(ids).not.toContain('itself');
  });

  it('returns nothing on an empty corpus or an empty article', () => {
    expect(findRelated(article(HARBOUR), buildIndex([]))).toEqual([]);
    expect(findRelated(article(''), index)).toEqual([]);
  });
});
