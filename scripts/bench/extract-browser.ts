/**
 * npm run bench:extract-browser
 *
 * Main-thread time of extraction in a real browser (Debian's Chromium, headless): the same
 * extraction code, bundled as the content script bundles it, run on the live document of a
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
      lib: { entry: resolve(root, 'src/extract/index.ts'), formats: ['iife'], name: 'lacunaExtract', fileName: () => 'extract.js' },
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
      const result = await page.evaluate(
        ({ url, runs }) => {
          const api = (globalThis as unknown as { lacunaExtract: { extractArticle: (d: Document, u: string) => { article: { text: string } } } }).lacunaExtract;
          const times: number[] = [];
          let chars = 0;
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            chars = api.extractArticle(document, url).article.text.length;
            times.push(performance.now() - t0);
          }
          return { times, chars, elements: document.getElementsByTagName('*').length };
        },
        { url: p.url, runs: RUNS },
      );
      const sorted = [...result.times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.log(
        `${p.label}: ${result.elements} elements, ${result.chars} characters extracted; ` +
          `main-thread time median ${median.toFixed(1)} ms, first run ${result.times[0]!.toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms (${RUNS} runs)`,
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
