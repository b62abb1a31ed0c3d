/**
 * Omitted items: candidate sentences from different documents that state the same fact,
 * merged into one item that keeps every source.
 */
import type { TermWeight } from '../corpus/weights';
import { foldForMatching } from '../text/normalize';
import { stemWord } from '../text/tokens';
import type { AlignedSentence } from './alignment';
import { mutualCoverage } from './similarity';

/** Two candidates this alike state the same fact. */
export const SAME_FACT = 0.45;
/** Sentences sharing this much of their wording are one wire text, reprinted: one report. */
export const WIRE_COPY = 0.5;
/** A sentence sharing this much wording with another is that sentence, reprinted with a small edit. */
export const REPRINT = 0.8;

export interface CandidateGroup {
  members: AlignedSentence[];
  /** The member shown to the reader. */
  representative: AlignedSentence;
  /** One member per document, the representative's first. */
  sources: AlignedSentence[];
  /** Sources that are not reprints of one another. */
  independentReports: number;
}

/**
 * Words the stemmer leaves apart although they say the same: a prefix that adds nothing to
 * the base word ("the upcoming election", "the forthcoming election", "the coming election").
 * Folded only where candidates are compared, so the index's terms stay as they are.
 */
const VARIANTS = new Map(
  [
    ['upcoming', 'coming'],
    ['forthcoming', 'coming'],
  ].map(([variant, base]) => [stemWord(variant!), stemWord(base!)]),
);

export function foldVariants(terms: readonly string[]): string[] {
  return terms.map((term) => VARIANTS.get(term) ?? term);
}

interface FactTerms {
  terms: string[];
  novel: string[];
}

function factTerms(candidate: AlignedSentence): FactTerms {
  return { terms: foldVariants(candidate.sentence.terms), novel: foldVariants(candidate.novelTerms) };
}

/**
 * Two candidates state the same fact when their words match, or when what each adds to the
 * article matches: "spoke during the call and discussed a multipolar world order" and "spoke
 * about a multipolar world order in the face of US efforts" add the same thing.
 */
function termsSimilarity(a: FactTerms, b: FactTerms, weight: TermWeight): number {
  return Math.max(mutualCoverage(a.terms, b.terms, weight), mutualCoverage(a.novel, b.novel, weight));
}

function similarityMatrix(candidates: AlignedSentence[], weight: TermWeight): number[][] {
  const terms = candidates.map(factTerms);
  return terms.map((a, i) => terms.map((b, j) => (i === j ? 1 : termsSimilarity(a, b, weight))));
}

/**
 * Average-link merging: pairs are taken most alike first, and two groups join only when
 * their members are alike on average, so a chain of loosely similar sentences stays apart.
 */
export function clusterCandidates(candidates: AlignedSentence[], weight: TermWeight): AlignedSentence[][] {
  const similarity = similarityMatrix(candidates, weight);
  const groupOf = candidates.map((_, index) => index);
  const groups = new Map<number, number[]>(candidates.map((_, index) => [index, [index]]));
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const value = similarity[i]?.[j] ?? 0;
      if (value >= SAME_FACT) pairs.push([value, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of pairs) {
    const a = groupOf[i] ?? i;
    const b = groupOf[j] ?? j;
    if (a === b) continue;
    const left = groups.get(a) ?? [];
    const right = groups.get(b) ?? [];
    let sum = 0;
    for (const x of left) for (const y of right) sum += similarity[x]?.[y] ?? 0;
    if (sum / (left.length * right.length) < SAME_FACT) continue;
    groups.set(a, [...left, ...right]);
    groups.delete(b);
    for (const member of right) groupOf[member] = a;
  }
  return [...groups.values()].map((members) => members.sort((x, y) => x - y).map((index) => candidates[index]!));
}

/** The clearest statement: most that is new to the reader, least that repeats the article. */
function clarity(candidate: AlignedSentence): number {
  return candidate.novelWeight * (1 - 0.5 * candidate.covered);
}

export function describeGroup(
  members: AlignedSentence[],
  documentOrder: ReadonlyMap<string, number>,
  weight: TermWeight,
): CandidateGroup {
  const representative = members.reduce((best, member) => (clarity(member) > clarity(best) ? member : best));
  const byDocument = new Map<string, AlignedSentence>();
  for (const member of members) {
    if (member.documentId === representative.documentId) continue;
    const kept = byDocument.get(member.documentId);
    const alike = (x: AlignedSentence) => mutualCoverage(x.sentence.terms, representative.sentence.terms, weight);
    if (!kept || alike(member) > alike(kept)) byDocument.set(member.documentId, member);
  }
  const order = (id: string) => documentOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const others = [...byDocument.values()].sort((x, y) => order(x.documentId) - order(y.documentId));
  const sources = [representative, ...others];
  return { members, representative, sources, independentReports: countIndependent(sources) };
}

/** Pairs of neighbouring words, function words included: wording, not just vocabulary. */
function wordPairs(text: string): Set<string> {
  const words = foldForMatching(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const pairs = new Set<string>();
  for (let index = 1; index < words.length; index++) pairs.add(`${words[index - 1]} ${words[index]}`);
  return pairs;
}

/** Dice overlap of word pairs: a paraphrase shares words, a reprint shares their order. */
export function wordingOverlap(a: string, b: string): number {
  return dice(wordPairs(a), wordPairs(b));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function countIndependent(sources: AlignedSentence[]): number {
  const firsts: AlignedSentence[] = [];
  for (const source of sources) {
    const reprint = firsts.some((first) => wordingOverlap(first.sentence.text, source.sentence.text) >= WIRE_COPY);
    if (!reprint) firsts.push(source);
  }
  return firsts.length;
}

/** Reprints are looked for among the sentences that hold one of a sentence's most telling terms. */
const REPRINT_PROBES = 3;

/**
 * One sentence of a wire text, reprinted by several outlets, says one thing: whether the
 * article states it is one question, and most of its reprints answer it. A reprint's small
 * edit ("in October 2023" for "in October", "Mr Xi" for "Xi") neither makes it news nor
 * makes it old. Ties keep each sentence's own verdict.
 */
export function agreeAcrossReprints(aligned: readonly AlignedSentence[], weight: TermWeight): AlignedSentence[] {
  const byTerm = new Map<string, number[]>();
  aligned.forEach((entry, at) => {
    for (const term of entry.sentence.terms) {
      const list = byTerm.get(term);
      if (list) list.push(at);
      else byTerm.set(term, [at]);
    }
  });
  const pairs = aligned.map((entry) => wordPairs(entry.sentence.text));
  // Found from either side: an edit may be the edited sentence's most telling term, in no reprint.
  const reprints = aligned.map(() => new Set<number>());
  aligned.forEach((entry, at) => {
    const probes = [...entry.sentence.terms].sort((a, b) => weight(b) - weight(a)).slice(0, REPRINT_PROBES);
    for (const other of new Set(probes.flatMap((term) => byTerm.get(term) ?? []))) {
      if (other === at || reprints[at]!.has(other) || aligned[other]!.documentId === entry.documentId) continue;
      if (dice(pairs[at]!, pairs[other]!) < REPRINT) continue;
      reprints[at]!.add(other);
      reprints[other]!.add(at);
    }
  });
  return aligned.map((entry, at) => {
    const others = [...reprints[at]!];
    const agreeing = others.filter((other) => aligned[other]!.candidate === entry.candidate).length + 1;
    return others.length + 1 - agreeing > agreeing ? { ...entry, candidate: !entry.candidate } : entry;
  });
}
