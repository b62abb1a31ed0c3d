import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';
import { extractHtml, parseHtml } from './node';

const page = (head: string, body = '', htmlAttrs = ''): Document =>
  parseHtml(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`, 'https://news.example/a/1');
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('readMetadata', () => {
  it('reads the outlet from og:site_name first, then the JSON-LD publisher', () => {
    const publisher = ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'The Valley Courier' } });
    expect(readMetadata(page(`<meta property="og:site_name" content="Courier Online">${publisher}`), null).source).toBe('Courier Online');
    expect(readMetadata(page(publisher), null).source).toBe('The Valley Courier');
  });

  it('reads authors and the date from an @graph, and the date from another JSON-LD object when the article has none', () => {
    const graph = ld({ '@graph': [
      { '@type': 'WebPage', datePublished: '2018-04-18T14:39:09+02:00' },
      { '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Ana Li' }, { '@type': 'Person', name: 'Tom Okafor' }] },
    ] });
    expect(readMetadata(page(graph), null)).toMatchObject({ byline: 'Ana Li, Tom Okafor', published: '2018-04-18T12:39:09.000Z', declaredArticle: true });
  });

  it('reads JSON-LD with a trailing comma, as real pages write it', () => {
    const raw = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-18T16:06:51-05:00", "keywords": ["a", "b", ], }</script>';
    expect(readMetadata(page(raw), null).published).toBe('2019-11-18T21:06:51.000Z');
  });

  it('falls back to meta tags, then itemprop, then <time datetime> for the date', () => {
    expect(readMetadata(page('<meta property="article:published_time" content="2024-03-14">'), null).published).toBe('2024-03-14');
    expect(readMetadata(page('', '<span itemprop="datePublished" content="2024-03-15T08:00:00Z">15 March</span>'), null).published).toBe('2024-03-15T08:00:00.000Z');
    expect(readMetadata(page('', '<article><time datetime="2024-03-16">16 March</time></article>'), null).published).toBe('2024-03-16');
    expect(readMetadata(page('', '<p>No date</p>'), null).published).toBeNull();
  });

  it('reads the language from <html lang>, else Content-Language, og:locale or inLanguage', () => {
    expect(readMetadata(page('<meta property="og:locale" content="fr_FR">', '', 'lang="de"'), null).lang).toBe('de');
    expect(readMetadata(page('<meta http-equiv="content-language" content="en">'), null).lang).toBe('en');
    expect(readMetadata(page('<meta property="og:locale" content="en_GB">'), null).lang).toBe('en-GB');
    expect(readMetadata(page(ld({ '@type': 'NewsArticle', inLanguage: 'pt-BR' })), null).lang).toBe('pt-BR');
    expect(readMetadata(page(''), null).lang).toBeNull();
  });

  it('makes the canonical URL absolute and falls back to og:url, then the page address', () => {
    expect(readMetadata(page('<link rel="canonical" href="/a/1-clean">'), 'https://news.example/a/1?x=1').canonical).toBe('https://news.example/a/1-clean');
    expect(readMetadata(page('<meta property="og:url" content="https://news.example/og">'), null).canonical).toBe('https://news.example/og');
    expect(readMetadata(page(''), 'https://news.example/a/1?x=1').canonical).toBe('https://news.example/a/1?x=1');
  });
});

describe('byline from the page text', () => {
  it.each([
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['Jeff Foust — November 18, 2019', 'Jeff Foust'],
    ['Carrie ArnoldNovember 15, 2019', 'Carrie Arnold'],
    ['By FEDERICA LUSIARDI - 2019-04-10', 'FEDERICA LUSIARDI'],
  ])('drops a date run into it: %s', (byline, expected) => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to be running text in an article about the tram line and its cost.</p>`).join('');
    const ex = extractHtml(`<html><body><article><p class="byline">${byline}</p>${paragraphs}</article></body></html>`, null, { force: true });
    expect(ex.article.byline).toBe(expected);
  });
});

// Saved pages of the published benchmark, next to the project in ../shared (not part of it).
const DEV = fileURLToPath(new URL('../../../shared/data/extraction-dev/html/', import.meta.url));
const devPage = (prefix: string): string | null => {
  if (!existsSync(DEV)) return null;
  const name = readdirSync(DEV).find((f) => f.startsWith(prefix));
  return name ? gunzipSync(readFileSync(DEV + name)).toString('utf8') : null;
};

describe.skipIf(!existsSync(DEV))('metadata of saved benchmark pages (../shared/data/extraction-dev)', () => {
  it.each([
    // Values read by hand from each page's JSON-LD and meta tags.
    ['ea25dd7edff4', 'https://www.smithsonianmag.com/smart-news/three-cases-plague-diagnosed-china-180973578/',
      { title: 'Three Cases of Plague Diagnosed in China', byline: 'Brigit Katz', source: 'Smithsonian', published: '2019-11-18T21:06:51.000Z', lang: 'en' }],
    ['94fbcc267720', 'https://www.inexhibit.com/marker/milan-design-week-2018-michael-anastassiades-light-installation-flos/',
      { source: 'Inexhibit', published: '2018-04-18T12:39:09.000Z' }],
  ])('%s', (id, url, expected) => {
    const html = devPage(id);
    expect(html, `${id} is missing from ${DEV}`).not.toBeNull();
    expect(extractHtml(html!, url).article).toMatchObject(expected);
  });
});
