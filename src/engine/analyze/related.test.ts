import { buildIndex, findRelated, type CorpusDocument } from '../index';
import {
  CORE_THRESHOLD,
  ENTITY_WORD_RATIO,
  isMutualNeighbour,
  joinsCore,
  NEIGHBOURS,
  scoreVector,
  similarityTo,
  splitCosine,
  storyScore,
  vectorCache,
} from './related';

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

describe('two stories of the same kind', () => {
  // Both quakes share every word of the genre; only places, people and figures differ.
  const corpus = [
    doc('aceh-2', 'A strong earthquake of magnitude 6.1 shook Aceh province on Sunday, killing 12 people and injuring dozens, officials said. Rescue teams searched collapsed houses in Bener Meriah as aftershocks rattled the region. Governor Irwandi Yusuf said 3,400 people were sheltering in tents.'),
    doc('aceh-3', 'Rescuers in Aceh pulled survivors from the rubble after the magnitude 6.1 earthquake that killed 12 people. Governor Irwandi Yusuf asked for tents and medicine for 3,400 displaced people in Bener Meriah and Central Aceh.'),
    doc('peru-1', 'A strong earthquake of magnitude 7.0 shook southern Peru on Sunday, killing 40 people and injuring dozens, officials said. Rescue teams searched collapsed houses in Arequipa as aftershocks rattled the region. President Ollanta Humala said 9,000 people were sheltering in tents.'),
    doc('peru-2', 'Rescuers in Arequipa pulled survivors from the rubble after the magnitude 7.0 earthquake that killed 40 people in southern Peru. President Ollanta Humala flew to the region and promised tents for 9,000 displaced people.'),
    doc('football', 'The football club won the cup final after extra time, its captain scoring twice.'),
  ];
  // Few names of its own, most words of the genre: by cosine alone the Peru report is the second closest (0.52).
  const quake = article('A strong earthquake shook the Indonesian province of Aceh on Sunday, killing 12 people and injuring dozens, officials said. Rescue teams searched collapsed houses and pulled survivors from the rubble as aftershocks rattled the region. Thousands of displaced people were sheltering in tents.');

  it('finds the reports of the same quake and not those of the other one', () => {
    const ids = findRelated(quake, buildIndex(corpus)).map((entry) => entry.doc);
    expect(ids).toEqual(expect.arrayContaining(['aceh-2', 'aceh-3']));
    expect(ids).not.toContain('peru-1');
    expect(ids).not.toContain('peru-2');
  });
});

describe('splitCosine and storyScore', () => {
  const isEntity = (term: string) => term.startsWith('#') || ['aceh', 'peru', 'ruiz'].includes(term);
  const vector = (entries: Array<[string, number]>) => new Map(entries);
  const aceh = vector([['earthquak', 3], ['rubbl', 1], ['aceh', 2], ['#12', 1]]);

  it('compares names and quantities apart from the other words', () => {
    const peru = splitCosine(aceh, vector([['earthquak', 3], ['peru', 2], ['#40', 1]]), isEntity);
    expect(peru.entities).toBe(0);
    expect(peru.words).toBeCloseTo(3 / Math.sqrt(10));
    expect(splitCosine(aceh, vector([['rubbl', 1], ['aceh', 2], ['#12', 1]]), isEntity).entities).toBeCloseTo(1);
    expect(splitCosine(aceh, vector([['aceh', 2], ['#40', 1]]), isEntity)).toEqual({ entities: expect.closeTo(0.8), words: null });
    expect(splitCosine(vector([['earthquak', 3]]), vector([['aceh', 2]]), isEntity)).toEqual({ entities: null, words: null });
  });

  it('lowers a story of the same kind with other names, and keeps one with the same names', () => {
    const peru = vector([['earthquak', 3], ['rubbl', 1], ['peru', 2], ['#40', 1]]);
    // Halfway down to the names' agreement (0) ...
    expect(storyScore(0.5, aceh, peru, isEntity)).toBeCloseTo(0.25);
    // ... and a little over a third of the way up to it (1).
    expect(storyScore(0.5, aceh, aceh, isEntity)).toBeCloseTo(0.5 + 0.35 * 0.5);
  });

  it('lets shared names count only as far as the other words agree', () => {
    // The same place and figure, nothing else in common: the names alone do not make it the story.
    const other = vector([['footbal', 3], ['aceh', 2], ['#12', 1]]);
    expect(storyScore(0.3, aceh, other, isEntity)).toBeCloseTo(0.15);
    const fewWords = vector([['earthquak', 0.1], ['footbal', 3], ['aceh', 2], ['#12', 1]]);
    const { words } = splitCosine(aceh, fewWords, isEntity);
    expect(words).toBeGreaterThan(0);
    expect(ENTITY_WORD_RATIO * words!).toBeLessThan(0.3);
    expect(storyScore(0.3, aceh, fewWords, isEntity)).toBeCloseTo(0.15 + 0.5 * ENTITY_WORD_RATIO * words!);
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

  // Two one-sentence texts that share a full name and little else: by cosine alone 0.38, one
  // story; the shared name counts only as far as the other words agree (storyScore).
  it('keeps a one-sentence story about the same person out', () => {
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
