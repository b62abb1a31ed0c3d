/**
 * npm run bench:extract-browser
 *
 * Main-thread time of extraction in a real browser (Debian's Chromium, headless): the same
 * extraction code, bundled as the content script bundles it, run in one task and in stages
 * in idle callbacks (as the content script runs it), on the live document of a
 * typical, the largest and the longest-text page of the benchmark's dev split (or the hand-made test article
 * when ../shared is absent). Network requests are blocked; nothing is loaded but the page.
 * A figure for this machine, not a test.
 */
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from '../browsers/chromium';
import { loadSplit, splitDir } from './dataset';

const root = resolve(import.meta.dirname, '../..');
const RUNS = 7;

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: resolve(root, 'scripts/bench/extract-entry.ts'), formats: ['iife'], name: 'lacunaExtract', fileName: () => 'extract.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const chunk = outputs[0]!.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bundling src/extract gave no code');
  return chunk.code;
}

function pagesToTime(): Array<{ label: string; html: string; url: string }> {
  const dev = loadSplit(splitDir('dev'));
  if (!dev) {
    console.log('(../shared is absent: timing the hand-made test article only)');
    const html = readFileSync(resolve(root, 'test/fixtures/pages/article.html'), 'utf8');
    return [{ label: 'test/fixtures/pages/article.html', html, url: 'https://www.coastal-ledger.example/news/2024/03/harbour-bridge-reopens' }];
  }
  const bySize = [...dev].sort((a, b) => a.html.length - b.html.length);
  const typical = bySize[Math.floor(bySize.length / 2)]!;
  const longest = [...dev].sort((a, b) => b.gold.length - a.gold.length)[0]!;
  const largest = bySize[bySize.length - 1]!;
  return [
    { label: `largest HTML ${largest.id.slice(0, 12)}`, html: largest.html, url: largest.url },
    { label: `typical (median HTML size) ${typical.id.slice(0, 12)}`, html: typical.html, url: typical.url },
    { label: `longest article text ${longest.id.slice(0, 12)}`, html: longest.html, url: longest.url },
  ];
}

async function main(): Promise<void> {
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.route('**/*', (route) => route.abort());
    for (const p of pagesToTime()) {
      // Scripts of the saved page stay off (as when it was saved); ours is added after.
      await page.setContent(p.html.replace(/<script\b[\s\S]*?<\/script>/gi, ''), { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: code });
      // tsx keeps function names with a helper that the evaluated function refers to.
      await page.addScriptTag({ content: 'window.__name = (f) => f;' });
      const result = await page.evaluate(
        async ({ url, runs }) => {
          type Api = {
            extractArticle: (d: Document, u: string) => { article: { text: string } };
            extractArticleInStages: (d: Document, u: string, pause: () => Promise<void>) => Promise<{ article: { text: string } }>;
            idlePause: (w: Window, d: Document) => () => Promise<void>;
          };
          const api = (globalThis as unknown as { lacunaExtract: Api }).lacunaExtract;
          const whole: number[] = [];
          let chars = 0;
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            chars = api.extractArticle(document, url).article.text.length;
            whole.push(performance.now() - t0);
          }
          // In stages, as the content script runs it (its idle pause). A task is the
          // main-thread work from an idle callback's start to the next request for one.
          const staged: Array<{ total: number; largest: number; slices: number[]; wall: number; chars: number }> = [];
          const longTasks: number[] = [];
          const observer = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
            ? new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); })
            : null;
          observer?.observe({ type: 'longtask' });
          const requestIdle = window.requestIdleCallback.bind(window);
          for (let i = 0; i < runs; i++) {
            const slices: number[] = [];
            const start = performance.now();
            let t = start;
            window.requestIdleCallback = (run, options) => {
              slices.push(performance.now() - t);
              return requestIdle((deadline) => {
                t = performance.now();
                run(deadline);
              }, options);
            };
            const ex = await api.extractArticleInStages(document, url, api.idlePause(window, document));
            slices.push(performance.now() - t);
            staged.push({ total: slices.reduce((a, b) => a + b, 0), largest: Math.max(...slices), slices, wall: performance.now() - start, chars: ex.article.text.length });
          }
          window.requestIdleCallback = requestIdle;
          await new Promise((r) => setTimeout(r, 50));
          observer?.disconnect();
          return { whole, staged, longTasks, chars, elements: document.getElementsByTagName('*').length };
        },
        { url: p.url, runs: RUNS },
      );
      const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const f1 = (x: number): string => x.toFixed(1);
      console.log(`${p.label}: ${result.elements} elements, ${result.chars} characters extracted (${RUNS} runs, medians)`);
      console.log(`  in one task:   ${f1(med(result.whole))} ms (first run ${f1(result.whole[0]!)} ms, max ${f1(Math.max(...result.whole))} ms)`);
      const byLargest = [...result.staged].sort((a, b) => a.largest - b.largest);
      const typicalRun = byLargest[Math.floor(byLargest.length / 2)]!;
      console.log(
        `  in idle-time stages: main-thread work ${f1(med(result.staged.map((r) => r.total)))} ms, largest single task ${f1(med(result.staged.map((r) => r.largest)))} ms` +
          ` (worst run ${f1(byLargest[byLargest.length - 1]!.largest)} ms), done after ${f1(med(result.staged.map((r) => r.wall)))} ms;` +
          ` tasks ${typicalRun.slices.map(f1).join(' / ')} ms; long tasks (> 50 ms) seen: ${result.longTasks.length}`,
      );
      if (result.staged.some((r) => r.chars !== result.chars)) console.log('  the text extracted in stages differs from the text extracted in one task');
    }
  } finally {
    await browser.close();
  }
}

await main();
