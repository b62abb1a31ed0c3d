/**
 * The extraction checks, run by extract.test.ts (linkedom) and extract.happy-dom.test.ts
 * (happy-dom), so extraction is shown not to depend on one DOM implementation.
 * Pages: test/fixtures/pages (hand-made, see its README).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { REASONS } from './detect';
import { resolvePath } from './paths';
import { BLOCK_SEPARATOR, collapseWhitespace } from './text';

export type ParsePage = (html: string, url: string | null) => Document;

export function page(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../test/fixtures/pages/${name}`, import.meta.url)), 'utf8');
}

const ARTICLE_URL = 'https://www.coastal-ledger.example/news/2024/03/harbour-bridge-reopens?utm_source=feed';

const BODY = [
  'The harbour bridge reopened to traffic on Thursday after a two-year repair',
  'Engineers replaced all 212 steel cables',
  '“We would rather open late than open a bridge we are not sure of,”',
  'Detours and delays',
  'While the bridge was closed, drivers had to take a 14-kilometre detour',
  'Local businesses on the northern bank said their sales fell',
  '“For two years our customers simply could not reach us,”',
  'The bridge will carry a reduced speed limit of 40 km/h',
];

const CHROME = [
  'Skip to content', 'Business', 'Sport', 'Share on X', 'Share on Facebook', 'Copy link',
  'Photo: Jonas Berg', 'Get the morning briefing', 'Sign up to our free newsletter', 'Related stories',
  'Harbour bridge repair delayed until spring', 'Port detour traffic doubles', 'All rights reserved',
  'Privacy policy', 'City council', 'Home › News',
];

export function extractionSuite(dom: string, parse: ParsePage): void {
  describe(`extractArticle on ${dom}`, () => {
    it('keeps every body paragraph in order, as blocks separated by blank lines, and no site chrome', () => {
      const ex = extractArticle(parse(page('article.html'), ARTICLE_URL), ARTICLE_URL);
      expect(ex.isArticle).toBe(true);
      expect(ex.reason).toBe('');
      const text = ex.article.text;
      let last = -1;
      for (const start of BODY) {
        const at = text.indexOf(start);
        expect(at, start).toBeGreaterThan(last);
        last = at;
      }
      for (const junk of CHROME) expect(text, junk).not.toContain(junk);
      const paragraphs = text.split(BLOCK_SEPARATOR);
      expect(paragraphs).toHaveLength(BODY.length);
      paragraphs.forEach((p, i) => {
        expect(p.startsWith(BODY[i]!)).toBe(true);
        expect(p).toBe(collapseWhitespace(p));
      });
    });

    it('reads the metadata', () => {
      const ex = extractArticle(parse(page('article.html'), ARTICLE_URL), ARTICLE_URL);
      expect(ex.article).toMatchObject({
        title: 'Harbour bridge reopens after two-year repair',
        byline: 'Maria Lindqvist',
        source: 'The Coastal Ledger',
        published: '2024-03-14T08:30:00.000Z',
        url: 'https://www.coastal-ledger.example/news/2024/03/harbour-bridge-reopens',
        lang: 'en-GB',
        truncated: false,
      });
    });

    it('maps each block to its exact text span and to its element in the original page', () => {
      const doc = parse(page('article.html'), ARTICLE_URL);
      const ex = extractArticle(doc, ARTICLE_URL);
      expect(ex.blocks).toHaveLength(BODY.length);
      const rebuilt = ex.blocks.map((b) => ex.article.text.slice(b.start, b.end)).join(BLOCK_SEPARATOR);
      expect(rebuilt).toBe(ex.article.text);
      expect(ex.blocks[0]!.start).toBe(0);
      expect(ex.blocks[ex.blocks.length - 1]!.end).toBe(ex.article.text.length);
      for (const b of ex.blocks) {
        const el = resolvePath(doc, b.path);
        expect(el, JSON.stringify(b.path)).not.toBeNull();
        expect(collapseWhitespace(el!.textContent ?? '')).toBe(ex.article.text.slice(b.start, b.end));
      }
      expect(resolvePath(doc, ex.blocks[3]!.path)!.tagName).toBe('H2');
      expect(resolvePath(doc, ex.blocks[6]!.path)!.closest('blockquote')).not.toBeNull();
    });

    it('leaves the original document unchanged', () => {
      const doc = parse(page('article.html'), ARTICLE_URL);
      const before = doc.documentElement.outerHTML;
      extractArticle(doc, ARTICLE_URL);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(doc.querySelector('[data-lacuna-path]')).toBeNull();
    });

    it('marks a paywalled article as truncated and leaves the subscribe box out', () => {
      const ex = extractArticle(parse(page('paywalled.html'), null), null);
      expect(ex.isArticle).toBe(true);
      expect(ex.article.truncated).toBe(true);
      expect(ex.article.text.split(BLOCK_SEPARATOR)).toHaveLength(3);
      expect(ex.article.text).not.toMatch(/subscri/i);
      expect(ex.article).toMatchObject({ byline: 'Tom Okafor', source: 'The Valley Courier', published: '2024-05-02' });
    });

    it('sees the paywall box without the JSON-LD flag too', () => {
      const html = page('paywalled.html').replace(/"isAccessibleForFree": "False",?/g, '');
      expect(extractArticle(parse(html, null), null).article.truncated).toBe(true);
    });

    it.each([
      ['home.html', 'https://www.coastal-ledger.example/', REASONS.littleText],
      ['search.html', 'https://www.coastal-ledger.example/search?q=bridge', REASONS.search],
      ['search.html', null, REASONS.search],
      ['form.html', null, REASONS.form],
    ])('does not take %s (url %s) for an article', (name, url, reason) => {
      const ex = extractArticle(parse(page(name), url), url);
      expect(ex.isArticle).toBe(false);
      expect(ex.reason).toBe(reason);
      expect(ex.article.text).toBe('');
      expect(ex.blocks).toEqual([]);
    });

    it('extracts a non-article page when forced', () => {
      const ex = extractArticle(parse(page('home.html'), null), null, { force: true });
      expect(ex.isArticle).toBe(true);
      expect(ex.article.text).toContain('Council approves budget for new tram line');
    });

    it('gives a reason, not an empty article, for a page without text', () => {
      const doc = parse('<!doctype html><html><head><title>Empty</title></head><body><div></div></body></html>', null);
      const ex = extractArticle(doc, null);
      expect(ex.isArticle).toBe(false);
      expect(ex.reason).not.toBe('');
      const forced = extractArticle(doc, null, { force: true });
      expect(forced.isArticle).toBe(false);
      expect(forced.reason).toBe(REASONS.noText);
    });
  });
}
