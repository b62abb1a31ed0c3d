import { describe, expect, it } from 'vitest';
import { pagePrecision, pageRecall, scorePage, shingles, summarize, tokenize } from './shingle-metric';

describe('tokenize', () => {
  it('splits on anything that is not a letter, number or underscore, in any script', () => {
    expect(tokenize('Hello, wörld_1 ça-va 42%!')).toEqual(['Hello', 'wörld_1', 'ça', 'va', '42']);
    expect(tokenize('Привет, мир')).toEqual(['Привет', 'мир']);
    expect(tokenize(' ... ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts overlapping 4-token shingles', () => {
    expect(shingles('a b c d e')).toEqual(new Map([['a b c d', 1], ['b c d e', 1]]));
    expect(shingles('a b c d a b c d').get('a b c d')).toBe(2);
    expect(shingles('a b c d a b c d').size).toBe(4);
  });

  it('gives one short shingle for fewer than 4 tokens and none for no tokens', () => {
    expect(shingles('a b')).toEqual(new Map([['a b', 1]]));
    expect(shingles('').size).toBe(0);
    expect(shingles('—!').size).toBe(0);
  });
});

describe('scorePage', () => {
  it('normalises TP/FP/FN to sum to 1', () => {
    // gold: abcd bcde cdef; predicted: abcd bcde cdex → 2 TP, 1 FP, 1 FN.
    const s = scorePage('a b c d e f', 'a b c d e x');
    expect(s).toEqual({ tp: 0.5, fp: 0.25, fn: 0.25 });
    expect(pagePrecision(s)).toBeCloseTo(2 / 3, 12);
    expect(pageRecall(s)).toBeCloseTo(2 / 3, 12);
  });

  it('matches shingles as a multiset', () => {
    // gold has abcd twice (and bcda, cdab, dabc); predicted has abcd once → 1 TP, 4 FN.
    const s = scorePage('a b c d a b c d', 'a b c d');
    expect(s.tp).toBeCloseTo(0.2, 12);
    expect(s.fn).toBeCloseTo(0.8, 12);
    expect(pagePrecision(s)).toBe(1);
    expect(pageRecall(s)).toBeCloseTo(0.2, 12);
  });

  it('is case sensitive and ignores punctuation and spacing', () => {
    expect(pagePrecision(scorePage('One two three four', 'one two three four'))).toBe(0);
    expect(scorePage('One two, three\n\nfour.', 'One  two three — four')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores an empty side as 0 and two empty texts as nothing', () => {
    const missed = scorePage('a b c d', '');
    expect(missed).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(pageRecall(missed)).toBe(0);
    const invented = scorePage('', 'a b c d');
    expect(pagePrecision(invented)).toBe(0);
    expect(scorePage('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('summarize', () => {
  it('averages precision over pages that predicted something and recall over pages with gold text', () => {
    const pages = [
      scorePage('a b c d a b c d', 'a b c d'), // P 1, R 0.2
      scorePage('a b c d', ''), // no precision, R 0
      scorePage('a b c d e', 'a b c d e'), // P 1, R 1
      scorePage('', ''), // neither
    ];
    const { precision, recall, f1 } = summarize(pages);
    expect(precision).toBe(1);
    expect(recall).toBeCloseTo(1.2 / 3, 12);
    // F1 of the means (0.571…), not the mean of per-page F1 (0.444…).
    expect(f1).toBeCloseTo((2 * 1 * 0.4) / 1.4, 12);
  });
});
