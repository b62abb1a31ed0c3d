import { pairScore, PAIR_THRESHOLD } from '../index';

const SAME = [
  ['Xi and Putin denounced the "U.S. policy of interfering in the internal affairs of other states" during an hour-long call.',
    'Mr Xi and Mr Putin denounced the “US policy of interfering in the internal affairs of other states” during the hour-long call, the Kremlin said.'],
  ['Trade hit $240.1 billion in 2023.', 'Trade hit $240.1bn in 2023.'],
] as const;
const DIFFERENT = [
  ['Taiwan rejects China’s sovereignty claims.', 'Putin and Xi met twice last year.'],
  ['Trade hit $240.1 billion in 2023.', 'Trade hit $218.2 billion in 2023.'],
] as const;

describe('pairScore', () => {
  it('is symmetric and in [0, 1]', () => {
    for (const [a, b] of [...SAME, ...DIFFERENT]) {
      expect(pairScore(a, b)).toBeCloseTo(pairScore(b, a), 10);
      expect(pairScore(a, b)).toBeGreaterThanOrEqual(0);
      expect(pairScore(a, b)).toBeLessThanOrEqual(1);
    }
  });

  it('scores one sentence against itself as 1', () => {
    expect(pairScore(SAME[0][0], SAME[0][0])).toBeCloseTo(1, 10);
  });

  it('calls restatements the same and different statements not', () => {
    for (const [a, b] of SAME) expect(pairScore(a, b)).toBeGreaterThan(PAIR_THRESHOLD);
    for (const [a, b] of DIFFERENT) expect(pairScore(a, b)).toBeLessThan(PAIR_THRESHOLD);
  });
});
