import { bm25Idf, documentBoost, MIN_DOCUMENT_COUNT, termBoost } from './weights';
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
