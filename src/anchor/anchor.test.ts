import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { articlePage } from '../../scripts/demo/pages';
import { SEEDS } from '../../scripts/demo/seeds';
import { extractArticle } from '../extract/extract';
import { anchorQuote, anchorQuotes, quoteAt } from './anchor';
import { buildTextIndex, normalizeText } from './text-index';

// happy-dom rather than linkedom: linkedom's compareDocumentPosition is wrong, and Ranges need it.
// Each page is its window's own document (a Range of happy-dom belongs to its window's document).
const windows: Window[] = [];
afterAll(() => Promise.all(windows.map((w) => w.happyDOM.close())));

function parse(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}
const fixture = (path: string): string => readFileSync(resolve(import.meta.dirname, '../../test/fixtures', path), 'utf8');

/** The words of a range, ignoring where spaces fall (a <br> puts none in toString()). */
const words = (text: string): string => normalizeText(text).replace(/ /g, '');

function sentences(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[^.!?\n]+[.!?]+["”’]?/g)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    return { start: m.index + lead, end: m.index + m[0].length };
  });
}

describe('anchoring every sentence of the extracted text back into the page', () => {
  const pages: Array<[string, string]> = [
    ['split.html (links, emphasis, line breaks)', fixture('pages-anchor/split.html')],
    ['article.html', fixture('pages/article.html')],
    ['the Moscow Times demo page', articlePage(SEEDS.find((s) => s.slug === 'moscow-times')!)],
  ];

  it.each(pages)('%s', (_name, html) => {
    const doc = parse(html);
    const extraction = extractArticle(doc, 'https://news.example/story', { force: true });
    const text = extraction.article.text;
    const spans = sentences(text).filter((s) => s.end - s.start > 12);
    expect(spans.length).toBeGreaterThan(4);
    const anchors = anchorQuotes(doc, spans.map((s) => quoteAt(text, s.start, s.end)));
    spans.forEach((s, i) => {
      const anchor = anchors[i];
      expect(anchor, text.slice(s.start, s.end)).not.toBeNull();
      expect(anchor?.fuzzy).toBe(false);
      expect(words(anchor!.range.toString())).toBe(words(text.slice(s.start, s.end)));
    });
  });
});

describe('anchorQuote', () => {
  const page = () => parse(fixture('pages-anchor/split.html'));

  it('spans text split across a link, emphasis and strong, starting and ending in the right nodes', () => {
    const doc = page();
    const anchor = anchorQuote(doc, { exact: 'city council approved a new ferry timetable on Tuesday, adding six late-evening crossings' });
    expect(anchor).not.toBeNull();
    const range = anchor!.range;
    expect(range.startContainer.parentElement?.tagName).toBe('A');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toContain('late-evening crossings');
    expect(range.toString()).toBe('city council approved a new ferry timetable on Tuesday, adding six late-evening crossings');
  });

  it('matches across line breaks and non-breaking spaces', () => {
    const doc = page();
    const anchor = anchorQuote(doc, { exact: 'collected 3,400 signatures for later crossings' });
    expect(anchor?.range.toString()).toBe('collected 3,400 signaturesfor later crossings');
    const nbsp = anchorQuote(doc, { exact: 'from 1 June.' });
    expect(nbsp?.range.toString()).toBe('from\u00a01\u00a0June.');
  });

  it('treats typographic and straight quotes, apostrophes and dashes alike', () => {
    const doc = page();
    expect(anchorQuote(doc, { exact: '"Islanders have waited for this for years," said the mayor' })?.range.toString()).toBe(
      '“Islanders have waited for this for years,” said the mayor',
    );
    expect(anchorQuote(doc, { exact: "the council's transport committee" })?.range.toString()).toBe('the council’s transport committee');
    expect(anchorQuote(doc, { exact: 'at 23:55 - nearly two hours later' })?.range.toString()).toBe('at 23:55 — nearly two hours later');
  });

  it('chooses between repeated text by the context around the quote', () => {
    const doc = page();
    const exact = 'The ferry operator said the extra crossings would cost about 1.2 million euros a year';
    const first = anchorQuote(doc, { exact, prefix: 'from 1 June.\n\n', suffix: ', which the council will pay' });
    const last = anchorQuote(doc, { exact, prefix: 'heavy goods since last winter.\n\n', suffix: ' in fuel and crew.' });
    expect(first?.range.startContainer.parentElement?.textContent).toContain('which the council will pay');
    expect(first?.range.toString()).toBe('The ferry operator said the extra crossings would cost about 1.2\u00a0million euros a year');
    expect(last?.range.startContainer.textContent).toContain('in fuel and crew');
  });

  it('finds a sentence the page has changed a little, marking the page’s words', () => {
    const doc = page();
    const p = [...doc.querySelectorAll('p')].find((e) => e.textContent?.includes('Opposition'))!;
    p.textContent = 'Opposition councillors said the money would have been better spent on repairing the islands pier, which was closed to heavy goods since last winter.';
    const anchor = anchorQuote(doc, {
      exact: 'Opposition councillors said the money would have been better spent on repairing the island’s pier, which has been closed to heavy goods since last winter.',
    });
    expect(anchor?.fuzzy).toBe(true);
    expect(anchor?.range.toString()).toBe(p.textContent);
  });

  it('finds a changed sentence on a long page full of the same common words', () => {
    const doc = page();
    const article = doc.querySelector('article')!;
    const others = [...article.querySelectorAll('p')].filter((p) => !p.textContent?.includes('Opposition'));
    for (let i = 0; i < 40; i++) for (const p of others) article.append(p.cloneNode(true));
    const p = [...doc.querySelectorAll('p')].find((e) => e.textContent?.includes('Opposition'))!;
    p.textContent = 'Opposition councilors said the money would have been better spent on repairing the island pier, which has been shut to heavy goods since last winter.';
    const anchor = anchorQuote(doc, {
      exact: 'Opposition councillors said the money would have been better spent on repairing the island’s pier, which has been closed to heavy goods since last winter.',
    });
    expect(anchor?.fuzzy).toBe(true);
    expect(anchor?.range.toString()).toBe(p.textContent);
  });

  it('drops a quote the page has changed too much, or does not have, rather than mark other words', () => {
    const doc = page();
    const p = [...doc.querySelectorAll('p')].find((e) => e.textContent?.includes('Opposition'))!;
    p.textContent = 'Opposition councillors wanted the money spent on the pier, shut to lorries since the storm.';
    expect(anchorQuote(doc, { exact: 'Opposition councillors said the money would have been better spent on repairing the island’s pier.' })).toBeNull();
    expect(anchorQuote(doc, { exact: 'The bridge will carry a reduced speed limit of 40 km/h until the final load tests.' })).toBeNull();
    // Short quotes are matched exactly or not at all.
    expect(anchorQuote(doc, { exact: 'six late-morning' })).toBeNull();
  });

  it('never anchors in scripts, styles or the extension’s own elements', () => {
    const doc = page();
    const own = doc.createElement('lacuna-overlay');
    own.textContent = 'Other coverage adds: the island pier';
    doc.documentElement.append(own);
    expect(anchorQuote(doc, { exact: 'window.analytics' })).toBeNull();
    expect(anchorQuote(doc, { exact: 'first-letter' })).toBeNull();
    expect(buildTextIndex(doc.documentElement).text).not.toContain('other coverage adds');
  });

  it('anchors a quote that contains characters outside the basic plane', () => {
    const doc = parse('<p>Fans cheered 🎉 as the ferry left the harbour at dusk.</p>');
    expect(anchorQuote(doc, { exact: 'cheered 🎉 as the ferry' })?.range.toString()).toBe('cheered 🎉 as the ferry');
  });

  it('maps back into text nodes through accented letters, folded ellipses and collapsed spaces', () => {
    const doc = parse('<p>Le café   fermé… puis rouvert: “Déjà vu,” dit-il.</p>');
    expect(anchorQuote(doc, { exact: 'fermé... puis' })?.range.toString()).toBe('fermé… puis');
    expect(anchorQuote(doc, { exact: 'café fermé...' })?.range.toString()).toBe('café   fermé…');
    expect(anchorQuote(doc, { exact: 'rouvert: "déjà vu," dit' })?.range.toString()).toBe('rouvert: “Déjà vu,” dit');
  });
});

describe('normalizeText', () => {
  it('folds plain ASCII and other text alike: case, whitespace runs, ends', () => {
    expect(normalizeText('  The  Ferry\tleft\n\nat DUSK. ')).toBe('the ferry left at dusk.');
    expect(normalizeText('\u00a0The\u00a0Ferry \u2014 “left”\u2026 ')).toBe('the ferry - "left"...');
    expect(normalizeText('it`s')).toBe("it's");
  });
});
