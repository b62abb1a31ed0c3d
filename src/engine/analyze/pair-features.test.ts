import {
  bleu,
  commonSubsequence,
  dice,
  editDistance,
  meteor,
  ngramPrecision,
  PAIR_FEATURES,
  pairFeatures,
  quantitiesConflict,
  unmatchedRunShare,
  words,
} from './pair-features';

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

  describe('machine-translation metrics', () => {
    it('clips n-gram matches at the count the reference holds (BLEU)', () => {
      expect(ngramPrecision(['the', 'the', 'the', 'the'], ['the', 'cat'], 1)).toBeCloseTo(1 / 4);
      expect(ngramPrecision(['the', 'cat', 'sat'], ['the', 'cat', 'sat', 'down'], 2)).toBe(1);
      expect(ngramPrecision([], ['a'], 1)).toBe(0);
    });

    it('gives 1 for a sentence against itself, less for the same words reordered, less again for a shorter one', () => {
      const sentence = words('The council approved the harbour budget on Monday.');
      const reordered = words('On Monday the council approved the harbour budget.');
      const shorter = words('The council approved the budget.');
      expect(bleu(sentence, sentence, 2)).toBeCloseTo(1);
      expect(bleu(reordered, sentence, 2)).toBeLessThan(1);
      expect(bleu(reordered, sentence, 2)).toBeGreaterThan(0.7);
      // Every word of the shorter one is in the longer: only the brevity penalty takes it below 1.
      expect(ngramPrecision(shorter, sentence, 1)).toBe(1);
      expect(bleu(shorter, sentence, 1)).toBeCloseTo(Math.exp(1 - sentence.length / shorter.length));
      expect(bleu(sentence, shorter, 1)).toBeCloseTo(shorter.length / sentence.length);
    });

    it('counts word edits (TER without shifts)', () => {
      expect(editDistance(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
      expect(editDistance(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(2);
      expect(editDistance([], ['a', 'b'])).toBe(2);
      expect(editDistance(words('Shares of Hartford rose $2.88 to $46.50.'), words('Shares of Hartford rose $2.88 to $46.50.'))).toBe(0);
    });

    it('aligns words by stem and penalises an alignment broken into chunks (METEOR)', () => {
      const a = words('Xi and Putin denounced interference in the internal affairs of other states');
      const b = words('Putin and Xi denounced interfering in the internal affairs of other states');
      // Same words in the same order: one chunk.
      expect(meteor(a, a)).toBeCloseTo(1 - 0.5 * (1 / a.length) ** 3);
      // "interference" and "interfering" share a stem; the swapped names break the alignment into chunks.
      expect(meteor(a, b)).toBeGreaterThan(0.9);
      expect(meteor(a, b)).toBeLessThan(meteor(a, a));
      // The same words in reverse order: every word its own chunk.
      const reversed = [...a].reverse();
      expect(meteor(a, reversed)).toBeCloseTo(0.5);
      expect(meteor(a, [])).toBe(0);
    });

    it('scores a restatement above a sentence that shares its subject but says something else (MRPC)', () => {
      const feature = (name: (typeof PAIR_FEATURES)[number], x: string, y: string) => pairFeatures(x, y)[PAIR_FEATURES.indexOf(name)]!;
      const claim = 'Amrozi accused his brother, whom he called "the witness", of deliberately distorting his evidence.';
      const restated = 'Referring to him as only "the witness", Amrozi accused his brother of deliberately distorting his evidence.';
      const other = 'Amrozi told the court his brother, whom he called "the witness", had lied about the bombing.';
      for (const name of ['unigramPrecisionMin', 'bigramBleuMin', 'termBigramBleuMax', 'meteorMin'] as const) {
        expect(feature(name, claim, restated)).toBeGreaterThan(feature(name, claim, other));
      }
      // Edit distance charges a moved clause word by word (TER's shifts would not): here it prefers the other sentence.
      expect(feature('editRateMin', claim, restated)).toBeGreaterThan(feature('editRateMin', claim, other));
      const index = 'The broad Standard & Poor\'s 500 index slipped 12.27 points or 1.23 percent to 981.73.';
      expect(feature('editRateMin', index, 'The S.& P. 500 slipped 12.27 points, or 1.2 percent, to 981.73.')).toBeLessThan(
        feature('editRateMin', index, 'The Nasdaq composite index slipped 21.58 points, or 1.33 percent, to 1,603.02.'),
      );
    });
  });

  it('sees a clause one sentence adds in one piece, apart from the same number of new words scattered', () => {
    // The second adds "and said the deal would close by year-end" to the same report: MRPC calls such pairs different.
    const base = words('Oracle raised its offer for PeopleSoft to $7.3 billion on Wednesday.');
    const added = words('Oracle raised its offer for PeopleSoft to $7.3 billion on Wednesday and said the deal would close by year-end.');
    const reworded = words('Oracle on Wednesday lifted its bid for rival PeopleSoft to $7.3 billion, a move analysts expected.');
    expect(unmatchedRunShare(added, base)).toBeCloseTo(9 / added.length);
    expect(unmatchedRunShare(base, added)).toBe(0);
    expect(unmatchedRunShare(reworded, base)).toBeLessThan(unmatchedRunShare(added, base));
    expect(unmatchedRunShare([], base)).toBe(0);
  });

  it('tells a reported statement from a bare one', () => {
    const attribution = PAIR_FEATURES.indexOf('attributionDiffers');
    const bare = 'The company will cut 1,200 jobs by March.';
    expect(pairFeatures(bare, 'The company will cut 1,200 jobs by March, a spokesman said.')[attribution]).toBe(1);
    expect(pairFeatures(bare, 'According to a spokesman, the company will cut 1,200 jobs by March.')[attribution]).toBe(1);
    expect(pairFeatures('The company said it will cut 1,200 jobs.', 'A spokesman told reporters 1,200 jobs will go.')[attribution]).toBe(0);
  });
});
