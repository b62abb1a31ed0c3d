import { describe, expect, it } from 'vitest';
import { extractionSuite, page } from './extract.shared-test';
import { extractHtml, parseHtml } from './node';
import { normalizeDate } from './metadata';
import { withoutSiteName } from './extract';

extractionSuite('linkedom', (html, url) => parseHtml(html, url));

describe('parseHtml / extractHtml (linkedom)', () => {
  it('parses a page whose <style> holds SCSS variables inside calc()', () => {
    const html = '<html><head><style>$g: 4px; .a { width: calc(100% - $g * 2) } .b{margin:calc($g/2)}</style></head><body><p>x</p></body></html>';
    const doc = parseHtml(html, 'https://a.example/x');
    expect(doc.querySelector('p')!.textContent).toBe('x');
    expect(() => extractHtml(html, 'https://a.example/x')).not.toThrow();
    expect(page('article.html')).toContain('calc(100% - $gutter * 2)');
  });

  it('reads a fragment (paragraphs without a page around them, plain text) as a browser does: as the body of a page', () => {
    const paragraphs = ['The council approved the budget on Tuesday after a long debate.', 'The mayor said the vote would fund two new schools.'];
    const fragment = paragraphs.map((text) => `<p>${text}</p>`).join('');
    expect(parseHtml(fragment).documentElement.localName).toBe('html');
    expect(extractHtml(fragment, null, { force: true }).article?.text).toBe(paragraphs.join('\n\n'));
    expect(extractHtml(`<head><title>Budget</title></head><body>${fragment}</body>`, null, { force: true }).article?.title).toBe('Budget');
    expect(() => extractHtml('Just a few plain words.')).not.toThrow();
    expect(parseHtml('Just a few plain words.').body.textContent).toBe('Just a few plain words.');
  });

  it('reads a page that leaves out its optional <html>, <head> and <body> tags, its title in the head', () => {
    const text = 'The council approved the budget on Tuesday after a long debate.';
    for (const page of [`<meta charset="utf-8"><title>Budget</title><body><p>${text}</p></body>`, `<!DOCTYPE html><meta charset="utf-8"><title>Budget</title><p>${text}</p>`, `<!DOCTYPE html><html lang="en"><title>Budget</title><p>${text}</p></html>`]) {
      const doc = parseHtml(page);
      expect(doc.head.querySelector('title')?.textContent).toBe('Budget');
      expect(doc.body.textContent).toBe(text);
      expect(extractHtml(page, null, { force: true }).article?.text).toBe(text);
    }
    expect(parseHtml(`<!DOCTYPE html><html lang="en"><title>Budget</title><p>${text}</p></html>`).documentElement.getAttribute('lang')).toBe('en');
    expect(parseHtml('<p>Intro.</p><body><p>Rest.</p></body>').body.textContent).toBe('Intro.Rest.');
    // Attributes of the frame kept wherever its tags stand; custom elements named like them left alone.
    const framed = parseHtml('<meta charset="utf-8"><html lang="fr"><body dir="rtl" class="story"><head-line>Titre</head-line><body-copy>Texte.</body-copy></body></html>');
    expect([framed.documentElement.getAttribute('lang'), framed.body.getAttribute('dir'), framed.body.className]).toEqual(['fr', 'rtl', 'story']);
    expect([...framed.body.children].map((element) => element.localName)).toEqual(['head-line', 'body-copy']);
    expect(parseHtml('Plain text that mentions a <body> tag.').body.textContent).toBe('Plain text that mentions a  tag.');
  });

  it('gives the document its address, as a browser does', () => {
    const doc = parseHtml('<html><head><base href="/base/"></head><body></body></html>', 'https://a.example/x/y');
    expect(doc.documentURI).toBe('https://a.example/x/y');
    expect(doc.baseURI).toBe('https://a.example/base/');
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2024-02-08', '2024-02-08'],
    ['2024-02-08T10:00:00+03:00', '2024-02-08T07:00:00.000Z'],
    ['2024-02-08T10:00:00Z', '2024-02-08T10:00:00.000Z'],
    ['2024-02-08T10:00', '2024-02-08T10:00:00'],
    ['2024-02-08 10:00:00+0100', '2024-02-08T09:00:00.000Z'],
    ['February 8, 2024', '2024-02-08'],
    ['0001-01-01T00:00:00Z', null],
    ['not a date', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('withoutSiteName', () => {
  it.each([
    ['Dam approved | Valley Courier', 'Valley Courier', 'Dam approved'],
    ['习近平与普京通电话 反对外部干涉 | 中文时报', '中文时报', '习近平与普京通电话 反对外部干涉'],
    ['中俄元首通话_新浪新闻', '新浪新闻', '中俄元首通话'],
    ['The Verge — Pixel 8 review', 'the verge', 'Pixel 8 review'],
    // Another outlet's name, the name alone, or inside the title: kept.
    ['Reuters reports record trade | Valley Courier', 'Reuters', 'Reuters reports record trade | Valley Courier'],
    ['Valley Courier', 'Valley Courier', 'Valley Courier'],
    ['Why the Valley Courier matters', 'Valley Courier', 'Why the Valley Courier matters'],
    ['A title (draft)', 'draft)', 'A title (draft)'],
    // A dash or colon without spaces belongs to the title, except against Chinese.
    ['AP-NORC poll: most back the plan', 'AP', 'AP-NORC poll: most back the plan'],
    ['BBC-funded study finds bias', 'BBC', 'BBC-funded study finds bias'],
    ['Vox: Explained', 'Vox', 'Vox: Explained'],
    ['中俄元首通话-新华网', '新华网', '中俄元首通话'],
  ])('%s (site %s) → %s', (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });
});
