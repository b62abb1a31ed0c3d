/**
 * npm run bench:extract [-- --split dev|holdout] [--page <id prefix>] [--worst <n>] [--shared <dir>]
 *
 * Scores Lacuna's extraction (the same code as the content script and `lacuna extract`, over
 * linkedom) on the article-extraction benchmark, next to Readability run alone on the same
 * pages, with the benchmark's own metric (shingle-metric.ts). Lists the worst pages and what
 * went wrong on them: blocks taken that are not in the gold text, gold paragraphs missed.
 * The holdout split is for reporting a final figure only, never for tuning.
 */
import { Readability } from '@mozilla/readability';
import { extractHtml, parseHtml } from '../../src/extract/node';
import { type BenchPage, type Split, loadSplit, splitDir } from './dataset';
import { type PageScore, pagePrecision, pageRecall, scorePage, shingles, summarize } from './shingle-metric';
import { detectorFigures } from './detection';

interface Args {
  split: Split;
  page: string | null;
  worst: number;
  /** Where the data sets are: ../shared beside the checkout unless told. */
  shared: string | undefined;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { split: 'dev', page: null, worst: 10, shared: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--split') {
      const s = value();
      if (s !== 'dev' && s !== 'holdout') throw new Error(`--split is dev or holdout, not ${s}`);
      args.split = s;
    } else if (a === '--page') args.page = value();
    else if (a === '--worst') args.worst = Number(value());
    else if (a === '--shared') args.shared = value();
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

interface Result {
  page: BenchPage;
  text: string;
  score: PageScore;
  ms: number;
  note: string;
}

function ours(page: BenchPage): { text: string; note: string } {
  try {
    const ex = extractHtml(page.html, page.url);
    return { text: ex.article.text, note: ex.isArticle ? '' : `not an article: ${ex.reason}` };
  } catch (err) {
    return { text: '', note: `error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function readabilityAlone(page: BenchPage): { text: string; note: string } {
  try {
    const parsed = new Readability(parseHtml(page.html, page.url)).parse();
    return { text: parsed?.textContent ?? '', note: parsed ? '' : 'no result' };
  } catch (err) {
    return { text: '', note: `error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The page without what declares it an article: JSON-LD blocks, og:type, microdata item types. */
function withoutDeclarations(html: string): string {
  return html
    .replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta[^>]*og:type[^>]*>/gi, '')
    .replace(/\sitemtype=("[^"]*"|'[^']*')/gi, '');
}

function run(pages: BenchPage[], extract: (p: BenchPage) => { text: string; note: string }): Result[] {
  return pages.map((page) => {
    const t0 = performance.now();
    const { text, note } = extract(page);
    return { page, text, note, ms: performance.now() - t0, score: scorePage(page.gold, text) };
  });
}

/** Share of a passage's shingles found in `other`. */
function coveredBy(passage: string, other: Map<string, number>): number {
  const own = shingles(passage);
  let total = 0;
  let found = 0;
  for (const [key, n] of own) {
    total += n;
    if (other.has(key)) found += n;
  }
  return total ? found / total : 1;
}

const short = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Blocks taken that the gold text lacks, and gold paragraphs that the extraction lacks. */
function whatWentWrong(r: Result, limit: number): string[] {
  const gold = shingles(r.page.gold);
  const predicted = shingles(r.text);
  const extra = r.text.split(/\n\s*\n/).filter((b) => b.trim() && coveredBy(b, gold) < 0.5);
  const missing = r.page.gold.split(/\n+/).filter((p) => p.trim() && coveredBy(p, predicted) < 0.5);
  return [
    ...extra.slice(0, limit).map((b) => `+ ${short(b.trim())}`),
    ...(extra.length > limit ? [`+ …and ${extra.length - limit} more extra blocks`] : []),
    ...missing.slice(0, limit).map((p) => `- ${short(p.trim())}`),
    ...(missing.length > limit ? [`- …and ${missing.length - limit} more missed paragraphs`] : []),
  ];
}

const f3 = (x: number): string => x.toFixed(3);

function line(name: string, results: Result[]): string {
  const s = summarize(results.map((r) => r.score));
  const ms = results.reduce((a, r) => a + r.ms, 0) / results.length;
  return `${name.padEnd(20)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}   (${ms.toFixed(0)} ms a page in Node)`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dir = splitDir(args.split, args.shared);
  const all = loadSplit(dir);
  if (!all) {
    console.log(`Skipped: no benchmark pages at ${dir} (the data sets in ../shared, or --shared <dir>, are not there).`);
    return;
  }
  const pages = args.page ? all.filter((p) => p.id.startsWith(args.page!)) : all;
  const label = args.split === 'holdout' ? 'HOLDOUT split (final figure only, not for tuning)' : 'dev split';
  console.log(`Article extraction, ${label}: ${pages.length} pages from ${dir}\n`);

  const lacuna = run(pages, ours);
  const readability = run(pages, readabilityAlone);
  console.log(line('Lacuna', lacuna));
  console.log(line('Readability alone', readability));
  const failures = lacuna.filter((r) => r.note.startsWith('error'));
  const notArticle = lacuna.filter((r) => r.note.startsWith('not an article'));
  console.log(`\nPages that failed to parse or extract: ${failures.length}; taken for non-articles: ${notArticle.length}`);
  for (const r of [...failures, ...notArticle]) console.log(`  ${r.page.id.slice(0, 12)} ${r.page.url}: ${r.note}`);

  const worst = [...lacuna]
    .sort((a, b) => Math.min(pagePrecision(a.score), pageRecall(a.score)) - Math.min(pagePrecision(b.score), pageRecall(b.score)))
    .slice(0, args.page ? lacuna.length : args.worst);
  console.log(`\nWorst pages (by the lower of P and R; + taken but not in the gold text, - in the gold text but missed):`);
  for (const r of worst) {
    const ra = readability.find((x) => x.page.id === r.page.id)!;
    console.log(
      `\n${r.page.id.slice(0, 12)} P ${f3(pagePrecision(r.score))} R ${f3(pageRecall(r.score))}` +
        ` (Readability P ${f3(pagePrecision(ra.score))} R ${f3(pageRecall(ra.score))})  ${r.page.url}`,
    );
    if (r.note) console.log(`  ${r.note}`);
    for (const l of whatWentWrong(r, args.page ? 50 : 4)) console.log(`  ${l}`);
  }

  const d = detectorFigures();
  console.log(
    `\nArticle detection on test/fixtures/detection (${d.articles} articles, ${d.nonArticles} other pages):` +
      ` precision ${f3(d.precision)}, recall ${f3(d.recall)}`,
  );
  for (const m of d.mistakes) console.log(`  wrong: ${m}`);
  console.log(`Article detection on the ${args.split} pages (all articles): recall ${f3((pages.length - notArticle.length) / pages.length)}`);
  // Many pages declare no article type; the same pages with their declarations taken out
  // show how the detector does on the text alone.
  const undeclared = pages.filter((p) => !extractHtml(withoutDeclarations(p.html), p.url).isArticle);
  console.log(
    `  the same pages with JSON-LD, og:type and microdata types removed: recall ${f3((pages.length - undeclared.length) / pages.length)}` +
      undeclared.map((p) => `\n  refused: ${p.id.slice(0, 12)} ${p.url}`).join(''),
  );
}

main();
