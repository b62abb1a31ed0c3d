import { buildIndex } from '../corpus/corpus-index';
import { sentenceWeights } from '../corpus/weights';
import type { CorpusDocument } from '../types';
import { prepareArticle } from './article';
import { alignDocument } from './alignment';
import { agreeAcrossReprints, clusterCandidates, describeGroup, foldVariants } from './items';

const doc = (id: string, text: string): CorpusDocument => ({ id, url: null, title: null, source: id, published: null, lang: 'en', text });

const ARTICLE = 'The city council approved a budget of $4.2 million for the harbour on Monday.';
const A = doc('a', 'Fishermen protested outside the town hall, demanding compensation for lost moorings.\n\nThe port will close for repairs in June.');
const B = doc('b', 'Fishermen protested outside the town hall, demanding compensation for lost moorings, police said.');
const C = doc('c', 'Angry fishermen held a protest at the town hall to demand compensation for their lost moorings.\n\nA new ferry line opens in 2026.');

describe('merging candidates into items', () => {
  const index = buildIndex([A, B, C]);
  const article = prepareArticle({ ...doc('x', ARTICLE), url: null }, index);
  const weight = sentenceWeights(index.stats, article.names);
  const candidates = index.documents.flatMap((document) => alignDocument(document, article, weight)).filter((entry) => entry.candidate);
  const order = new Map([['a', 0], ['b', 1], ['c', 2]]);
  const groups = clusterCandidates(candidates, weight).map((members) => describeGroup(members, order, weight));
  const protest = groups.find((group) => group.representative.sentence.text.includes('oorings'))!;

  it('puts the same fact from three outlets into one item with three sources', () => {
    expect(protest.sources.map((source) => source.documentId).sort()).toEqual(['a', 'b', 'c']);
  });

  it('counts near-identical wire wording once, a rewrite as a report of its own', () => {
    expect(protest.independentReports).toBe(2);
  });

  it('keeps different facts apart', () => {
    expect(groups).toHaveLength(3);
    const texts = groups.map((group) => group.representative.sentence.text);
    expect(texts.some((text) => text.startsWith('The port will close'))).toBe(true);
    expect(texts.some((text) => text.startsWith('A new ferry line'))).toBe(true);
  });
});

describe('one item for one fact told in other words', () => {
  // From the seeds: an agency sentence reprinted by three outlets, and another outlet's own words.
  const ARTICLE_TEXT =
    'Chinese President Xi Jinping and Russian President Vladimir Putin spoke by phone on Thursday.\n\n' +
    'Xi said the two leaders should closely collaborate strategically.\n\nTrade between the two countries has surged in the last two years.';
  const WIRE = 'The Chinese leader also wished Putin well in his coming presidential election, according to the Kremlin.';
  const documents = [
    doc('afp', WIRE),
    doc('st', `Mr ${WIRE}`),
    doc('mt', WIRE),
    doc(
      'huff',
      'Xi also wished Putin success in the upcoming elections.\n\n' +
        'Russia recently banned a popular antiwar opponent from standing in the election, and Putin is expected to win another six-year term.',
    ),
  ];
  // Other stories, so that the story's own words are rare in the corpus, as they are in a reader's.
  const OTHER_STORIES = [
    A,
    C,
    doc('o1', 'The council said the harbour budget would be published next week.'),
    doc('o2', 'The storm closed schools across the region on Monday.\n\nPower was restored to most homes by the evening.'),
  ];
  const index = buildIndex([...documents, ...OTHER_STORIES]);
  const article = prepareArticle({ ...doc('x', ARTICLE_TEXT), url: null }, index);
  const weight = sentenceWeights(index.stats, article.names);
  const candidates = index.documents.flatMap((document) => alignDocument(document, article, weight)).filter((entry) => entry.candidate);
  const order = new Map(documents.map((document, rank) => [document.id, rank]));
  const groups = clusterCandidates(candidates, weight).map((members) => describeGroup(members, order, weight));
  const wishes = groups.filter((group) => group.members.some((member) => /wished/.test(member.sentence.text)));

  it('reads "upcoming" and "coming" as one word', () => {
    expect(foldVariants(['upcom', 'elect'])).toEqual(['come', 'elect']);
    expect(foldVariants(['forthcom'])).toEqual(['come']);
  });

  it('merges the wishes for the election, whatever the wording, into one item with every outlet', () => {
    expect(wishes).toHaveLength(1);
    expect(wishes[0]!.members).toHaveLength(4);
    expect(wishes[0]!.sources.map((source) => source.documentId).sort()).toEqual(['afp', 'huff', 'mt', 'st']);
  });

  it('keeps another fact about the same election apart', () => {
    const banned = groups.find((group) => group.members.some((member) => /banned/.test(member.sentence.text)))!;
    expect(banned.members).toHaveLength(1);
  });
});

describe('one verdict for one wire sentence, reprinted', () => {
  // Three outlets reprint one wire sentence, one with a small edit; a fourth sentence stands alone.
  const wire = 'Putin, who has faced isolation from Western countries, met Xi in a rare trip abroad to Beijing in October.';
  const docs = [
    doc('a', wire),
    doc('b', wire.replace('met Xi', 'met with Xi')),
    // The edit is a word no other report uses: the edited reprint finds none of its siblings by it.
    doc('c', 'Putin, who has faced isolation from Western countries, met Chinese leader Xi in a rare trip abroad to Beijing in October.'),
    doc('d', 'A new ferry line opens in the harbour in 2026, the port said.'),
  ];
  const index = buildIndex(docs);
  const article = prepareArticle({ ...doc('x', 'The harbour authority met on Monday.'), url: null }, index);
  const weight = sentenceWeights(index.stats, article.names);
  const aligned = index.documents.flatMap((document) => alignDocument(document, article, weight));
  /** The aligned sentences with the verdicts given, in the order a, b, c, d. */
  const judged = (...verdicts: boolean[]) => aligned.map((entry, at) => ({ ...entry, candidate: verdicts[at]! }));

  it('gives every reprint the verdict most of them have, the edited one included', () => {
    expect(agreeAcrossReprints(judged(false, false, true, true), weight).map((entry) => entry.candidate)).toEqual([false, false, false, true]);
    expect(agreeAcrossReprints(judged(true, false, true, false), weight).map((entry) => entry.candidate)).toEqual([true, true, true, false]);
  });

  it('leaves ties as they were', () => {
    const pair = judged(true, false, true, true).slice(1, 3);
    expect(agreeAcrossReprints(pair, weight).map((entry) => entry.candidate)).toEqual([false, true]);
  });
});
