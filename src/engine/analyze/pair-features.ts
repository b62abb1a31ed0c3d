/**
 * What two sentences share, measured several ways, each symmetric: the inputs of the
 * paraphrase model behind pairScore. Corpus-free: names and quantities weigh more than
 * ordinary words, and nothing needs document frequencies. Besides overlaps of terms and
 * n-grams, the machine-translation metrics that Madnani, Tetreault & Chodorow (2012) found
 * to detect paraphrase well, each sentence taken in turn as the reference: BLEU, word edit
 * distance (TER without shifts) and a METEOR-like alignment of words and stems; and two
 * signs of a sentence that says more: the longest run of words it adds, and a report
 * attributed ("said", "told", "according to") against one that is not.
 */
import { termBoost } from '../corpus/weights';
import { foldForMatching } from '../text/normalize';
import { findNumbers } from '../text/numbers';
import { stemWord, tokenize } from '../text/tokens';
import { coverage, mutualCoverage } from './similarity';

/** Both give a quantity of the same kind and no quantity agrees: likely not the same statement. */
const NUMBER_CONFLICT_FACTOR = 0.7;
const ATTRIBUTION = /\b(?:said|says|told|according)\b/i;
const NEGATION = /\b(?:not|no|never|nor)\b|n't\b/i;

export const PAIR_FEATURES = [
  'overlap',
  'coverageMin',
  'coverageMax',
  'plainCoverageMin',
  'plainCoverageMax',
  'words',
  'wordPairs',
  'wordTriples',
  'commonSubsequence',
  'characterTriples',
  'characterQuads',
  'lengthRatio',
  'lengthDifference',
  'unmatchedMax',
  'unmatchedMin',
  'unmatchedShareMax',
  'unmatchedShareMin',
  'numbersUnmatched',
  'negationDiffers',
  'unigramPrecisionMin',
  'bigramBleuMin',
  'termBigramBleuMax',
  'editRateMin',
  'meteorMin',
  'unmatchedRunShareMax',
  'attributionDiffers',
] as const;

export type PairFeature = (typeof PAIR_FEATURES)[number];

/** Lowercased words and numbers as written, stopwords kept. */
export function words(text: string): string[] {
  return foldForMatching(text).toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
}

function grams(items: readonly string[], size: number): Set<string> {
  const out = new Set<string>();
  for (let index = 0; index + size <= items.length; index++) out.add(items.slice(index, index + size).join(' '));
  return out;
}

function characterGrams(text: string, size: number): Set<string> {
  const folded = foldForMatching(text).toLowerCase().replace(/\s+/g, ' ');
  const out = new Set<string>();
  for (let index = 0; index + size <= folded.length; index++) out.add(folded.slice(index, index + size));
  return out;
}

export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Longest common subsequence of two word lists, as a share of the longer. */
export function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]! / Math.max(a.length, b.length);
}

/**
 * Both sentences give an amount of one kind (money, a share, a count of thousands or more)
 * and none of those amounts agree: "$240.1bn" against "$218.2bn", not "3%" against "$5m".
 */
export function quantitiesConflict(a: string, b: string): boolean {
  const amounts = (text: string) =>
    findNumbers(foldForMatching(text)).filter(
      (number) => number.unit === 'money' || number.unit === 'percent' || (number.unit === 'count' && number.value >= 1000),
    );
  const amountsA = amounts(a);
  const amountsB = amounts(b);
  for (const unit of ['money', 'percent', 'count'] as const) {
    const valuesA = amountsA.filter((number) => number.unit === unit).map((number) => number.value);
    const valuesB = new Set(amountsB.filter((number) => number.unit === unit).map((number) => number.value));
    if (valuesA.length > 0 && valuesB.size > 0 && !valuesA.some((value) => valuesB.has(value))) return true;
  }
  return false;
}

/** One sentence is negated and the other is not. */
export function negationDiffers(a: string, b: string): boolean {
  return NEGATION.test(foldForMatching(a)) !== NEGATION.test(foldForMatching(b));
}

function ngramCounts(items: readonly string[], size: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let index = 0; index + size <= items.length; index++) {
    const key = items.slice(index, index + size).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** BLEU's clipped n-gram matches of `hypothesis` against `reference` (each n-gram at most as often as the reference has it), and its n-grams in all. */
function clippedMatches(hypothesis: readonly string[], reference: readonly string[], size: number): { matched: number; total: number } {
  const available = ngramCounts(reference, size);
  let matched = 0;
  let total = 0;
  for (const [gram, count] of ngramCounts(hypothesis, size)) {
    total += count;
    matched += Math.min(count, available.get(gram) ?? 0);
  }
  return { matched, total };
}

/** BLEU's clipped n-gram precision of `hypothesis` against `reference`, in [0, 1]. */
export function ngramPrecision(hypothesis: readonly string[], reference: readonly string[], size: number): number {
  const { matched, total } = clippedMatches(hypothesis, reference, size);
  return total === 0 ? 0 : matched / total;
}

/**
 * BLEU of `hypothesis` against `reference` up to n-grams of `order` words (Papineni et al. 2002):
 * geometric mean of the clipped precisions, those above unigrams add-one smoothed as for single
 * sentences (Lin & Och 2004), times the brevity penalty.
 */
export function bleu(hypothesis: readonly string[], reference: readonly string[], order: number): number {
  if (hypothesis.length === 0) return 0;
  let logSum = 0;
  for (let size = 1; size <= order; size++) {
    const { matched, total } = clippedMatches(hypothesis, reference, size);
    const precision = size === 1 ? matched / total : (matched + 1) / (total + 1);
    if (precision === 0) return 0;
    logSum += Math.log(precision) / order;
  }
  const brevity = hypothesis.length >= reference.length ? 1 : Math.exp(1 - reference.length / hypothesis.length);
  return brevity * Math.exp(logSum);
}

/** Fewest word insertions, deletions and substitutions that turn one list into the other. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * A METEOR-like score of `hypothesis` against `reference` (Banerjee & Lavie 2005): words
 * aligned one to one, first as written and then by stem, each preferring the place right after
 * the previous word's match; the harmonic mean of precision and recall weighted 9 to 1 towards
 * recall, less a penalty for an alignment broken into many chunks.
 */
export function meteor(hypothesis: readonly string[], reference: readonly string[]): number {
  const aligned = new Array<number>(hypothesis.length).fill(-1);
  const taken = new Array<boolean>(reference.length).fill(false);
  const stemsA = hypothesis.map((word) => stemWord(word));
  const stemsB = reference.map((word) => stemWord(word));
  for (const [keysA, keysB] of [[hypothesis, reference], [stemsA, stemsB]] as const) {
    for (let i = 0; i < hypothesis.length; i++) {
      if (aligned[i]! >= 0) continue;
      const previous = i > 0 ? aligned[i - 1]! : -1;
      let best = -1;
      let bestCost = Infinity;
      for (let j = 0; j < reference.length; j++) {
        if (taken[j] || keysA[i] !== keysB[j]) continue;
        const cost = previous >= 0 ? Math.abs(j - previous - 1) : Math.abs(j / reference.length - i / hypothesis.length);
        if (cost < bestCost) {
          bestCost = cost;
          best = j;
        }
      }
      if (best >= 0) {
        aligned[i] = best;
        taken[best] = true;
      }
    }
  }
  let matches = 0;
  let chunks = 0;
  aligned.forEach((j, i) => {
    if (j < 0) return;
    matches++;
    if (i === 0 || aligned[i - 1]! < 0 || aligned[i - 1]! + 1 !== j) chunks++;
  });
  if (matches === 0) return 0;
  const precision = matches / hypothesis.length;
  const recall = matches / reference.length;
  const fmean = (10 * precision * recall) / (recall + 9 * precision);
  return fmean * (1 - 0.5 * (chunks / matches) ** 3);
}

/** The longest run of words of `a` that `b` lacks, as a share of `a`'s words: a clause one adds. */
export function unmatchedRunShare(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b);
  let longest = 0;
  let run = 0;
  for (const word of a) {
    run = other.has(word) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest / Math.max(1, a.length);
}

/** The features of a pair, in the order of PAIR_FEATURES. Symmetric: (a, b) and (b, a) give the same. */
export function pairFeatures(a: string, b: string): number[] {
  // Sentence pairs are read by English rules: the pair model was fitted on English news (MRPC).
  const tokensA = tokenize(a);
  const tokensB = tokenize(b);
  const names = new Set([...tokensA, ...tokensB].filter((token) => token.kind === 'name').map((token) => token.term));
  const weight = (term: string) => termBoost(term, names);
  const plain = () => 1;
  const termsA = [...new Set(tokensA.map((token) => token.term))];
  const termsB = [...new Set(tokensB.map((token) => token.term))];
  const setA = new Set(termsA);
  const setB = new Set(termsB);

  let overlap = mutualCoverage(termsA, termsB, weight);
  const quantitiesA = termsA.filter((term) => term.startsWith('#') && weight(term) > 1);
  const quantitiesB = termsB.filter((term) => term.startsWith('#') && weight(term) > 1);
  if (quantitiesA.length > 0 && quantitiesB.length > 0 && !quantitiesA.some((term) => setB.has(term))) {
    overlap *= NUMBER_CONFLICT_FACTOR;
  }
  const ab = coverage(termsA, setB, weight);
  const ba = coverage(termsB, setA, weight);
  const plainAb = coverage(termsA, setB, plain);
  const plainBa = coverage(termsB, setA, plain);

  const wordsA = words(a);
  const wordsB = words(b);
  const unmatchedA = termsA.filter((term) => !setB.has(term)).length;
  const unmatchedB = termsB.filter((term) => !setA.has(term)).length;
  const shareA = unmatchedA / Math.max(1, termsA.length);
  const shareB = unmatchedB / Math.max(1, termsB.length);
  const numbersA = termsA.filter((term) => term.startsWith('#'));
  const numbersB = termsB.filter((term) => term.startsWith('#'));
  const numbersUnmatched = numbersA.filter((term) => !setB.has(term)).length + numbersB.filter((term) => !setA.has(term)).length;
  const longer = Math.max(wordsA.length, wordsB.length);
  const orderedA = tokensA.map((token) => token.term);
  const orderedB = tokensB.map((token) => token.term);
  const edits = editDistance(wordsA, wordsB);

  const values: Record<PairFeature, number> = {
    overlap,
    coverageMin: Math.min(ab, ba),
    coverageMax: Math.max(ab, ba),
    plainCoverageMin: Math.min(plainAb, plainBa),
    plainCoverageMax: Math.max(plainAb, plainBa),
    words: dice(new Set(wordsA), new Set(wordsB)),
    wordPairs: dice(grams(wordsA, 2), grams(wordsB, 2)),
    wordTriples: dice(grams(wordsA, 3), grams(wordsB, 3)),
    commonSubsequence: commonSubsequence(wordsA, wordsB),
    characterTriples: dice(characterGrams(a, 3), characterGrams(b, 3)),
    characterQuads: dice(characterGrams(a, 4), characterGrams(b, 4)),
    lengthRatio: longer === 0 ? 1 : Math.min(wordsA.length, wordsB.length) / longer,
    lengthDifference: Math.abs(wordsA.length - wordsB.length),
    unmatchedMax: Math.max(unmatchedA, unmatchedB),
    unmatchedMin: Math.min(unmatchedA, unmatchedB),
    unmatchedShareMax: Math.max(shareA, shareB),
    unmatchedShareMin: Math.min(shareA, shareB),
    numbersUnmatched,
    negationDiffers: negationDiffers(a, b) ? 1 : 0,
    unigramPrecisionMin: Math.min(ngramPrecision(wordsA, wordsB, 1), ngramPrecision(wordsB, wordsA, 1)),
    bigramBleuMin: Math.min(bleu(wordsA, wordsB, 2), bleu(wordsB, wordsA, 2)),
    termBigramBleuMax: Math.max(bleu(orderedA, orderedB, 2), bleu(orderedB, orderedA, 2)),
    editRateMin: Math.min(edits / Math.max(1, wordsA.length), edits / Math.max(1, wordsB.length)),
    meteorMin: Math.min(meteor(wordsA, wordsB), meteor(wordsB, wordsA)),
    unmatchedRunShareMax: Math.max(unmatchedRunShare(wordsA, wordsB), unmatchedRunShare(wordsB, wordsA)),
    attributionDiffers: ATTRIBUTION.test(a) !== ATTRIBUTION.test(b) ? 1 : 0,
  };
  return PAIR_FEATURES.map((name) => values[name]);
}
