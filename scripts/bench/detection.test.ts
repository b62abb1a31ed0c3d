import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractHtml } from '../../src/extract/node';
import { DETECTION_DIR, detectorFigures } from './detection';

describe('article detection on test/fixtures/detection', () => {
  it('tells articles from home pages, section fronts, search results, video pages, forms and logins', () => {
    const d = detectorFigures();
    console.log(`article detection: precision ${d.precision.toFixed(3)}, recall ${d.recall.toFixed(3)} (${d.articles} articles, ${d.nonArticles} other pages)${d.mistakes.map((m) => `\n  wrong: ${m}`).join('')}`);
    expect(d.articles).toBeGreaterThanOrEqual(8);
    expect(d.nonArticles).toBeGreaterThanOrEqual(10);
    expect(d.precision).toBeGreaterThanOrEqual(0.9);
    expect(d.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('article detection on short posts', () => {
  it('takes five plain paragraphs of under 140 characters, with no metadata, for an article', () => {
    const html = readFileSync(resolve(DETECTION_DIR, 'article/blog-no-metadata.html'), 'utf8');
    expect(html).not.toContain('og:type');
    expect(html).not.toContain('ld+json');
    const ex = extractHtml(html, 'https://mossgarden.example/2023/10/saving-tomato-seeds');
    expect(ex.reason).toBe('');
    expect(ex.isArticle).toBe(true);
  });
});
