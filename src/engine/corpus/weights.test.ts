import { bm25Idf, documentBoost, MIN_DOCUMENT_COUNT, storyWeights, termBoost } from './weights';
import { documentVector, LEAD_SENTENCES, LEAD_WEIGHT } from './corpus-index';
import { processText } from '../text/document';

describe('document term weights', () => {
  it('is near log(N/df) in a large corpus and never negative', () => {
    expect(bm25Idf(10_000, 10)).toBeCloseTo(Math.log(1000), 1);
    expect(bm25Idf(10_000, 10_000)).toBeGreaterThan(0);
  });

  it('reads a small corpus as part of a larger stream: a word all five reports share still weighs something', () => {
    expect(MIN_DOCUMENT_COUNT).toBeGreaterThan(5);
    const shared = bm25Idf(5, 5);
    const rare = bm25Idf(5, 1);
    expect(shared).toBeGreaterThan(0.3 * rare);
    expect(rare).toBeGreaterThan(shared);
  });

  it('weighs names and amounts above ordinary words, more than inside sentences', () => {
    const names = new Set(['ruiz']);
    expect(documentBoost('ruiz', names)).toBeGreaterThan(termBoost('ruiz', names));
    expect(documentBoost('#4200000', names)).toBeGreaterThan(termBoost('#4200000', names));
    expect(documentBoost('harbour', names)).toBe(1);
    // Years and small counts stay weak.
    expect(documentBoost('#2023', names)).toBeLessThan(1);
  });

  it('counts the lead of a text more than its later sentences', () => {
    const later = Array.from({ length: LEAD_SENTENCES }, (_, index) => `Filler sentence number ${'abcdefgh'[index]} here.`);
    const vector = documentVector(processText(['The harbour opened.', ...later, 'The festival began.'].join('\n\n')), () => 1);
    expect(vector.get('harbor')).toBeCloseTo(1 + Math.log(LEAD_WEIGHT));
    expect(vector.get('festiv')).toBeCloseTo(1);
  });
});

describe('story term weights', () => {
  const coverage = [
    'Mayor Ruiz opened the harbour on Monday.',
    'Ruiz said the harbour cost four years of work.',
    'Ruiz thanked the fishermen who kept the harbour going through the storm.',
  ].map((text) => ({ sentences: processText(text) }));

  it('weighs a name every sentence of the story uses below a word only one sentence uses', () => {
    const weight = storyWeights(coverage, new Set(), []);
    expect(weight('ruiz')).toBeLessThan(weight('fishermen'));
    expect(weight('harbor')).toBeLessThan(weight('storm'));
  });

  it('keeps the boost of a name the corpus or the article knows as one', () => {
    const plain = storyWeights(coverage, new Set(), []);
    expect(storyWeights(coverage, new Set(['storm']), [])('storm')).toBeGreaterThan(plain('storm'));
    expect(storyWeights(coverage, new Set(), ['storm'])('storm')).toBeGreaterThan(plain('storm'));
  });
});
