import { buildIndex, findRelated, type CorpusDocument } from '../index';
import { CORE_THRESHOLD, isMutualNeighbour, joinsCore, NEIGHBOURS, scoreVector, similarityTo, vectorCache } from './related';

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

describe('second look at documents just under the threshold', () => {
  const scored = (pairs: Array<[number, number]>) => pairs.map(([document, score]) => ({ document, score }));

  it('takes a document whose own closest documents include the article', () => {
    // Document 7 is at 0.25 from the article; only document 3 is closer to it.
    const around = scored([[7, 1], [3, 0.4], [5, 0.2]]);
    expect(isMutualNeighbour(7, 0.25, around, new Set())).toBe(true);
  });

  it('refuses one that has NEIGHBOURS closer documents of its own story', () => {
    const around = scored([[7, 1], [3, 0.4], [4, 0.3], [5, 0.2]]);
    expect(NEIGHBOURS).toBe(2);
    expect(isMutualNeighbour(7, 0.25, around, new Set())).toBe(false);
    // A closer document that is the article's own copy does not count against it.
    expect(isMutualNeighbour(7, 0.25, around, new Set([4]))).toBe(true);
  });

  it('lets a document join a core of clear reports only when it is close to them as a whole', () => {
    const core = scored([[1, 0.6], [2, 0.5]]);
    // Close to both reports of the core: another wording of the same story.
    expect(joinsCore(scored([[1, 0.45], [2, 0.4]]), core)).toBe(true);
    // Close to one, far from the other: shares a name with one report, not the story.
    expect(joinsCore(scored([[1, 0.45], [2, 0.02]]), core)).toBe(false);
    // Above the absolute floor but far below how close the core is to the article (a tight story).
    const tight = scored([[1, 0.9], [2, 0.85]]);
    expect(joinsCore(scored([[1, 0.3], [2, 0.3]]), tight)).toBe(false);
    expect(CORE_THRESHOLD).toBeLessThanOrEqual(0.3);
  });

  const harbour = [
    doc('report-1', 'Mayor Ana Ruiz approved a $4.2 million harbour budget on Monday after months of debate over the waterfront.'),
    doc('report-2', 'The harbour budget of $4.2 million passed on Monday; the waterfront debate lasted months, the council said.'),
    doc('library', 'Mayor Ana Ruiz opened a new library on Friday, with readings for children and a garden.'),
    doc('football', 'The football club won the cup final after extra time, its captain scoring twice.'),
  ];
  const query = article('Ana Ruiz, the mayor, signed the $4.2 million harbour budget on Monday, ending the waterfront debate.');

  it('finds both reports of the story in a small corpus, and not another story', () => {
    const ids = findRelated(query, buildIndex(harbour)).map((entry) => entry.doc);
    expect(ids).toEqual(expect.arrayContaining(['report-1', 'report-2']));
    expect(ids).not.toContain('football');
  });

  // Known limit: two one-sentence texts that share a full name and little else score as
  // one story (0.38 here). Longer texts dilute the name; this one does not.
  it.fails('keeps a one-sentence story about the same person out', () => {
    expect(findRelated(query, buildIndex(harbour)).map((entry) => entry.doc)).not.toContain('library');
  });
});

describe('similarityTo', () => {
  it('gives exactly the figures a scan of the whole index gives, for the documents asked about', () => {
    const index = buildIndex([
      doc('a', HARBOUR),
      doc('b', 'Mayor Ana Ruiz welcomed the $4.2 million harbour budget the city council approved on Monday.'),
      doc('c', 'The football club won the cup final after extra time, its captain scoring twice.'),
      doc('d', 'The harbour budget vote drew a crowd; the council met for hours on Monday.'),
    ]);
    const vectorOf = vectorCache(index);
    const scan = new Map(scoreVector(vectorOf(0), index).map((entry) => [entry.document, entry.score]));
    const direct = similarityTo(0, [1, 2, 3].map((document) => ({ document, score: 0 })), index, vectorOf);
    expect(direct).toEqual([1, 2, 3].map((document) => ({ document, score: scan.get(document) ?? 0 })));
    expect(direct[0]!.score).toBeGreaterThan(0.2);
    expect(direct[1]!.score).toBe(0);
  });
});
