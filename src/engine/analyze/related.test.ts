import { buildIndex, findRelated, findRelatedStored, MemoryStorage, StoredIndex, type CorpusDocument } from '../index';
import {
  cohesionOf,
  CORE_THRESHOLD,
  isMutualNeighbour,
  joinsCore,
  NEIGHBOURS,
  otherStory,
  scoreVector,
  similarityTo,
  STORY_CORE,
  STORY_GROUP,
  STORY_SPLIT,
  storyCore,
  vectorCache,
} from './related';
import { RELATED_THRESHOLD } from '../types';

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
    // Both related by their score alone: neither is loosely related.
    expect(related.map((entry) => [entry.score >= RELATED_THRESHOLD, entry.loose ?? false])).toEqual([[true, false], [true, false]]);
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

  describe('from the article’s own outlet', () => {
    const AUDI = 'Audi revealed the e-tron Sportback, an electric coupe crossover with a range of 446 kilometres, at the Los Angeles auto show on Tuesday. Deliveries in Europe start next spring.';
    const VW = 'Volkswagen showed the ID. Space Vizzion, an electric wagon concept with a range of 590 kilometres, at the Los Angeles auto show. A production version is due in 2021, the carmaker said, with seats for five and a large boot.';
    const others = [
      doc('football', 'The football club won the cup final after extra time, its captain scoring twice.'),
      doc('harbour', 'The city council approved a budget of $4.2 million for the harbour on Monday.'),
      doc('bakery', 'A bakery in the old town reopened after a fire, selling bread and cakes again.'),
    ];
    const related = (articleMeta: { source: string | null; url: string | null }, audiMeta: { source: string | null; url: string | null }) =>
      findRelated({ ...article(VW), ...articleMeta }, buildIndex([{ ...doc('audi', AUDI), ...audiMeta }, ...others])).map((entry) => entry.doc);

    it('takes another outlet’s text only a mutual near neighbour of the article, not the outlet’s own', () => {
      // Another car at the same show: a mutual near neighbour at 0.34, under RELATED_THRESHOLD.
      expect(related({ source: 'Wheels Weekly', url: null }, { source: 'Motor Daily', url: null })).toEqual(['audi']);
      const [audi] = findRelated({ ...article(VW), source: 'Wheels Weekly' }, buildIndex([{ ...doc('audi', AUDI), source: 'Motor Daily' }, ...others]));
      expect(audi).toMatchObject({ doc: 'audi', loose: true });
      expect(related({ source: 'Motor Daily', url: null }, { source: 'Motor Daily', url: null })).toEqual([]);
      // Without outlet names, one site's pages are one outlet's.
      expect(related({ source: null, url: 'https://www.motordaily.example/vw' }, { source: null, url: 'https://motordaily.example/audi' })).toEqual([]);
      expect(related({ source: null, url: 'https://wheels.example/vw' }, { source: null, url: 'https://motordaily.example/audi' })).toEqual(['audi']);
    });

    it('never takes one of its texts published weeks away, however close', () => {
      const follow = { ...doc('close', 'Mayor Ana Ruiz welcomed the $4.2 million harbour budget the city council approved on Monday. Fishermen protested.'), source: 'Harbour Post' };
      const query = (published: string) => ({ ...article(HARBOUR), source: 'Harbour Post', published });
      // The same story from the article's outlet, clearly related on its words.
      const found = (followSource: string, followPublished: string) =>
        findRelated(query('2024-03-04'), buildIndex([{ ...follow, source: followSource, published: followPublished }, ...others]));
      const close = (related: ReturnType<typeof found>) => related.find((entry) => entry.doc === 'close');
      expect(close(found('Harbour Post', '2024-03-05'))!.score).toBeGreaterThan(RELATED_THRESHOLD);
      expect(close(found('Harbour Post', '2024-05-05'))).toBeUndefined();
      // Another outlet's text is not held to it: a story's reports may come out over weeks.
      expect(close(found('Valley News', '2024-05-05'))).toBeDefined();
    });

    it('gives the same answer through the stored index', async () => {
      const corpus = [{ ...doc('audi', AUDI), source: 'Motor Daily' }, ...others];
      const stored = await StoredIndex.open(new MemoryStorage());
      await stored.add(corpus);
      for (const source of ['Motor Daily', 'Wheels Weekly']) {
        const query = { ...article(VW), source };
        expect(await findRelatedStored(query, stored)).toEqual(findRelated(query, buildIndex(corpus)));
      }
      expect(await findRelatedStored({ ...article(VW), source: 'Motor Daily' }, stored)).toEqual([]);
      // Dates too: the stored index keeps them.
      const dated = [{ ...doc('audi', AUDI), source: 'Motor Daily', published: '2019-10-20' }, ...others];
      const datedStore = await StoredIndex.open(new MemoryStorage());
      await datedStore.add(dated);
      for (const published of ['2019-10-21', '2019-11-20']) {
        const query = { ...article(VW), source: 'Wheels Weekly', published };
        expect(await findRelatedStored(query, datedStore)).toEqual(findRelated(query, buildIndex(dated)));
      }
      expect((await findRelatedStored({ ...article(VW), source: 'Wheels Weekly', published: '2019-10-21' }, datedStore)).map((entry) => entry.doc)).toEqual(['audi']);
      expect(await findRelatedStored({ ...article(VW), source: 'Wheels Weekly', published: '2019-11-20' }, datedStore)).toEqual([]);
    });

    it('takes it only when published within STORY_DAYS of the article, if both dates are known', () => {
      const withDates = (articleDay: string | null, audiDay: string | null) =>
        findRelated(
          { ...article(VW), source: 'Wheels Weekly', published: articleDay },
          buildIndex([{ ...doc('audi', AUDI), source: 'Motor Daily', published: audiDay }, ...others]),
        ).map((entry) => entry.doc);
      expect(withDates('2019-11-20', '2019-11-19T21:06:51.000Z')).toEqual(['audi']);
      expect(withDates('2019-11-20', null)).toEqual(['audi']);
      expect(withDates('2019-11-20', '2019-10-20')).toEqual([]);
    });
  });

  // Known limit: two one-sentence texts that share a full name and little else score as
  // one story (0.38 here). Longer texts dilute the name; this one does not.
  it.fails('keeps a one-sentence story about the same person out', () => {
    expect(findRelated(query, buildIndex(harbour)).map((entry) => entry.doc)).not.toContain('library');
  });
});

describe('a story told by many, none of its reports clearly close to the article', () => {
  // Five reports of one flood, alike to each other (cosines 0.6 to 0.7), and other news of the
  // same governor and town, each about something else.
  const FLOOD = [
    'Floodwaters broke through the Kessel river levee near Dornbach on Tuesday night, forcing 4,000 residents from their homes. Rescue crews used boats to reach families stranded on rooftops in the lower town. The regional governor, Ilse Varga, declared an emergency and asked the army for help.',
    'The Kessel river burst its levee at Dornbach late on Tuesday and about 4,000 people were evacuated, officials said. Boats carried families from rooftops in the lower town overnight. Governor Ilse Varga declared a state of emergency and called in the army.',
    'About 4,000 residents of Dornbach fled their homes after the levee on the Kessel river gave way on Tuesday night. Soldiers joined rescue crews in boats as water reached the rooftops of the lower town. Ilse Varga, the regional governor, declared an emergency.',
    'Army trucks and rescue boats reached the lower town of Dornbach on Wednesday after the Kessel river broke its levee on Tuesday night. Some 4,000 people were evacuated. Governor Ilse Varga, who declared an emergency, said the water was still rising.',
    'Rescue crews in boats pulled families from rooftops in Dornbach after the Kessel levee failed on Tuesday night, and 4,000 residents were evacuated. Governor Ilse Varga declared an emergency and asked the army to send soldiers and trucks.',
  ];
  const VARGA = [
    'Governor Ilse Varga opened a new hospital wing in Dornbach on Friday, with 120 beds and a children’s ward paid for by the region.',
    'Ilse Varga, the regional governor, announced on Monday that she will stand for a second term in next spring’s election, promising lower taxes.',
    'Governor Ilse Varga named a new police chief for the region on Wednesday, a former detective from Dornbach.',
    'The regional budget Governor Ilse Varga presented on Tuesday raises spending on roads in Dornbach and the north.',
  ];
  const corpus = [
    ...FLOOD.map((text, k) => doc(`flood-${k}`, text)),
    ...VARGA.map((text, k) => doc(`varga-${k}`, text)),
    doc('football', 'The football club won the cup final after extra time, its captain scoring twice.'),
    doc('rates', 'The central bank kept interest rates unchanged, citing slowing inflation.'),
  ];
  // A short report in its own words: 0.20 to 0.33 from each report of the flood, and each
  // report is nearer to the others than to it, so none is a mutual near neighbour.
  const brief = article('Dornbach flooded overnight. Thousands were evacuated, some by boat, and the governor asked for soldiers.');
  const flood = Array.from({ length: FLOOD.length }, (_, k) => `flood-${k}`);

  it('takes the article’s closest documents as the core when they are as alike as related documents', () => {
    expect(STORY_CORE).toBe(4);
    const found = findRelated(brief, buildIndex(corpus));
    expect(found.map((entry) => entry.doc).sort()).toEqual(flood);
    // The core's members are not loosely related, however far under RELATED_THRESHOLD.
    const core = [...found].sort((a, b) => b.score - a.score).slice(0, STORY_CORE);
    expect(core.some((entry) => entry.score < RELATED_THRESHOLD)).toBe(true);
    expect(core.filter((entry) => entry.loose)).toEqual([]);
  });

  it('does not take other news of the same people for a story: it is not alike within', () => {
    const index = buildIndex(corpus);
    const vectorOf = vectorCache(index);
    const entries = (ids: string[]) => ids.map((id) => ({ document: index.documentNumber(id)!, score: 0.3 }));
    const reports = entries(flood.slice(0, STORY_CORE));
    expect(cohesionOf(reports, index, vectorOf).mean).toBeGreaterThan(0.6);
    expect(storyCore(reports, index, vectorOf)?.members).toEqual(new Set(reports.map((entry) => entry.document)));
    const others = entries(VARGA.map((_, k) => `varga-${k}`));
    expect(cohesionOf(others, index, vectorOf).mean).toBeLessThan(RELATED_THRESHOLD);
    expect(storyCore(others, index, vectorOf)).toBeNull();
    // Fewer than STORY_CORE documents make no core.
    expect(storyCore(reports.slice(0, STORY_CORE - 1), index, vectorOf)).toBeNull();
  });

  it('does not take copies of one report with an odd one out for a story', () => {
    // Three copies of one wire report are alike enough to lift the mean over RELATED_THRESHOLD
    // on their own; the fourth document is far from all three.
    const wire = FLOOD[0]!;
    const index = buildIndex([doc('copy-0', wire), doc('copy-1', wire), doc('copy-2', wire), ...corpus.filter((entry) => entry.id.startsWith('varga'))]);
    const vectorOf = vectorCache(index);
    const four = ['copy-0', 'copy-1', 'copy-2', 'varga-1'].map((id) => ({ document: index.documentNumber(id)!, score: 0.3 }));
    const cohesion = cohesionOf(four, index, vectorOf);
    expect(cohesion.mean).toBeGreaterThanOrEqual(RELATED_THRESHOLD);
    expect(cohesion.least).toBeLessThan(CORE_THRESHOLD);
    expect(storyCore(four, index, vectorOf)).toBeNull();
  });

  it('lets a document join such a core only when it is about as close to it as its members are to each other', () => {
    const scored = (pairs: Array<[number, number]>) => pairs.map(([document, score]) => ({ document, score }));
    const core = scored([[1, 0.3], [2, 0.3], [3, 0.3], [4, 0.3]]);
    const around = scored([[1, 0.3], [2, 0.3], [3, 0.3], [4, 0.3]]);
    expect(joinsCore(around, core)).toBe(true);
    // Its members are 0.6 alike: a document at 0.3 from each is nearer to another story.
    expect(joinsCore(around, core, 0.6)).toBe(false);
    expect(joinsCore(around, core, 0.4)).toBe(true);
    expect(0.3).toBeLessThan(STORY_SPLIT * 0.6);
  });

  it('gives the same answer through the stored index', async () => {
    const stored = await StoredIndex.open(new MemoryStorage());
    await stored.add(corpus);
    const memory = buildIndex(corpus);
    const other = article('Governor Ilse Varga cut the ribbon at a new school in Dornbach on Monday, her first visit since the budget.');
    for (const query of [brief, other]) expect(await findRelatedStored(query, stored)).toEqual(findRelated(query, memory));
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

describe('two stories of one kind in the related set', () => {
  /**
   * The article (position 0), then documents in groups: similarity `within` inside a group,
   * `between` across, and the article's to each group (by default, it tells the first group's story).
   */
  function blocks(sizes: number[], within: number, between: number, toArticle = sizes.map((_, group) => (group === 0 ? within : between))): number[][] {
    const groupOf = sizes.flatMap((size, group) => Array.from({ length: size }, () => group));
    const article = [1, ...groupOf.map((group) => toArticle[group]!)];
    return [article, ...groupOf.map((a, i) => [article[i + 1]!, ...groupOf.map((b, j) => (i === j ? 1 : a === b ? within : between))])];
  }

  it('drops the group that is far from the article’s, when both are large and clearly apart', () => {
    expect(STORY_GROUP).toBe(5);
    // The article and 5 reports of its story; 6 reports of another story of the same kind.
    expect(otherStory(blocks([5, 6], 0.5, 0.3))).toEqual([6, 7, 8, 9, 10, 11]);
    expect(0.3).toBeLessThan(STORY_SPLIT * 0.5);
  });

  it('keeps a set that is one story, or whose groups are close, small or without the article', () => {
    expect(otherStory(blocks([11], 0.5, 0.3))).toEqual([]);
    // Two groups about as alike across as within: one story told two ways.
    expect(otherStory(blocks([5, 6], 0.5, 0.4))).toEqual([]);
    // Too few documents for two groups of STORY_GROUP.
    expect(otherStory(blocks([3, 4], 0.6, 0.1))).toEqual([]);
    // The article belongs to neither large group: nothing to choose between.
    expect(otherStory(blocks([5, 6], 0.5, 0.3, [0.1, 0.1]))).toEqual([]);
  });

  it('sends a stray document with the group it is closer to', () => {
    const similarity = blocks([5, 5], 0.5, 0.3);
    // A twelfth document, loosely tied to both groups but closer to the other story.
    for (const row of similarity) row.push(0.2);
    similarity.push(similarity.map((row) => row[11]!));
    for (let k = 6; k <= 10; k++) similarity[k]![11] = similarity[11]![k] = 0.28;
    similarity[11]![11] = 1;
    expect(otherStory(similarity)).toEqual([6, 7, 8, 9, 10, 11]);
  });

  const MYSORE = [
    'The Indian Navy foiled a pirate attack on a merchant vessel in the Gulf of Aden on Saturday and captured 23 Somali pirates. INS Mysore answered a distress call from the Ethiopian-flagged MV Gibe. Its helicopter fired warning shots and the pirates surrendered, the navy said.',
    'Indian warship INS Mysore rescued the Ethiopian merchant ship MV Gibe from pirates in the Gulf of Aden on Saturday. The navy said 23 pirates, 12 of them Somali and 11 Yemeni, were taken into custody. Weapons and a ladder were seized from their two boats.',
    'An Indian Navy warship repulsed a pirate attack on an Ethiopian vessel in the Gulf of Aden on Saturday, capturing 23 men. The MV Gibe had sent a distress call, and INS Mysore reached it within minutes. The pirates were disarmed on their boats.',
    'India says its navy captured 23 pirates who tried to board the MV Gibe, an Ethiopian merchant ship, in the Gulf of Aden on Saturday. INS Mysore launched its helicopter and marine commandos. The suspects, Somali and Yemeni nationals, were held on board.',
    'Pirates who attacked the Ethiopian-flagged MV Gibe in the Gulf of Aden on Saturday were caught by the Indian warship INS Mysore, the navy said. All 23 surrendered after warning shots from a helicopter. Rifles and rocket launchers were found on their boats.',
    'The Indian Navy on Saturday stopped pirates from seizing the MV Gibe, a merchant ship flying the Ethiopian flag, in the Gulf of Aden. INS Mysore took 23 pirates into custody. A navy spokesman said the ship and its crew were safe.',
  ];
  const SUKANYA = [
    'The Indian Navy thwarted a pirate attack on merchant ships in the Gulf of Aden on Thursday and captured 26 Somali pirates. INS Sukanya intercepted three pirate boats in the transit corridor. Its helicopter fired warning shots and the pirates surrendered, the navy said.',
    'Indian warship INS Sukanya foiled a multi-boat pirate attack on merchant vessels in the Gulf of Aden on Thursday. The navy said 26 pirates were apprehended in the recommended transit corridor. Weapons and grappling hooks were seized from their three boats.',
    'An Indian Navy patrol ship repulsed pirates attacking merchant vessels in the Gulf of Aden on Thursday, capturing 26 men. INS Sukanya had been escorting ships through the corridor when the boats approached. The pirates were disarmed on their boats.',
    'India says its navy captured 26 Somali pirates who tried to attack merchant ships in the Gulf of Aden on Thursday. INS Sukanya launched its helicopter and marine commandos against three boats. The suspects were held on board the warship.',
    'Pirates who attacked merchant ships in the Gulf of Aden on Thursday were caught by the Indian warship INS Sukanya, the navy said. All 26 surrendered after warning shots from a helicopter. Rifles and rocket launchers were found on their three boats.',
    'The Indian Navy on Thursday stopped a pirate attack on merchant ships in the transit corridor of the Gulf of Aden. INS Sukanya took 26 Somali pirates into custody. A navy spokesman said the ships and their crews were safe.',
  ];
  const MYSORE_MORE = [
    'Twenty-three pirates were arrested by the Indian Navy after a failed attack on the MV Gibe in the Gulf of Aden on Saturday. The Ethiopian ship had radioed for help and INS Mysore came to its aid. The navy said no sailor was hurt.',
    'INS Mysore, an Indian destroyer on anti-piracy patrol, captured 23 pirates in the Gulf of Aden on Saturday after they fired on the Ethiopian merchant vessel MV Gibe. Commandos boarded the two pirate boats and seized their weapons.',
    'The Ethiopian-flagged MV Gibe escaped a pirate attack in the Gulf of Aden on Saturday when the Indian warship INS Mysore intervened, the navy said. Its 23 attackers, from Somalia and Yemen, were detained.',
    'Indian naval commandos from INS Mysore detained 23 pirates who had attacked the merchant ship MV Gibe in the Gulf of Aden on Saturday. The Ethiopian vessel continued its voyage, the Indian Navy said.',
    'The Indian Navy said on Saturday that INS Mysore had captured 23 Somali and Yemeni pirates in the Gulf of Aden after they tried to hijack the Ethiopian cargo ship MV Gibe. A helicopter from the destroyer fired warning shots.',
  ];
  const filler = [
    doc('football', 'The football club won the cup final after extra time, its captain scoring twice.'),
    doc('rain', 'Heavy rain closed schools across the region on Monday as rivers rose.'),
    doc('rates', 'The central bank kept interest rates unchanged, citing slowing inflation.'),
  ];
  const corpus = [
    ...MYSORE.map((text, k) => doc(`mysore-${k}`, text)),
    ...SUKANYA.map((text, k) => doc(`sukanya-${k}`, text)),
    ...filler,
  ];
  const mysoreArticle = article('The Indian Navy said INS Mysore captured 23 pirates who attacked the Ethiopian-flagged MV Gibe in the Gulf of Aden on Saturday.');
  const sukanyaArticle = article('INS Sukanya of the Indian Navy captured 26 Somali pirates on Thursday after a multi-boat attack on merchant ships in the Gulf of Aden.');
  const ids = (related: Array<{ doc: string }>) => related.map((entry) => entry.doc).sort();
  const all = (prefix: string, count: number) => Array.from({ length: count }, (_, k) => `${prefix}-${k}`).sort();

  it('finds the reports of one pirate capture and not those of another by the same navy in the same waters', () => {
    // Every report of the other capture scores 0.2 to 0.5 with the article (same navy, sea, kind of
    // event, many of the same words); the place, day, ship and number of pirates differ.
    const index = buildIndex(corpus);
    expect(ids(findRelated(mysoreArticle, index))).toEqual(all('mysore', 6));
    expect(ids(findRelated(sukanyaArticle, index))).toEqual(all('sukanya', 6));
  });

  it('keeps every report of a story told by many', () => {
    const index = buildIndex([...[...MYSORE, ...MYSORE_MORE].map((text, k) => doc(`mysore-${k}`, text)), ...filler]);
    expect(ids(findRelated(mysoreArticle, index))).toEqual(all('mysore', 11));
  });

  it('gives the same answer through the stored index', async () => {
    const stored = await StoredIndex.open(new MemoryStorage());
    await stored.add(corpus);
    const memory = buildIndex(corpus);
    for (const query of [mysoreArticle, sukanyaArticle]) expect(await findRelatedStored(query, stored)).toEqual(findRelated(query, memory));
  });
});
