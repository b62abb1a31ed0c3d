/**
 * The seeds against hand-written fact labels (test/fixtures/seed-facts/facts.json): each seed as
 * the article, the other four as the corpus (optionally with other stories as distractors).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, buildIndex, type Analysis, type CorpusDocument } from '../../src/engine';
import { SEEDS, seedDocument } from '../demo/seeds';

interface FactLabels {
  tradeFact: string;
  facts: Array<{ id: string; label: string; stated: Record<string, string[]>; topics: string[]; nextTo?: string[] }>;
  boilerplate: Record<string, string[]>;
}

const LABELS_PATH = resolve(import.meta.dirname, '../../test/fixtures/seed-facts/facts.json');
export const TAIWAN_FACT = 'taiwan-election-interference';
const TOP = 5;

export function loadLabels(path = LABELS_PATH): FactLabels {
  return JSON.parse(readFileSync(path, 'utf8')) as FactLabels;
}

/** Quote marks, dashes and whitespace folded, so a snippet matches however the page typed them. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Facts a sentence states, by the labels' snippets for that seed. */
export function factsOf(sentence: string, seed: string, labels: FactLabels): string[] {
  const text = fold(sentence);
  return labels.facts
    .filter((fact) => (fact.stated[seed] ?? []).some((snippet) => text.includes(fold(snippet))))
    .map((fact) => fact.id);
}

export function isLabelledBoilerplate(sentence: string, seed: string, labels: FactLabels): boolean {
  const text = fold(sentence);
  return (labels.boilerplate[seed] ?? []).some((snippet) => text.includes(fold(snippet)) || fold(snippet).includes(text));
}

export interface SeedScore {
  seed: string;
  items: number;
  /** Items stating a fact the article does not. */
  correct: number;
  /** Items whose every fact the article states. */
  repeats: number;
  boilerplate: number;
  /** Items the labels do not know (neither a fact nor boilerplate). */
  unlabelled: number;
  /** Items whose facts higher-ranked items already gave. */
  duplicates: number;
  /** Of the correct items, those whose topic label is one the labels accept for their facts. */
  goodTopics: number;
  expected: number;
  found: number;
  /** Rank (1-based) of the Taiwan election-interference item, null when missing, undefined when the article states it. */
  taiwanRank: number | null | undefined;
  /** Of the correct items, those with a claim, those whose claim states a fact they belong next to (labels' nextTo), and those for which the article has such a sentence. */
  claimed: number;
  claimsRight: number;
  claimsExpected: number;
  /** The Taiwan item's claim (its text), null when it has none, undefined when there is no such item. */
  taiwanClaim: string | null | undefined;
  /** The article states a trade figure: was a discrepancy with another seed's figure flagged? */
  tradeFlagged: boolean | undefined;
  related: string[];
  analysis: Analysis;
}

export function scoreSeed(seed: string, analysis: Analysis, others: readonly string[], labels: FactLabels): SeedScore {
  const statedHere = new Set(labels.facts.filter((fact) => fact.stated[seed]).map((fact) => fact.id));
  const expectedFacts = labels.facts
    .filter((fact) => !statedHere.has(fact.id) && others.some((other) => fact.stated[other]))
    .map((fact) => fact.id);
  const seen = new Set<string>();
  const found = new Set<string>();
  let correct = 0;
  let repeats = 0;
  let boilerplate = 0;
  let unlabelled = 0;
  let duplicates = 0;
  let taiwanRank: number | null = null;
  let goodTopics = 0;
  let claimed = 0;
  let claimsRight = 0;
  let claimsExpected = 0;
  let taiwanClaim: string | null | undefined;
  const nextToOf = new Map(labels.facts.map((fact) => [fact.id, fact.nextTo ?? []]));
  const topicsOf = new Map(labels.facts.map((fact) => [fact.id, fact.topics.map((topic) => topic.toLowerCase())]));
  analysis.omitted.forEach((item, rank) => {
    const source = item.sources[0]?.doc.slice(0, 3) ?? '';
    const facts = factsOf(item.text, source, labels);
    if (isLabelledBoilerplate(item.text, source, labels)) boilerplate++;
    else if (facts.length === 0) unlabelled++;
    const fresh = facts.filter((fact) => !statedHere.has(fact));
    if (fresh.length > 0) correct++;
    else if (facts.length > 0) repeats++;
    if (fresh.length > 0 && facts.some((fact) => topicsOf.get(fact)?.includes((item.topic ?? '').toLowerCase()))) goodTopics++;
    if (fresh.length > 0 && fresh.every((fact) => seen.has(fact))) duplicates++;
    for (const fact of fresh) {
      seen.add(fact);
      found.add(fact);
    }
    if (fresh.includes(TAIWAN_FACT) && taiwanRank === null) {
      taiwanRank = rank + 1;
      taiwanClaim = item.claim?.text ?? null;
    }
    if (fresh.length > 0) {
      const belongs = new Set(fresh.flatMap((fact) => nextToOf.get(fact) ?? []));
      const fits = [...belongs].some((fact) => statedHere.has(fact));
      const right = item.claim !== null && factsOf(item.claim.text, seed, labels).some((fact) => belongs.has(fact));
      if (item.claim) claimed++;
      if (right) claimsRight++;
      if (fits) claimsExpected++;
    }
  });
  const tradeSnippets = labels.facts.find((fact) => fact.id === labels.tradeFact)?.stated ?? {};
  const statesTrade = tradeSnippets[seed] !== undefined;
  const tradeFlagged = statesTrade
    ? analysis.discrepancies.some(
        (entry) =>
          factsOf(entry.article.quote, seed, labels).includes(labels.tradeFact) &&
          factsOf(entry.corpus.quote, entry.corpus.doc.slice(0, 3), labels).includes(labels.tradeFact),
      )
    : undefined;
  return {
    seed,
    items: analysis.omitted.length,
    correct,
    repeats,
    boilerplate,
    unlabelled,
    duplicates,
    goodTopics,
    claimed,
    claimsRight,
    claimsExpected,
    taiwanClaim: statedHere.has(TAIWAN_FACT) ? undefined : taiwanClaim,
    expected: expectedFacts.length,
    found: expectedFacts.filter((fact) => found.has(fact)).length,
    taiwanRank: statedHere.has(TAIWAN_FACT) ? undefined : taiwanRank,
    tradeFlagged,
    related: analysis.related.map((entry) => entry.doc),
    analysis,
  };
}

const TIMED_RUNS = 5;
/** Median milliseconds of analyze per seed in the last evaluateSeeds run (a figure to print, never to assert). */
export const analyzeMs: number[] = [];

/** Each seed against the other four, plus `distractors` (other stories) in the corpus. */
export function evaluateSeeds(distractors: CorpusDocument[] = []): SeedScore[] {
  const labels = loadLabels();
  const documents = SEEDS.map(seedDocument);
  analyzeMs.length = 0;
  return documents.map((article, position) => {
    const others = documents.filter((_, index) => index !== position);
    const index = buildIndex([...others, ...distractors]);
    // The median of a few runs after a warm-up: the machine is shared, single runs vary.
    const input = { ...article, url: null };
    let analysis = analyze(input, index);
    const runs: number[] = [];
    for (let run = 0; run < TIMED_RUNS; run++) {
      const started = performance.now();
      analysis = analyze(input, index);
      runs.push(performance.now() - started);
    }
    analyzeMs.push(runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!);
    return scoreSeed(article.id.slice(0, 3), analysis, others.map((other) => other.id.slice(0, 3)), labels);
  });
}

export function summarizeSeeds(scores: SeedScore[]): Record<string, number> {
  const sum = (pick: (score: SeedScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const items = sum((score) => score.items);
  const omitting = scores.filter((score) => score.taiwanRank !== undefined);
  const trade = scores.filter((score) => score.tradeFlagged !== undefined);
  const seedsRelatedRight = scores.filter(
    (score) => [...score.related].map((id) => id.slice(0, 3)).sort().join() === SEEDS.map((s) => s.file.slice(0, 3)).filter((p) => p !== score.seed).join(),
  ).length;
  return {
    items,
    precision: items === 0 ? 1 : sum((score) => score.correct) / items,
    recall: sum((score) => score.found) / Math.max(1, sum((score) => score.expected)),
    duplicateRate: items === 0 ? 0 : sum((score) => score.duplicates) / items,
    goodTopics: sum((score) => score.goodTopics) / Math.max(1, sum((score) => score.correct)),
    claimPrecision: sum((score) => score.claimsRight) / Math.max(1, sum((score) => score.claimed)),
    claimRecall: sum((score) => score.claimsRight) / Math.max(1, sum((score) => score.claimsExpected)),
    claimed: sum((score) => score.claimed),
    repeats: sum((score) => score.repeats),
    boilerplate: sum((score) => score.boilerplate),
    unlabelled: sum((score) => score.unlabelled),
    taiwanTop5: omitting.filter((score) => typeof score.taiwanRank === 'number' && score.taiwanRank <= TOP).length,
    taiwanOf: omitting.length,
    tradeFlagged: trade.filter((score) => score.tradeFlagged).length,
    tradeOf: trade.length,
    relatedExact: seedsRelatedRight,
    seeds: scores.length,
  };
}
