import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dateNearHeadline, parseVisibleDate, readMetadata } from './metadata';
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

describe('dates printed on the page', () => {
  it.each([
    ['Fri 6:45 PM, Feb 16, 2018', '2018-02-16T18:45:00'],
    ['November 18, 2019', '2019-11-18'],
    ['Published 11:11 PM EST Nov 19, 2019', '2019-11-20T04:11:00.000Z'],
    ['Associated Press November 19, 2019, 9:02 AM', '2019-11-19T09:02:00'],
    ['on Monday, November 18th, 2019 at 11:08 a.m.', '2019-11-18T11:08:00'],
    ['Von Moritz Bachmann publiziert am 25. September 2018', '2018-09-25'],
    ['Mis à jour le 3 mars 2021 à 14:05', '2021-03-03T14:05:00'],
    ['Sept. 31 marked 12:00', null],
    ['Meeting in May 2019', null],
    ['Updated 12 hours ago', null],
  ])('%s → %s', (text, expected) => {
    expect(parseVisibleDate(text)?.iso ?? null).toBe(expected);
  });

  const body = (html: string): Document => page('', html);

  it('reads the date after the headline before one above it, and one after "Published" first', () => {
    const quoted = body('<p class="quote">"Drugs worth millions" — said on Sunday, October 13th, 2019</p><h1>What drugs cross the border?</h1><p>By Ana Li on Monday, November 18th, 2019</p>');
    expect(dateNearHeadline(quoted)).toBe('2019-11-18');
    const stamped = body('<h1>Title</h1><p>Updated Nov 21, 2019</p><p>Published Nov 19, 2019</p>');
    expect(dateNearHeadline(stamped)).toBe('2019-11-19');
    expect(dateNearHeadline(body('<p>November 18, 2019</p><h1>Title</h1><p>No date here.</p>'))).toBe('2019-11-18');
  });

  it('does not read captions, hidden text or dates far from the headline', () => {
    expect(dateNearHeadline(body('<h1>Title</h1><figure><figcaption>Crowds on March 3, 2021</figcaption></figure><p>Text.</p>'))).toBeNull();
    expect(dateNearHeadline(body('<h1>Title</h1><p hidden>March 3, 2021</p>'))).toBeNull();
    expect(dateNearHeadline(body(`<h1>Title</h1><p>${'Words of the story. '.repeat(40)}</p><p>March 3, 2021</p>`))).toBeNull();
    expect(dateNearHeadline(body('<p>March 3, 2021</p>'))).toBeNull();
  });

  it('is used only when the markup gives no date', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to be running text in an article about the tram line and its cost.</p>`).join('');
    const printed = extractHtml(`<html><body><article><h1>Trams</h1><p>Nov 19, 2019</p>${paragraphs}</article></body></html>`, null, { force: true });
    expect(printed.article.published).toBe('2019-11-19');
    const tagged = extractHtml(`<html><head><meta property="article:published_time" content="2019-11-18"></head><body><article><h1>Trams</h1><p>Nov 19, 2019</p>${paragraphs}</article></body></html>`, null, { force: true });
    expect(tagged.article.published).toBe('2019-11-18');
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
    // Pages with no date in their markup: the date printed near the headline, read by hand.
    ['65ce3a45', 'https://www.detroitnews.com/story/sports/college/2019/11/19/eastern-michigan-northern-illinois/40646133/',
      { published: '2019-11-20T04:11:00.000Z' }], // "Published 11:11 PM EST Nov 19, 2019"
    ['57b4dafd', 'https://blog.comwrap.com/die-elektronische-patientenakte-der-lange-marsch-ins-digitale-gesundheitswesen',
      { published: '2018-09-25' }], // "publiziert am 25. September 2018"
    ['9e8c9f08', 'https://www.politifact.com/west-virginia/statements/2019/nov/18/david-mckinley/',
      { published: '2019-11-18T11:08:00' }], // "on Monday, November 18th, 2019 at 11:08 a.m.", not the quote's "October 13th, 2019" above the headline
    ['5ae11e58', 'https://www.ascom.com/news-and-events/Ascom-business-news/Ascom-announces-a-strategic-distribution-partnership-with-GE-Healthcare-in-Europe-for-intensive-care-units.html',
      { published: '2017-10-12' }], // "October 12, 2017" under the headline
  ])('%s', (id, url, expected) => {
    const html = devPage(id);
    expect(html, `${id} is missing from ${DEV}`).not.toBeNull();
    expect(extractHtml(html!, url).article).toMatchObject(expected);
  });
});
