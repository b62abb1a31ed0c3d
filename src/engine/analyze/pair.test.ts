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

  it('scores a sentence without a word (empty, punctuation) as stating nothing', () => {
    expect(pairScore('', '')).toBe(0);
    expect(pairScore('!!!', '...')).toBe(0);
    expect(pairScore(SAME[0][0], '—')).toBe(0);
  });

  it('scores one sentence against itself as 1', () => {
    expect(pairScore(SAME[0][0], SAME[0][0])).toBeCloseTo(1, 10);
  });

  it('calls restatements the same and different statements not', () => {
    for (const [a, b] of SAME) expect(pairScore(a, b)).toBeGreaterThan(PAIR_THRESHOLD);
    for (const [a, b] of DIFFERENT) expect(pairScore(a, b)).toBeLessThan(PAIR_THRESHOLD);
  });
});

describe('pairScore on harder pairs (MRPC-like)', () => {
  it('calls a restatement with other words and order the same', () => {
    expect(
      pairScore(
        'The council approved a $4.2 million budget for the harbour on Monday, ending months of debate.',
        'On Monday the council ended months of debate and approved the $4.2 million harbour budget.',
      ),
    ).toBeGreaterThan(PAIR_THRESHOLD);
  });

  it('calls a sentence that shares a subject but adds a different claim not the same', () => {
    expect(
      pairScore(
        'The council approved a $4.2 million budget for the harbour on Monday.',
        'The council rejected a plan to sell the harbour to a private company after a heated debate.',
      ),
    ).toBeLessThan(PAIR_THRESHOLD);
  });

  it('calls a negated statement not the same', () => {
    expect(pairScore('The minister said the talks would resume next week.', 'The minister said the talks would not resume next week.')).toBeLessThan(
      pairScore('The minister said the talks would resume next week.', 'Talks will resume next week, the minister said.'),
    );
  });
});
