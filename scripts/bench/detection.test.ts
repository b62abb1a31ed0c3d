import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractHtml } from '../../src/extract/node';
import { REASONS } from '../../src/extract/detect';
import { DETECTION_DIR, detectorFigures } from './detection';

describe('article detection on test/fixtures/detection', () => {
  it('tells articles from home pages, section fronts, search results, video pages, forms and logins', () => {
    const d = detectorFigures();
    console.log(`article detection: precision ${d.precision.toFixed(3)}, recall ${d.recall.toFixed(3)} (${d.articles} articles, ${d.nonArticles} other pages)${d.mistakes.map((m) => `\n  wrong: ${m}`).join('')}`);
    expect(d.articles).toBeGreaterThanOrEqual(12);
    expect(d.nonArticles).toBeGreaterThanOrEqual(15);
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

describe('article detection on short items with no declared type', () => {
  const read = (kind: 'article' | 'other', name: string) => {
    const html = readFileSync(resolve(DETECTION_DIR, kind, name), 'utf8');
    expect(html).not.toContain('ld+json');
    expect(html).not.toContain('og:type');
    return extractHtml(html, /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!);
  };

  it.each([
    'short-news-item.html',
    'short-post-with-comment-form.html',
    'short-post-with-newsletter-form.html',
    'brief-with-video.html',
  ])('takes article/%s for an article', (name) => {
    const ex = read('article', name);
    expect(ex.reason).toBe('');
    expect(ex.isArticle).toBe(true);
  });

  it('leaves a sign-up form\'s labels out of the text', () => {
    const ex = read('article', 'short-post-with-newsletter-form.html');
    expect(ex.article.text).toContain('adult learning fund');
    expect(ex.article.text).not.toMatch(/First name|Last name/);
  });

  it('still takes a registration form with two paragraphs of introduction for a form', () => {
    expect(read('other', 'event-registration-form.html').reason).toBe(REASONS.form);
  });

  it('still turns away a video with one line of description and a list of more videos', () => {
    expect(read('other', 'video-with-teaser.html').reason).toBe(REASONS.littleText);
  });

  it('does not take a search box whose value is its prompt for a page of results', () => {
    const html = readFileSync(resolve(DETECTION_DIR, 'article', 'short-news-item.html'), 'utf8')
      .replace('placeholder="Search"', 'value="Search"');
    expect(html).toContain('value="Search"');
    const ex = extractHtml(html, 'https://www.harbour-gazette.example/news/2024/06/ferry-timetable-changes');
    expect(ex.isArticle).toBe(true);
    const typed = html.replace('value="Search"', 'value="ferry times"');
    expect(extractHtml(typed, 'https://www.harbour-gazette.example/news/2024/06/ferry-timetable-changes').reason).toBe(REASONS.search);
  });
});
