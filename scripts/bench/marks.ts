/**
 * `npm run bench`: anchoring and drawing 50 claims on a long article, in headless Chromium
 * and Firefox, with the CSS Custom Highlight API (what Lacuna does) and, for comparison, by
 * wrapping the text in elements of our own; on a plain page and on one with hostile CSS.
 * Prints the time to anchor and draw (until the next frame) and the layout shift caused.
 * A benchmark, not a test: it prints figures and asserts nothing.
 */
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM } from '../browsers/chromium';
import { FIREFOX } from '../browsers/firefox';
import { articlePage, type PageVariant } from '../demo/pages';
import { SEEDS } from '../demo/seeds';
import type { Mode, RunResult } from './in-page';

const root = resolve(import.meta.dirname, '../..');
const CLAIMS = 50;
const RUNS = 5;

async function bundle(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'lacuna-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    plugins: [preact()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir: out, emptyOutDir: true, target: 'es2022', lib: { entry: resolve(import.meta.dirname, 'in-page.ts'), formats: ['iife'], name: 'lacuna_bench', fileName: () => 'bench.js' } },
  });
  const code = readFileSync(join(out, 'bench.js'), 'utf8');
  rmSync(out, { recursive: true, force: true });
  return code;
}

/** A long article: the five seed reports one after another under one headline (about 100 paragraphs). */
function longArticle(variant: PageVariant): string {
  const pages = SEEDS.map((seed) => articlePage(seed, variant));
  const bodies = pages.map((page) => /<h1>[\s\S]*?<\/h1>[\s\S]*?(<p>[\s\S]*)<\/article>/.exec(page)?.[1] ?? '');
  return pages[0]!.replace(/(<div class="share">[\s\S]*?<\/div>)[\s\S]*?<\/article>/, `$1\n${bodies.join('\n')}\n</article>`);
}

interface Driver {
  name: string;
  run(html: string, mode: Mode): Promise<RunResult>;
  close(): Promise<void>;
}

async function chromiumDriver(code: string): Promise<Driver> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  return {
    name: 'Chromium',
    async run(html, mode) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.setContent(html);
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(([m, n]) => (window as unknown as { lacunaBench: { run(mode: Mode, n: number): Promise<RunResult> } }).lacunaBench.run(m, n), [mode, CLAIMS] as const);
      await page.close();
      return result;
    },
    close: () => browser.close(),
  };
}

async function firefoxDriver(code: string): Promise<Driver> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  return {
    name: 'Firefox',
    async run(html, mode) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.setContent(html);
      await page.addScriptTag({ content: code });
      const result = await page.evaluate((m, n) => (window as unknown as { lacunaBench: { run(mode: Mode, n: number): Promise<RunResult> } }).lacunaBench.run(m, n), mode, CLAIMS);
      await page.close();
      return result;
    },
    close: () => browser.close(),
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const code = await bundle();
  const rows: string[] = [];
  for (const make of [chromiumDriver, firefoxDriver]) {
    const driver = await make(code);
    try {
      for (const variant of ['plain', 'hostile-css'] as const) {
        const html = longArticle(variant);
        for (const mode of ['highlight-api', 'wrap-elements', 'claims-not-on-page'] as const) {
          const runs: RunResult[] = [];
          for (let i = 0; i < RUNS; i++) runs.push(await driver.run(html, mode));
          const last = runs.at(-1)!;
          rows.push(
            [driver.name, variant, mode, `${last.anchored}/${last.claims}`, median(runs.map((r) => r.anchorMs)).toFixed(1), median(runs.map((r) => r.workMs)).toFixed(1), median(runs.map((r) => r.frameMs)).toFixed(1), String(last.moved), last.maxShift.toFixed(1), String(last.pageMutations)].join('\t'),
          );
        }
      }
    } finally {
      await driver.close();
    }
  }
  console.log(`Anchoring and drawing ${CLAIMS} claims on a long article (median of ${RUNS} runs)\n`);
  console.log(['browser', 'page', 'drawing', 'anchored', 'anchor ms', 'anchor+draw ms', 'to next frame ms', 'elements moved', 'max shift px', 'page mutations'].join('\t'));
  console.log(rows.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
