import { commonSubsequence, dice, PAIR_FEATURES, pairFeatures, quantitiesConflict } from './pair-features';

describe('pair features', () => {
  const a = 'PG&E Corp. shares jumped $1.63 or 8 percent to $21.03 on the New York Stock Exchange on Friday.';
  const b = 'The stock rose $2.11, or about 11 percent, to close Friday at $21.51 on the New York Stock Exchange.';

  it('gives one value per feature, the same both ways', () => {
    const forward = pairFeatures(a, b);
    expect(forward).toHaveLength(PAIR_FEATURES.length);
    expect(pairFeatures(b, a)).toEqual(forward);
    for (const value of forward) expect(Number.isFinite(value)).toBe(true);
  });

  it('measures word order apart from vocabulary', () => {
    expect(commonSubsequence(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toBeCloseTo(3 / 4);
    expect(commonSubsequence(['a', 'b', 'c'], ['c', 'b', 'a'])).toBeCloseTo(1 / 3);
    expect(dice(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(0.5);
    expect(dice(new Set(), new Set(['a']))).toBe(0);
  });

  it('tells a conflict of amounts of one kind from amounts of different kinds or one amount written two ways', () => {
    expect(quantitiesConflict('Trade hit $240.1bn in 2023.', 'Trade reached $218.2 billion in January-November.')).toBe(true);
    expect(quantitiesConflict('Trade hit $240.1bn in 2023.', 'Trade hit 240.1 billion dollars last year, US$240.1 billion.')).toBe(false);
    expect(quantitiesConflict('Shares rose 3% on Monday.', 'The company raised $5m on Monday.')).toBe(false);
    // Years and small counts are not amounts.
    expect(quantitiesConflict('Putin met Xi twice in 2023.', 'Putin met Xi three times in 2022.')).toBe(false);
  });

  it('sees the words a sentence adds that the other lacks', () => {
    const names = PAIR_FEATURES.indexOf('unmatchedMax');
    const short = pairFeatures('The council approved the budget.', 'The council approved the budget.');
    const longer = pairFeatures('The council approved the budget.', 'The council approved the budget after fishermen protested at the harbour.');
    expect(short[names]).toBe(0);
    expect(longer[names]).toBeGreaterThanOrEqual(3);
  });
});
