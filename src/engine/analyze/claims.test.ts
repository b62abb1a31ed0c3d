import { buildIndex } from '../corpus/corpus-index';
import { sentenceWeights } from '../corpus/weights';
import type { CorpusDocument } from '../types';
import { alignDocument } from './alignment';
import { prepareArticle } from './article';
import { findClaim, placementVotes } from './claims';

const doc = (id: string, text: string): CorpusDocument => ({ id, url: null, title: null, source: null, published: null, lang: 'en', text });

// The article never speaks of Taiwan, but it reports Xi's call to oppose interference, which the
// other outlet reports right before the Taiwan sentence.
const ARTICLE = [
  'Chinese President Xi Jinping and Vladimir Putin accused the United States of meddling during a telephone call on Thursday.',
  'Trade between the two countries hit a record of $240.1 billion in 2023, according to customs data.',
  'Xi said the two should defend the sovereignty of their countries and resolutely oppose interference in internal affairs by external forces.',
  'The Chinese leader also wished Putin well in his coming presidential election.',
].join('\n\n');
const OTHER = [
  'Trade between the two countries reached $218.2 billion in January to November, according to customs data.',
  'A readout from CCTV said Xi told Putin the two should defend their sovereignty and resolutely oppose interference in internal affairs by external forces.',
  'Meanwhile, China was criticised by Taiwan for repeated interference in its elections only in January.',
  'Trade between the two countries is increasingly settled in roubles and yuan, customs data show.',
].join('\n\n');

describe('claims: the article sentence an item belongs next to', () => {
  const fillers = ['The harbour opened a new ferry terminal.', 'Farmers reported a late harvest after rain.', 'A museum showed medieval maps.'];
  const index = buildIndex([doc('other', OTHER), ...fillers.map((text, n) => doc(`filler${n}`, text))]);
  const article = prepareArticle({ ...doc('a', ARTICLE), url: null }, index);
  const weight = sentenceWeights(index.stats, article.names);
  const aligned = alignDocument(index.documents[0]!, article, weight);
  const documents = new Map([['other', aligned]]);
  const find = (start: string) => aligned.find((entry) => entry.sentence.text.startsWith(start))!;

  it('votes for the article sentence that states the source’s nearest stated neighbour', () => {
    const taiwan = find('Meanwhile');
    const votes = placementVotes([taiwan], documents);
    expect([...votes.keys()]).toEqual([2]);
    expect(votes.get(2)).toBe(1);
  });

  it('puts an item that shares little wording next to where its source puts it', () => {
    const taiwan = find('Meanwhile');
    expect(findClaim(taiwan.sentence.terms, article, weight)).toBeNull();
    const claim = findClaim(taiwan.sentence.terms, article, weight, [taiwan], documents);
    expect(claim?.text).toMatch(/^Xi said the two should defend/);
    expect(ARTICLE.slice(claim!.start, claim!.end)).toBe(claim!.text);
  });

  it('still prefers the sentence that states what the item speaks of over where its source puts it', () => {
    const roubles = find('Trade between the two countries is increasingly');
    expect(placementVotes([roubles], documents).get(2)).toBe(0.5);
    const claim = findClaim(roubles.sentence.terms, article, weight, [roubles], documents);
    expect(claim?.text).toMatch(/^Trade between the two countries hit a record/);
  });

  it('makes a claim from placement alone, without a shared term, only when every source stands right beside it', () => {
    const taiwan = find('Meanwhile');
    const unrelated = prepareArticle({ ...doc('b', 'The harbour opened a new ferry terminal on the river.\n\nFarmers reported a late harvest.'), url: null }, index);
    const beside = new Map([['other', aligned.map((entry) => ({ ...entry, closestArticleSentence: 0, covered: 1 }))]]);
    expect(findClaim(taiwan.sentence.terms, unrelated, weight, [taiwan], beside)?.text).toBe('The harbour opened a new ferry terminal on the river.');
    // Its nearest stated neighbour two sentences away: not enough without a shared term.
    const twoAway = new Map([
      ['other', aligned.map((entry) => ({ ...entry, closestArticleSentence: 0, covered: entry.position === taiwan.position - 2 ? 1 : 0 }))],
    ]);
    expect(placementVotes([taiwan], twoAway).get(0)).toBe(0.5);
    expect(findClaim(taiwan.sentence.terms, unrelated, weight, [taiwan], twoAway)).toBeNull();
  });
});
