/**
 * npm run eval [-- --split holdout] [--verbose] [--only a,b,c]
 * Related coverage on the news sets, the paraphrase classifier on MRPC, and the omitted
 * items of the seeds against hand-written fact labels. The data sets live outside the
 * repository in ../shared (data/ for development, holdout/ for the final figure only).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadSplit, splitDir, type Split } from '../bench/dataset';
import { BROWSING_HOLDOUT_LABELS, BROWSING_LABELS, evaluateBrowsing, readBrowsingLabels } from './browsing';
import { evaluateRelated, evaluateStoryAbsent, readNews, textOnly } from './news';
import { evaluateParaphrase } from './paraphrase';
import { analyzeMs, evaluateSeeds, factsOf, loadLabels, summarizeSeeds, type SeedScore } from './seeds';

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const splitArgument = splitAt >= 0 ? args[splitAt + 1] : 'dev';
const verbose = args.includes('--verbose');
const onlyAt = args.indexOf('--only');
/** --only a,b,c picks sections: (a) related coverage, (b) paraphrase, (c) seeds. */
const only = new Set((onlyAt >= 0 ? (args[onlyAt + 1] ?? '') : 'a,b,c').split(','));
if (splitArgument !== 'dev' && splitArgument !== 'holdout') {
  console.error('usage: npm run eval [-- --split dev|holdout] [--verbose]');
  process.exit(2);
}
const split: Split = splitArgument;

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(process.env['LACUNA_SHARED'] ?? resolve(import.meta.dirname, '../../../shared'));
const folder = resolve(shared, split === 'dev' ? 'data' : 'holdout');
const files = {
  basil: resolve(folder, 'news', `basil-${split}.jsonl`),
  ecb: resolve(folder, 'news', `ecbplus-${split}.jsonl`),
  mrpc: resolve(folder, 'paraphrase', split === 'dev' ? 'msr_paraphrase_train.tsv' : 'msr_paraphrase_test.tsv'),
};

const pct = (value: number) => (100 * value).toFixed(1);
const two = (value: number) => value.toFixed(3);

async function relatedSection(): Promise<void> {
  console.log(`\n(a) related coverage, ${split}: every article against the rest of its set, text only (opaque ids, no url/outlet/date)`);
  console.log('    micro = counts pooled over all queries (the headline figure); macro = mean over queries; searched through the stored index');
  const targets: Record<string, string> = { basil: 'P ≥ 0.95, R ≥ 0.90', ecb: 'P ≥ 0.85, R ≥ 0.80' };
  const reference: Record<string, string> = { basil: 'P 0.89 / R 0.97', ecb: 'P 0.83 / R 0.82' };
  for (const set of ['basil', 'ecb'] as const) {
    const result = await evaluateRelated(readNews(files[set]));
    console.log(
      `    ${set === 'basil' ? 'BASIL ' : 'ECB+  '} ${result.queries} queries  micro P ${two(result.micro.precision)} R ${two(result.micro.recall)}` +
        `  macro P ${two(result.macro.precision)} R ${two(result.macro.recall)}   target ${targets[set]}; plain TF-IDF ${reference[set]}` +
        `   (${result.ms.toFixed(1)} ms/query)`,
    );
  }
  const kept = { basil: await evaluateRelated(readNews(files.basil), { provenance: true }), ecb: await evaluateRelated(readNews(files.ecb), { provenance: true }) };
  console.log(
    `    with outlet names and dates kept: BASIL micro P ${two(kept.basil.micro.precision)} R ${two(kept.basil.micro.recall)} ` +
      `(one report per outlet and story, all within 3 days: they tell no story apart); ECB+ P ${two(kept.ecb.micro.precision)} R ${two(kept.ecb.micro.recall)} ` +
      `(only second events have them: shows what the rules on outlet and date cost, not what they gain)`,
  );
  console.log('    story absent: every article against its set without the other reports of its story (anything found is another story)');
  for (const set of ['basil', 'ecb'] as const) {
    const absent = evaluateStoryAbsent(readNews(files[set]));
    const note = set === 'ecb' ? '; each ECB+ topic keeps its other event, a story of the same kind, by design' : '';
    console.log(
      `    ${set === 'basil' ? 'BASIL ' : 'ECB+  '} ${absent.withAny} of ${absent.queries} articles get related coverage (${two(absent.withAny / absent.queries)}), ` +
        `${absent.documents} documents in all${note}`,
    );
  }
  const named = evaluateStoryAbsent(readNews(files.basil), { provenance: true });
  console.log(
    `    BASIL with outlet names and dates kept ${named.withAny} of ${named.queries} articles, ${named.documents} documents`,
  );
  browsingFigures();
}

/** Related coverage among pages of many sites, most of them the only report of their story. */
function browsingFigures(): void {
  const set = split === 'dev' ? 'dev' : 'held-out';
  console.log(`    pages read in a row: the extraction ${set} set's saved pages, each against the others, as extracted (outlet, address, date kept)`);
  const pages = loadSplit(splitDir(split, shared));
  if (!pages) return void console.log(`    (the extraction ${set} pages are not here, looked in ${splitDir(split, shared)}: skipped)`);
  const labelsFile = split === 'dev' ? BROWSING_LABELS : BROWSING_HOLDOUT_LABELS;
  const result = evaluateBrowsing(pages, readBrowsingLabels(labelsFile));
  const found = result.right + result.wrong;
  console.log(
    `    ${result.pages} pages, ${result.withAny} get related coverage; pairs found each way: ${result.right} of one story, ${result.wrong} of two, ` +
      `${result.arguable} arguable: P ${two(result.right / Math.max(1, found))} R ${two(result.right / Math.max(1, result.relevant))} ` +
      `(of ${result.relevant}; labels: ${relative(root, labelsFile)})`,
  );
  const { loose } = result;
  console.log(
    `      of those, related only on a second look (loosely related): ${loose.right} of one story, ${loose.wrong} of two: P ${two(loose.right / Math.max(1, loose.right + loose.wrong))}; ` +
      `the others: P ${two((result.right - loose.right) / Math.max(1, found - loose.right - loose.wrong))}`,
  );
  if (verbose) for (const pair of result.wrongPairs) console.log(`      two stories: ${pair}`);
}

function paraphraseSection(): void {
  console.log(`\n(b) paraphrase (MRPC ${split === 'dev' ? 'train' : 'test'}), pairScore as in lacuna pairs`);
  const result = evaluateParaphrase(files.mrpc, split === 'dev' ? 10 : null);
  console.log(`    ${result.pairs} pairs; shipped threshold: accuracy ${pct(result.shipped.accuracy)} F1 ${pct(result.shipped.f1)}`);
  if (result.folds) {
    const thresholds = result.folds.thresholds.map((value) => value.toFixed(3)).join(' ');
    console.log(`    10-fold (threshold chosen on the training folds): accuracy ${pct(result.folds.accuracy)} F1 ${pct(result.folds.f1)}   thresholds ${thresholds}`);
  }
  if (result.refitFolds) {
    console.log(
      `    10-fold (weights and threshold fitted on the training folds, rules included): accuracy ${pct(result.refitFolds.accuracy)} F1 ${pct(result.refitFolds.f1)}`,
    );
  }
  console.log('    baselines (MRPC test): Mihalcea 2006 70.3 / 81.3; Wan 2006 75.6 / 83.0 (target: beat Wan on both); all-positive 66.5 / 79.9');
}

function printSeedItems(scores: SeedScore[]): void {
  const labels = loadLabels();
  for (const score of scores) {
    const stated = new Set(labels.facts.filter((fact) => fact.stated[score.seed]).map((fact) => fact.id));
    console.log(`    --- ${score.seed}: related ${score.related.join(', ')}`);
    score.analysis.omitted.forEach((item, rank) =>
      console.log(
        `      ${rank + 1}. [${item.topic}] ${item.score} ${item.text.slice(0, 110)} (${item.sources.map((s) => s.doc.slice(0, 3)).join(',')})` +
          ` {${factsOf(item.text, item.sources[0]?.doc.slice(0, 3) ?? '', labels).map((fact) => (stated.has(fact) ? `REPEATS ${fact}` : fact)).join(', ')}}` +
          ` → ${item.claim ? `[${factsOf(item.claim.text, score.seed, labels).join(', ')}] ${item.claim.text.slice(0, 60)}` : 'no claim'}`,
      ),
    );
    for (const entry of score.analysis.discrepancies) console.log(`      ≠ ${entry.corpus.doc.slice(0, 3)}: ${entry.note}`);
  }
}

function seedsSection(withDistractors: boolean): void {
  const distractors = withDistractors
    ? [...readNews(resolve(shared, 'data/news/basil-dev.jsonl')), ...readNews(resolve(shared, 'data/news/ecbplus-dev.jsonl'))]
    : [];
  const scores = evaluateSeeds(textOnly(distractors).map((entry) => entry.document));
  const s = summarizeSeeds(scores);
  const label = withDistractors ? 'the other four + the dev news sets (563 other stories)' : 'the other four';
  console.log(`\n(c) seeds against ${label}; labels: test/fixtures/seed-facts/facts.json`);
  console.log(
    `    items ${s.items}  precision ${two(s.precision!)}  recall ${two(s.recall!)}  duplicate rate ${two(s.duplicateRate!)}` +
      `  repeats of the article ${s.repeats} (target 0)  boilerplate ${s.boilerplate} (target 0)  unlabelled ${s.unlabelled}`,
  );
  console.log(
    `    Taiwan election-interference item in the top 5: ${s.taiwanTop5}/${s.taiwanOf}   trade discrepancy flagged: ${s.tradeFlagged}/${s.tradeOf}` +
      `   related exactly the other four: ${s.relatedExact}/${s.seeds}`,
  );
  console.log(`    topic labels that say what the fact is about (labels' list): ${two(s.goodTopics!)} of the correct items`);
  console.log(
    `    claims (labels' nextTo): precision ${two(s.claimPrecision!)} (${s.claimed} correct items with a claim)  recall ${two(s.claimRecall!)} (of the correct items that have a sentence to go next to)`,
  );
  const mean = analyzeMs.reduce((a, b) => a + b, 0) / Math.max(1, analyzeMs.length);
  console.log(
    `    analyze: ${mean.toFixed(1)} ms per article on ${withDistractors ? 567 : 4} documents (mean over the ${analyzeMs.length} seeds of each one's median of 5 warm runs; ` +
      `slowest ${Math.max(...analyzeMs).toFixed(1)} ms)`,
  );
  console.log(`    Taiwan rank per seed: ${scores.map((score) => `${score.seed}:${score.taiwanRank === undefined ? '-' : (score.taiwanRank ?? 'missing')}`).join(' ')}`);
  for (const score of scores) {
    if (score.taiwanRank === undefined) continue;
    console.log(`      Taiwan claim for ${score.seed}: ${score.taiwanClaim === undefined ? '(no item)' : score.taiwanClaim === null ? 'none' : `"${score.taiwanClaim.slice(0, 100)}"`}`);
  }
  if (verbose) printSeedItems(scores);
}

if (!existsSync(files.basil) || !existsSync(files.ecb) || !existsSync(files.mrpc)) {
  console.log(`The data sets are not here (looked in ${folder}); skipping the related-coverage and paraphrase figures.`);
  if (split === 'dev' && only.has('c')) seedsSection(false);
  process.exit(0);
}
if (only.has('a')) await relatedSection();
if (only.has('b')) paraphraseSection();
if (split === 'dev' && only.has('c')) {
  seedsSection(false);
  seedsSection(true);
}
