import { buildIndex } from '../corpus/corpus-index';
import { sentenceWeights } from '../corpus/weights';
import type { CorpusDocument } from '../types';
import { prepareArticle } from './article';
import { stemWord } from '../text/tokens';
import { alignDocument, articleWindows, COVERED_LIMIT, mainClause, relationCoverage, twoSentenceCoverage, windowsByTerm } from './alignment';

const doc = (id: string, text: string): CorpusDocument => ({ id, url: null, title: null, source: null, published: null, lang: 'en', text });

const ARTICLE =
  'The city council approved a new budget of $4.2 million for the harbour on Monday.\n\nThe mayor said the vote ended months of debate over the waterfront.';
const OTHER = [
  'The city council approved the $4.2 million harbour budget on Monday.',
  'The mayor said the vote ended months of debate.',
  'Fishermen protested outside the town hall, demanding compensation for lost moorings during the construction work.',
  'It rained.',
].join('\n\n');

describe('coverage alignment', () => {
  const index = buildIndex([doc('other', OTHER), doc('filler', 'An unrelated text about gardens and roses in spring.')]);
  const article = prepareArticle({ ...doc('a', ARTICLE), url: null }, index);
  const aligned = alignDocument(index.documents[0]!, article, sentenceWeights(index.stats, article.names));
  const find = (start: string) => aligned.find((entry) => entry.sentence.text.startsWith(start))!;

  it('finds sentences the article states as covered, with their closest article sentence', () => {
    expect(find('The city council').covered).toBeGreaterThan(0.8);
    expect(find('The city council').closestArticleSentence).toBe(0);
    expect(find('The mayor').covered).toBeGreaterThan(0.8);
    expect(find('The mayor').candidate).toBe(false);
  });

  it('makes a new, informative sentence an omitted candidate', () => {
    const protest = find('Fishermen');
    expect(protest.covered).toBeLessThan(0.3);
    expect(protest.candidate).toBe(true);
    expect(protest.novelTerms).toContain('fishermen');
  });

  it('does not make a sentence with too little information a candidate', () => {
    expect(find('It rained').candidate).toBe(false);
  });

  it('counts a different figure as not covered', () => {
    const changed = prepareArticle({ ...doc('b', ARTICLE.replace('$4.2 million', '$3.9 million')), url: null }, index);
    const again = alignDocument(index.documents[0]!, changed, sentenceWeights(index.stats, changed.names));
    expect(again[0]!.covered).toBeLessThan(aligned[0]!.covered);
  });
});

describe('coverage that needs one article sentence to state the relation', () => {
  // Every word of the new fact is in the article, but spread over sentences about other things.
  const ARTICLE_TEXT = [
    'China has been criticised by the United States over its behaviour toward self-ruled Taiwan, which Beijing claims as its territory.',
    'The leaders agreed to continue their close personal interaction.',
    'The two leaders agreed to oppose interference in internal affairs by external forces.',
    'Trade between the two countries reached a record in 2023, customs data showed.',
    'Xi wished Putin success in the upcoming elections in March.',
    'The Kremlin said there were no reciprocal visits scheduled for now.',
  ].join('\n\n');
  const CORPUS_TEXT = [
    'Meanwhile, China was criticised by Taiwan for repeated interference in its elections in January.',
    'Xi said he knows that Russia is in the midst of an election campaign and wished the upcoming elections in March success.',
    'The leaders would continue their close personal interaction, but no reciprocal visits are scheduled.',
  ].join('\n\n');
  const fillers = [
    'The harbour authority opened a new ferry terminal on the river.',
    'Farmers in the valley reported a late harvest after heavy rain.',
    'A museum exhibition of medieval maps drew large crowds in the capital.',
  ].map((text, n) => doc(`filler${n}`, text));
  const index = buildIndex([doc('other', CORPUS_TEXT), ...fillers]);
  const article = prepareArticle({ ...doc('a', ARTICLE_TEXT), url: null }, index);
  const weight = sentenceWeights(index.stats, article.names);
  const aligned = alignDocument(index.documents[0]!, article, weight);
  const find = (start: string) => aligned.find((entry) => entry.sentence.text.startsWith(start))!;

  it('makes a fact whose words are scattered over the article a candidate', () => {
    const taiwan = find('Meanwhile');
    expect(taiwan.novelTerms.length).toBeLessThan(3);
    expect(taiwan.relation).toBeLessThan(0.75);
    expect(taiwan.candidate).toBe(true);
  });

  it('does not when the sentence restates an article sentence inside itself', () => {
    const wishes = find('Xi said he knows');
    expect(wishes.restates).toBeGreaterThanOrEqual(0.45);
    expect(wishes.candidate).toBe(false);
  });

  it('does not when two article sentences together state it', () => {
    const joined = find('The leaders would continue');
    expect(twoSentenceCoverage(joined.sentence.terms, article)).toBeGreaterThanOrEqual(0.65);
    expect(joined.candidate).toBe(false);
  });

  it('counts a pair of terms as stated only when one article sentence (or two neighbours) holds both', () => {
    const windows = articleWindows(article);
    const byTerm = windowsByTerm(windows);
    const together = ['china', 'taiwan'].map((term) => stemWord(term));
    const apart = ['taiwan', 'interference'].map((term) => stemWord(term));
    expect(relationCoverage(together, byTerm, weight)).toBe(1);
    expect(relationCoverage(apart, byTerm, weight)).toBe(0);
  });
});

describe('a sentence whose main clause the article states', () => {
  const ARTICLE_TEXT = [
    'President Putin visited Beijing in October for talks with Xi on energy and trade.',
    'China has benefited from cheap Russian energy exports.',
  ].join('\n\n');
  const CORPUS_TEXT = [
    'Putin, who has faced isolation from most Western countries and sweeping sanctions since his invasion of Ukraine, visited Beijing in October.',
    'China has benefited from cheap Russian energy exports, including steady gas shipments via the Power of Siberia pipeline and oil cargoes along the Arctic sea route.',
    'Putin, who has faced isolation from most Western countries over the conflict in Ukraine, signed a pipeline deal in Mongolia.',
  ].join('\n\n');
  const fillers = [
    'The harbour authority opened a new ferry terminal on the river.',
    'Farmers in the valley reported a late harvest after heavy rain.',
  ].map((text, n) => doc(`filler${n}`, text));
  const index = buildIndex([doc('other', CORPUS_TEXT), ...fillers]);
  const article = prepareArticle({ ...doc('a', ARTICLE_TEXT), url: null }, index);
  const aligned = alignDocument(index.documents[0]!, article, sentenceWeights(index.stats, article.names));
  const find = (start: string, containing: string) =>
    aligned.find((entry) => entry.sentence.text.startsWith(start) && entry.sentence.text.includes(containing))!;

  it('is no candidate when what it adds is a relative clause on a person or a list of examples', () => {
    const visit = find('Putin, who', 'visited Beijing');
    const energy = find('China has benefited', 'including');
    // The whole sentence would pass: most of its weight is in what it adds.
    expect(visit.covered).toBeLessThan(COVERED_LIMIT);
    expect(energy.covered).toBeLessThan(COVERED_LIMIT);
    expect(visit.candidate).toBe(false);
    expect(energy.candidate).toBe(false);
  });

  it('is judged as a whole when its main clause is new', () => {
    expect(find('Putin, who', 'Mongolia').candidate).toBe(true);
  });

  it('keeps the measures of the whole sentence, background included', () => {
    const visit = find('Putin, who', 'visited Beijing');
    expect(visit.novelTerms).toContain(stemWord('isolation'));
  });
});

describe('mainClause', () => {
  const [sentence] = buildIndex([doc('x', 'Putin, who has faced isolation over the war in Ukraine, met Xi in Beijing in October.')]).documents[0]!.sentences;

  it('keeps the terms outside the background, in order', () => {
    expect(mainClause(sentence!, 'en')?.terms).toEqual(['putin', 'met', 'xi', stemWord('beijing'), stemWord('october')]);
  });

  it('gives nothing when too little is left to judge, or nothing was cut', () => {
    const [short] = buildIndex([doc('y', 'Xi, who spoke for an hour about trade and energy with the visiting delegation, agreed.')]).documents[0]!.sentences;
    expect(mainClause(short!, 'en')).toBeNull();
    expect(mainClause({ ...sentence!, text: 'Xi met Putin in Beijing in October.' }, 'en')).toBeNull();
  });
});
