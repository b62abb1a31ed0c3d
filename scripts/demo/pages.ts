/**
 * Demo pages: each seed article as a plain but realistic news page (site header and
 * navigation, headline, byline, body, a "most read" box, footer), and a front page that
 * lists them, which is not an article.
 */
import type { CorpusDocument } from '../../src/engine/types';
import { infiniteScrollScript, lateBodyScript, singlePageScript, type StoryData } from './page-scripts';
import { SEEDS, seedDocument, type Seed } from './seeds';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The body's paragraphs: blank-line separated where the text has blank lines, else one a line. */
export function paragraphs(text: string): string[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A headline for a text that gives none: its first sentence, shortened at a word boundary. */
export function headlineOf(doc: CorpusDocument): string {
  if (doc.title) return doc.title;
  const first = paragraphs(doc.text)[0] ?? doc.id;
  const sentence = first.split(/(?<=[.!?])\s/)[0] ?? first;
  if (sentence.length <= 110) return sentence.replace(/\.$/, '');
  return sentence.slice(0, 110).replace(/\s+\S*$/, '') + '…';
}

function bodyParagraphs(doc: CorpusDocument): string[] {
  const all = paragraphs(doc.text);
  return doc.title && all[0] === doc.title ? all.slice(1) : all;
}

function storyData(seed: Seed): StoryData {
  const doc = seedDocument(seed);
  return { slug: seed.slug, headline: headlineOf(doc), source: seed.source, paragraphs: bodyParagraphs(doc) };
}

/** What a variant adds after the article: its script, and for infinite scroll the room for more stories. */
function afterArticle(seed: Seed, variant: PageVariant, body: string[]): string {
  if (variant === 'late-body') return lateBodyScript(body);
  if (variant === 'infinite-scroll') return `<div id="more-stories"></div>${infiniteScrollScript(SEEDS.filter((s) => s !== seed).map(storyData))}`;
  if (variant === 'single-page-app') return singlePageScript(SEEDS.map(storyData));
  return '';
}

const STYLE = `
  body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #1b1b1b; background: #fff; }
  .masthead { border-bottom: 3px solid #1b1b1b; padding: 14px 24px; display: flex; align-items: baseline; gap: 24px; font-family: system-ui, sans-serif; }
  .masthead a.brand { font-weight: 800; font-size: 26px; color: #1b1b1b; text-decoration: none; letter-spacing: -0.5px; }
  .masthead nav a { margin-right: 16px; color: #444; text-decoration: none; font-size: 15px; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 48px; max-width: 1000px; margin: 32px auto; padding: 0 24px; }
  h1 { font-size: 36px; line-height: 1.2; margin: 0 0 12px; }
  .byline { font-family: system-ui, sans-serif; font-size: 14px; color: #555; margin-bottom: 24px; }
  aside { font-family: system-ui, sans-serif; font-size: 15px; border-top: 2px solid #1b1b1b; padding-top: 8px; }
  aside h2 { font-size: 16px; text-transform: uppercase; letter-spacing: 1px; }
  aside li { margin-bottom: 10px; }
  footer { border-top: 1px solid #ccc; padding: 16px 24px; font: 13px system-ui, sans-serif; color: #666; }
  .share button { font: 13px system-ui, sans-serif; margin-right: 6px; }
  @media (max-width: 800px) { .layout { grid-template-columns: 1fr; } }
  :root { color-scheme: light dark; }
  @media (prefers-color-scheme: dark) {
    body { color: #e2e2e4; background: #16171a; }
    .masthead { border-color: #e2e2e4; }
    .masthead a.brand { color: #e2e2e4; }
    .masthead nav a, .byline { color: #a9abb0; }
    aside { border-color: #e2e2e4; }
    a { color: #8fb8e8; }
    footer { color: #9a9ca1; border-color: #33353a; }
  }
`;

/**
 * CSS a careless or hostile site might ship: global resets with !important on everything,
 * every inline element turned into a padded, outlined block, tiny root font size, and a
 * transform on body (which re-roots position: fixed for everything inside body).
 */
const HOSTILE_STYLE = `
  * { margin: 0 !important; padding: 0 !important; border: 0 !important; font-family: "Comic Sans MS", cursive !important;
      font-size: 15px !important; line-height: 1.1 !important; color: #b00 !important; background: #ffd !important;
      text-transform: uppercase !important; letter-spacing: 2px !important; box-sizing: content-box !important;
      text-decoration: line-through !important; opacity: 1 !important; visibility: visible !important; }
  html { font-size: 5px !important; }
  body { transform: translateX(10px) rotate(0.5deg) !important; margin: 20px !important; }
  span, em, strong, a, b, i, mark, div, section, aside, button, [role], [tabindex], [style], [class], [hidden] {
      display: block !important; padding: 9px !important; outline: 3px dashed magenta !important;
      position: relative !important; z-index: 1 !important; width: auto !important; height: auto !important; }
  body * { max-width: 640px !important; }
  ::selection { background: #0f0 !important; }
`;

/** Variants of a demo article page that test how Lacuna copes with the pages it meets. */
export type PageVariant = 'plain' | 'hostile-css' | 'late-body' | 'infinite-scroll' | 'single-page-app';

export const VARIANT_SUFFIX: Record<Exclude<PageVariant, 'plain'>, string> = {
  'hostile-css': '-hostile',
  'late-body': '-late',
  'infinite-scroll': '-scroll',
  'single-page-app': '-spa',
};

function chrome(siteName: string, title: string, head: string, main: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
${head}
<style>${STYLE}</style>
</head>
<body>
<header class="masthead"><a class="brand" href="/">${escape(siteName)}</a>
<nav><a href="/">World</a><a href="/">Politics</a><a href="/">Business</a><a href="/">Opinion</a></nav></header>
${main}
<footer>© ${escape(siteName)}. Demo page served by Lacuna on this computer from a saved copy of the article.</footer>
</body>
</html>
`;
}

/** A "most read" entry; in the single-page app it is a link the app handles itself. */
function mostReadLink(other: Seed, variant: PageVariant): string {
  const headline = escape(headlineOf(seedDocument(other)));
  if (variant === 'single-page-app') return `<li><a href="/${other.slug}${VARIANT_SUFFIX[variant]}.html" data-spa="${other.slug}">${headline}</a></li>`;
  return `<li><a href="/${other.slug}.html">${headline}</a></li>`;
}

export function articlePage(seed: Seed, variant: PageVariant = 'plain'): string {
  const doc = seedDocument(seed);
  const body = bodyParagraphs(doc);
  const late = variant === 'late-body';
  const headline = headlineOf(doc);
  const others = SEEDS.filter((other) => other !== seed);
  const head = [
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${escape(seed.source)}">`,
    `<meta property="og:title" content="${escape(headline)}">`,
    ...(variant === 'hostile-css' ? [`<style>${HOSTILE_STYLE}</style>`] : []),
  ].join('\n');
  const main = `<div class="layout">
<main>
<article>
<h1>${escape(headline)}</h1>
<div class="byline">By ${escape(seed.source)} staff</div>
<div class="share"><button type="button">Share</button><button type="button">Save</button></div>
<script>
  // The page's own script, as real article pages have: Lacuna's marks must leave it working.
  document.querySelector('.share button:last-child').addEventListener('click', (event) => {
    event.currentTarget.textContent = event.currentTarget.textContent === 'Save' ? 'Saved' : 'Save';
  });
</script>
${late ? '<p id="loading">Loading the story…</p>' : body.map((text) => `<p>${escape(text)}</p>`).join('\n')}
</article>${afterArticle(seed, variant, body)}
</main>
<aside><h2>Most read</h2><ol>
${others.map((other) => mostReadLink(other, variant)).join('\n')}
</ol></aside>
</div>`;
  return chrome(seed.source, `${headline} | ${seed.source}`, head, main);
}

/** A news front page: many headlines, little running text. Not an article. */
export function frontPage(): string {
  const items = SEEDS.map((seed) => {
    const doc = seedDocument(seed);
    return `<li><a href="/${seed.slug}.html">${escape(headlineOf(doc))}</a> <small>${escape(seed.source)}</small></li>`;
  }).join('\n');
  const main = `<div class="layout"><main><h1>Today's stories</h1><ul>${items}</ul></main>
<aside><h2>Sections</h2><ul><li><a href="/">World</a></li><li><a href="/">Business</a></li></ul></aside></div>`;
  return chrome('Lacuna demo news', 'Lacuna demo news: front page', '<meta property="og:type" content="website">', main);
}
