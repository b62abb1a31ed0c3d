import { importFile, type FileImport, type PageExtractor } from './import';
import { JsonlReader, MAX_LINE_BYTES } from './jsonl-stream';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const noPages: PageExtractor = () => null;

/** Reads `bytes` in pieces of `size` bytes, as a stream delivers them. */
function readInChunks(bytes: Uint8Array, size: number, file = 'news.jsonl'): FileImport {
  const reader = new JsonlReader(file, noPages);
  const out: FileImport = { documents: [], skipped: [], warnings: [] };
  const take = (part: FileImport): void => {
    out.documents.push(...part.documents);
    out.skipped.push(...part.skipped);
    out.warnings.push(...part.warnings);
  };
  // The same buffer refilled for every piece, as a reader reusing its buffer does.
  const buffer = new Uint8Array(size);
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.subarray(at, at + size);
    buffer.set(piece);
    take(reader.push(buffer.subarray(0, piece.length)));
  }
  take(reader.end());
  return out;
}

const mixed = [
  '\ufeff{"id":"a","title":"Café","text":"Première ligne. €5."}',
  '{"text": broken',
  '',
  '{"title":"No body"}',
  '{"text":"Third, with a date that is not one.","published":"soon"}',
  '{"text":"Last line, no newline at the end."}',
].join('\r\n');

describe('reading a JSONL file as a stream', () => {
  it('gives the same documents, skips and line numbers whatever the pieces it arrives in', () => {
    const whole = readInChunks(enc(mixed), 1 << 20);
    expect(whole.documents.map((d) => [d.document.id, d.line])).toEqual([
      ['a', 1],
      ['news.jsonl#4', 5],
      ['news.jsonl#5', 6],
    ]);
    expect(whole.documents[0]!.document).toMatchObject({ title: 'Café', text: 'Première ligne. €5.' });
    expect(whole.skipped).toEqual([
      { file: 'news.jsonl', line: 2, reason: expect.stringMatching(/^not valid JSON/) },
      { file: 'news.jsonl', line: 4, reason: 'record has neither text nor html' },
    ]);
    expect(whole.warnings).toEqual([{ file: 'news.jsonl', line: 5, reason: expect.stringContaining('"published" is not a YYYY-MM-DD') }]);
    for (const size of [1, 2, 3, 7, 64]) expect(readInChunks(enc(mixed), size)).toEqual(whole);
    // The whole-file read (lacuna index) is the same reader.
    expect(importFile('news.jsonl', enc(mixed), noPages)).toEqual(whole);
  });

  it('ends a line at a lone carriage return too, as the record parser always has', () => {
    const result = readInChunks(enc('{"text":"One."}\r{"text":"Two."}\n\r{"text":"Four."}'), 5);
    expect(result.documents.map((d) => [d.document.text, d.line])).toEqual([
      ['One.', 1],
      ['Two.', 2],
      ['Four.', 4],
    ]);
  });

  it('skips a line that is not UTF-8, naming it, and imports the others', () => {
    const bytes = Uint8Array.from([...enc('{"text":"Good."}\n{"text":"Caf'), 0xe9, ...enc('"}\n{"text":"Also good."}\n')]);
    const result = readInChunks(bytes, 4);
    expect(result.documents.map((d) => d.document.text)).toEqual(['Good.', 'Also good.']);
    expect(result.skipped).toEqual([{ file: 'news.jsonl', line: 2, reason: 'not valid UTF-8 at byte 13 of the line; save the file as UTF-8' }]);
  });

  it('reads UTF-16 with or without a byte-order mark, a character split across pieces', () => {
    const utf16le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const text = '{"text":"Straße one."}\n{"text":"Straße two."}\n';
    for (const bytes of [Uint8Array.from([0xff, 0xfe, ...utf16le(text)]), Uint8Array.from(utf16le(text))]) {
      expect(readInChunks(bytes, 3).documents.map((d) => [d.document.text, d.line])).toEqual([
        ['Straße one.', 1],
        ['Straße two.', 2],
      ]);
    }
  });

  it('refuses an empty, blank or binary file as a whole, saying what it is', () => {
    expect(readInChunks(new Uint8Array(0), 4).skipped).toEqual([{ file: 'news.jsonl', reason: 'the file is empty' }]);
    expect(readInChunks(enc('\n  \n\r\n'), 2).skipped).toEqual([{ file: 'news.jsonl', reason: 'file holds no text' }]);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...new Uint8Array(9000)]);
    expect(readInChunks(png, 1000)).toEqual({ documents: [], skipped: [{ file: 'news.jsonl', reason: 'binary file (a PNG image), not text' }], warnings: [] });
    expect(readInChunks(Uint8Array.from([0x7b, 0x00, 0x07, 0x41, 0x00, 0x00, 0x42]), 2).skipped).toEqual([{ file: 'news.jsonl', reason: 'binary file, not text' }]);
  });

  it('skips a line too long to be a record without holding it, and reads on after it', () => {
    const long = new Uint8Array(MAX_LINE_BYTES + 1024 * 1024).fill(0x61);
    const bytes = Uint8Array.from([...enc('{"text":"Before."}\n'), ...long, ...enc('\n{"text":"After."}\n')]);
    const result = readInChunks(bytes, 1024 * 1024);
    expect(result.documents.map((d) => [d.document.text, d.line])).toEqual([
      ['Before.', 1],
      ['After.', 3],
    ]);
    expect(result.skipped).toEqual([{ file: 'news.jsonl', line: 2, reason: 'the line is longer than 16 MB, too long for one news record; line skipped' }]);
  });

  it('skips a line too long whose end comes in the chunk after the one that took it past the limit', () => {
    // 17.5 MB in 1 MB chunks: the last chunk holds the line's end and the next record.
    const record = enc(`{"text":"${'a'.repeat(MAX_LINE_BYTES + 1024 * 1024 / 2)}"}`);
    const bytes = Uint8Array.from([...record, ...enc('\n{"text":"After."}\n')]);
    const result = readInChunks(bytes, 1024 * 1024);
    expect(result.documents.map((d) => [d.document.text, d.line])).toEqual([['After.', 2]]);
    expect(result.skipped).toEqual([{ file: 'news.jsonl', line: 1, reason: 'the line is longer than 16 MB, too long for one news record; line skipped' }]);
  });
});
