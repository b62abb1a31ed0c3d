import { buildIndex } from '../corpus/corpus-index';
import { sentenceWeights } from '../corpus/weights';
import type { CorpusDocument } from '../types';
import { prepareArticle } from './article';
import { alignDocument } from './alignment';
import { clusterCandidates, describeGroup } from './items';

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
