import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFiles } from '../corpus/import';
import { extractCorpusPage, listCorpusFiles, readCorpusDir } from './corpus-dir';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lacuna-corpus-'));
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  mkdirSync(join(dir, '.lacuna'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'top.txt'), 'A title line\n\nThe body of the first document.');
  writeFileSync(join(dir, 'a/b/recs.jsonl'), [
    JSON.stringify({ text: 'First record.' }),
    JSON.stringify({ id: 'named', text: 'Second record.', extra: 1 }),
    JSON.stringify({ html: '<html><body><article><p>A page given as html, with enough words in it to count as text.</p></article></body></html>', source: 'Page Times' }),
    JSON.stringify({ id: 'named', text: 'Same id again.' }),
  ].join('\n'));
  writeFileSync(join(dir, 'a/arr.json'), JSON.stringify([{ text: 'One.' }, { text: 'Two.', published: 'yesterday' }]));
  writeFileSync(join(dir, 'a/page.htm'), '<html><head><title>T</title></head><body><p>Short page with one paragraph of text in it.</p></body></html>');
  writeFileSync(join(dir, 'a/empty.txt'), '  \n');
  writeFileSync(join(dir, 'a/latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, '.lacuna/index.json'), '{}');
  writeFileSync(join(dir, '.git/x.txt'), 'not corpus');
  writeFileSync(join(dir, 'readme.md'), 'not corpus');
  symlinkSync(dir, join(dir, 'a/loop'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus directory', () => {
  it('lists the corpus files, relative and sorted, outside .lacuna and .git', () => {
    expect(listCorpusFiles(dir).files.map((f) => f.file)).toEqual([
      'a/arr.json', 'a/b/recs.jsonl', 'a/empty.txt', 'a/latin1.txt', 'a/page.htm', 'top.txt',
    ]);
  });

  it('reads documents with the contract ids and reports what it skipped', () => {
    const { documents, skipped, warnings } = readCorpusDir(dir);
    expect(documents.map((d) => d.id)).toEqual(['a/arr.json#1', 'a/arr.json#2', 'a/b/recs.jsonl#1', 'named', 'a/b/recs.jsonl#3', 'a/page.htm', 'top.txt']);
    const page = documents.find((d) => d.id === 'a/b/recs.jsonl#3')!;
    expect(page.source).toBe('Page Times');
    expect(page.text).toBe('A page given as html, with enough words in it to count as text.');
    expect(documents.find((d) => d.id === 'a/page.htm')!.text).toBe('Short page with one paragraph of text in it.');
    expect(documents.find((d) => d.id === 'top.txt')!.title).toBe('A title line');
    expect(skipped).toEqual([
      { file: 'a/b/recs.jsonl', line: 4, reason: 'duplicate id "named" (first used in a/b/recs.jsonl:2)' },
      { file: 'a/empty.txt', reason: 'file holds no text' },
      { file: 'a/latin1.txt', reason: 'not valid UTF-8 at line 1 (byte 4); save it as UTF-8' },
    ]);
    expect(warnings).toEqual([{ file: 'a/arr.json', reason: 'record 2: "published" is not a YYYY-MM-DD or ISO date ("yesterday"); ignored' }]);
  });

  it('skips exactly what the extension import skips, given the same files', () => {
    const files = listCorpusFiles(dir).files.map(({ file }) => ({ name: file, bytes: readFileSync(join(dir, file)) }));
    const shared = importFiles(files, extractCorpusPage);
    const cli = readCorpusDir(dir);
    expect(cli.skipped).toEqual(shared.skipped);
    expect(cli.documents).toEqual(shared.documents.map((d) => d.document));
  });
});
