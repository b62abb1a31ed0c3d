import { buildIndex } from '../corpus/corpus-index';
import { sentenceWeights } from '../corpus/weights';
import type { CorpusDocument } from '../types';
import { prepareArticle } from './article';
import { alignDocument } from './alignment';

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
