import { describe, expect, it } from 'vitest';
import { completeHtmlRecord, describeProblem, parseJsonFile, parseJsonl, parseRecord, textToDocument } from './records';

describe('parseRecord', () => {
  const where = { file: 'a.jsonl', line: 3, index: 2 };

  it('turns a text record into a document, keeping unknown fields aside', () => {
    const r = parseRecord({ id: 'x1', url: 'https://e.example/a', title: ' A  title ', source: 'Outlet', published: '2024-02-08', lang: 'en', text: 'One.\r\n\r\nTwo.', tags: ['a'] }, where);
    expect(r).toEqual({
      ok: true,
      warnings: [],
      record: {
        kind: 'text',
        document: { id: 'x1', url: 'https://e.example/a', title: 'A title', source: 'Outlet', published: '2024-02-08', lang: 'en', text: 'One.\n\nTwo.' },
        extra: { tags: ['a'] },
      },
    });
  });

  it('gives a record without id the id <file>#<n>', () => {
    const r = parseRecord({ text: 'Body.' }, where);
    expect(r.ok && r.record.kind === 'text' && r.record.document.id).toBe('a.jsonl#2');
    expect(r.ok && r.record.kind === 'text' && r.record.document.title).toBeNull();
  });

  it('returns html records as needing extraction', () => {
    const r = parseRecord({ html: '<p>Hi</p>', source: 'S', title: null }, { file: 'p.json', index: 1 });
    expect(r).toMatchObject({ ok: true, record: { kind: 'html', html: '<p>Hi</p>', meta: { id: 'p.json#1', source: 'S', title: null } } });
  });

  it.each([
    [{ title: 't' }, 'record has neither text nor html'],
    [{ text: null, html: null }, 'record has neither text nor html'],
    [{ text: 'a', html: '<p>a</p>' }, 'record has both text and html; give only one'],
    [{ text: 42 }, '"text" must be a string, not a number'],
    [{ text: '   ' }, '"text" is empty'],
    [{ text: 'a', title: ['x'] }, '"title" must be a string or null, not an array'],
    [[{ text: 'a' }], 'record is not a JSON object (it is an array)'],
    ['text', 'record is not a JSON object (it is a string)'],
    [null, 'record is not a JSON object (it is null)'],
  ])('rejects %j: %s', (value, reason) => {
    expect(parseRecord(value, where)).toEqual({ ok: false, reason });
    expect(describeProblem(where, reason)).toBe(`line 3: ${reason}`);
  });

  it('keeps a record whose date is unreadable, without the date', () => {
    const r = parseRecord({ text: 'a', published: 'last Tuesday' }, where);
    expect(r.ok).toBe(true);
    if (r.ok && r.record.kind === 'text') {
      expect(r.record.document.published).toBeNull();
      expect(r.warnings[0]).toMatch(/published/);
    }
  });

  it('accepts ISO date-times', () => {
    for (const published of ['2024-02-08T10:00:00Z', '2024-02-08T10:00:00.123+03:00', '2024-02-08 10:00']) {
      const r = parseRecord({ text: 'a', published }, where);
      expect(r.ok && r.warnings).toEqual([]);
    }
  });
});

describe('parseJsonl', () => {
  it('skips a malformed line and keeps the others, naming file and line', () => {
    const content = ['{"id":"a","text":"First."}', '', '{"text": oops}', '{"title":"no body"}', '{"text":"Fourth."}'].join('\n');
    const out = parseJsonl(content, 'dir/c.jsonl');
    expect(out.records.map(({ record: r }) => (r.kind === 'text' ? r.document.id : r.meta.id))).toEqual(['a', 'dir/c.jsonl#4']);
    expect(out.records.map((r) => r.line)).toEqual([1, 5]);
    expect(out.skipped).toHaveLength(2);
    expect(out.skipped[0]).toMatchObject({ file: 'dir/c.jsonl', line: 3 });
    expect(out.skipped[0]!.reason).toMatch(/^not valid JSON/);
    expect(out.skipped[1]).toEqual({ file: 'dir/c.jsonl', line: 4, reason: 'record has neither text nor html' });
  });

  it('reads an empty file as no records', () => {
    expect(parseJsonl('\n\n', 'e.jsonl')).toEqual({ records: [], skipped: [], warnings: [] });
  });
});

describe('parseJsonFile', () => {
  it('reads one record', () => {
    const out = parseJsonFile('{"text":"Hello."}', 'one.json');
    expect(out.records).toHaveLength(1);
    expect(out.records[0]!.kind === 'text' && out.records[0]!.document.id).toBe('one.json#1');
  });

  it('reads an array, skipping bad records by number', () => {
    const out = parseJsonFile('[{"text":"A."}, 3, {"id":"k","html":"<p>B</p>"}]', 'arr.json');
    expect(out.records.map((r) => r.kind)).toEqual(['text', 'html']);
    expect(out.skipped).toEqual([{ file: 'arr.json', reason: 'record 2: record is not a JSON object (it is a number)' }]);
  });

  it('skips a file that is not JSON', () => {
    const out = parseJsonFile('{nope', 'bad.json');
    expect(out.records).toEqual([]);
    expect(out.skipped[0]!.file).toBe('bad.json');
    expect(out.skipped[0]!.reason).toMatch(/^not valid JSON/);
  });
});

describe('completeHtmlRecord', () => {
  it('lets the record fields win over extracted ones', () => {
    const doc = completeHtmlRecord(
      { id: 'i', url: null, title: 'Given', source: null, published: null, lang: null },
      { url: 'https://e.example', title: 'Extracted', source: 'Site', published: '2024-01-01', lang: 'en', text: 'Body.' },
    );
    expect(doc).toEqual({ id: 'i', url: 'https://e.example', title: 'Given', source: 'Site', published: '2024-01-01', lang: 'en', text: 'Body.' });
  });
});

describe('textToDocument', () => {
  it('takes a short first line without final period as the title, keeping the text as is', () => {
    const text = '\nXi, Putin accuse US of ‘interference’ during phone call\n\nBody sentence.\n';
    const doc = textToDocument(text, 'x.txt');
    expect(doc.title).toBe('Xi, Putin accuse US of ‘interference’ during phone call');
    expect(doc.text).toBe('Xi, Putin accuse US of ‘interference’ during phone call\n\nBody sentence.');
    expect(doc).toMatchObject({ id: 'x.txt', url: null, source: null, published: null, lang: null });
  });

  it('takes no title from a sentence or a long line', () => {
    expect(textToDocument('The Kremlin said so.\n\nMore.', 'a').title).toBeNull();
    expect(textToDocument(`${'word '.repeat(40)}\n\nMore.`, 'a').title).toBeNull();
  });
});
