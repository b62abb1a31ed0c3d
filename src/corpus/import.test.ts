import { decodeBytes } from './decode';
import { importFile, importFiles, type PageExtractor } from './import';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const noPages: PageExtractor = () => {
  throw new Error('no page expected');
};
const jsonl = (...records: unknown[]): string => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

describe('importing a corpus file', () => {
  it('imports the good lines of a JSONL file and names the file and line of a malformed one', () => {
    const content = jsonl({ id: 'a', text: 'First.' }, '{"text": "unterminated', '', { title: 'Third', text: 'Third.' });
    const result = importFile('news.jsonl', enc(content), noPages);
    expect(result.documents).toEqual([
      { document: expect.objectContaining({ id: 'a', text: 'First.' }), file: 'news.jsonl', line: 1 },
      { document: expect.objectContaining({ id: 'news.jsonl#3', title: 'Third' }), file: 'news.jsonl', line: 4 },
    ]);
    expect(result.skipped).toEqual([{ file: 'news.jsonl', line: 2, reason: expect.stringMatching(/^not valid JSON \(.+\)$/) }]);
  });

  it('skips a record without text, saying so, and keeps the others', () => {
    const result = importFile('news.jsonl', enc(jsonl({ title: 'No body' }, { text: '   ' }, { text: 'Kept.' })), noPages);
    expect(result.skipped).toEqual([
      { file: 'news.jsonl', line: 1, reason: 'record has neither text nor html' },
      { file: 'news.jsonl', line: 2, reason: '"text" is empty' },
    ]);
    expect(result.documents.map((d) => d.document.text)).toEqual(['Kept.']);
  });

  it('refuses binary files, naming what they are', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(importFile('photo.jsonl', png, noPages)).toEqual({ documents: [], skipped: [{ file: 'photo.jsonl', reason: 'binary file (a PNG image), not text' }], warnings: [] });
    const blob = Uint8Array.from([0x41, 0x42, 0x00, 0x07, 0x43, 0xff]);
    expect(importFile('blob.txt', blob, noPages).skipped).toEqual([{ file: 'blob.txt', reason: 'binary file, not text' }]);
    // Binary bytes that are valid UTF-8 and hold no zero: control bytes no text holds.
    const controls = Uint8Array.from([0x13, 0x41, 0x05, 0x7a, 0x1e, 0x42, 0x02, 0x7f, 0x10, 0x33]);
    expect(importFile('random.txt', controls, noPages).skipped).toEqual([{ file: 'random.txt', reason: 'binary file, not text' }]);
    // A text with a stray control byte among thousands of characters stays a text.
    const long = enc(`${'A long report with many words. '.repeat(200)}\u001b end.`);
    expect(importFile('report.txt', long, noPages).documents).toHaveLength(1);
  });

  it('says an empty file is empty, and a blank one holds no text', () => {
    expect(importFile('empty.json', new Uint8Array(), noPages).skipped).toEqual([{ file: 'empty.json', reason: 'the file is empty' }]);
    expect(importFile('blank.jsonl', enc('\n \n'), noPages).skipped).toEqual([{ file: 'blank.jsonl', reason: 'file holds no text' }]);
  });

  it('says where a file that is not UTF-8 goes wrong, and reads a page by its declared charset', () => {
    const latin1 = Uint8Array.from([...enc('Line one\nCaf'), 0xe9, ...enc(' au lait\n')]);
    expect(importFile('notes.txt', latin1, noPages).skipped).toEqual([{ file: 'notes.txt', reason: 'not valid UTF-8 at line 2 (byte 13); save it as UTF-8' }]);
    expect(importFile('page.html', latin1, noPages).skipped).toEqual([
      { file: 'page.html', reason: 'not valid UTF-8 at line 2 (byte 13), and the page declares no charset (<meta charset>); save it as UTF-8 or declare its charset' },
    ]);
    const page = Uint8Array.from([...enc('<html><head><meta charset="windows-1252"></head><body><p>Caf'), 0xe9, 0x80, ...enc('</p></body></html>')]);
    const seen: string[] = [];
    const result = importFile('page.html', page, (html) => {
      seen.push(html);
      return { url: null, title: 'T', source: null, published: null, lang: null, text: 'Café€' };
    });
    expect(seen[0]).toContain('<p>Café€</p>');
    expect(result.documents.map((d) => d.document)).toEqual([{ id: 'page.html', url: null, title: 'T', source: null, published: null, lang: null, text: 'Café€' }]);
  });

  it('reads UTF-16 by its byte-order mark or its zero bytes', () => {
    const utf16le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...utf16le('Straße')]))).toEqual({ ok: true, text: 'Straße', charset: 'utf-16le' });
    expect(decodeBytes(Uint8Array.from(utf16le('Plain words')))).toEqual({ ok: true, text: 'Plain words', charset: 'utf-16le' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('mit BOM')]))).toEqual({ ok: true, text: 'mit BOM', charset: 'utf-8' });
  });

  it('says what it cannot decode when a page declares an unknown charset', () => {
    const page = Uint8Array.from([...enc('<meta charset="x-klingon"><p>'), 0xff, 0xfe, 0x41]);
    expect(importFile('odd.htm', page, noPages).skipped).toEqual([{ file: 'odd.htm', reason: 'declares the charset "x-klingon", which cannot be decoded here' }]);
  });

  it('extracts html records with the extractor it is given, and skips pages without an article', () => {
    const extract: PageExtractor = (html, url) => (html.includes('<p>') ? { url, title: 'From page', source: 'Page Times', published: null, lang: 'en', text: 'Body.' } : null);
    const result = importFile('pages.jsonl', enc(jsonl({ html: '<p>x</p>', url: 'https://example.org/p', source: 'Own' }, { id: 'nav', html: '<nav>menu</nav>' })), extract);
    expect(result.documents.map((d) => d.document)).toEqual([
      { id: 'pages.jsonl#1', url: 'https://example.org/p', title: 'From page', source: 'Own', published: null, lang: 'en', text: 'Body.' },
    ]);
    expect(result.skipped).toEqual([{ file: 'pages.jsonl', line: 2, reason: 'record nav: no article text could be extracted from the page' }]);
  });

  it('refuses files of other kinds', () => {
    expect(importFile('notes.md', enc('# hi'), noPages).skipped).toEqual([
      { file: 'notes.md', reason: 'not a corpus file: only .txt, .html, .htm, .json, .jsonl files are read' },
    ]);
  });
});

describe('importing several files', () => {
  it('keeps one of each article across files: same address, same text or same id', () => {
    const result = importFiles(
      [
        { name: 'a.jsonl', bytes: enc(jsonl({ id: 'one', url: 'https://example.org/s', text: 'The story.' }, { id: 'two', text: 'Another story.' })) },
        {
          name: 'b.json',
          bytes: enc(JSON.stringify([{ url: 'https://example.org/s#top', text: 'Different words.' }, { text: 'Another   story.' }, { id: 'one', text: 'New text, old id.' }])),
        },
      ],
      noPages,
    );
    expect(result.documents.map((d) => d.document.id)).toEqual(['one', 'two']);
    expect(result.skipped).toEqual([
      { file: 'b.json', reason: 'same address as "one" (a.jsonl:1)' },
      { file: 'b.json', reason: 'same text as "two" (a.jsonl:2)' },
      { file: 'b.json', reason: 'duplicate id "one" (first used in a.jsonl:1)' },
    ]);
  });
});
