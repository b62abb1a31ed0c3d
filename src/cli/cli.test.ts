import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { memoryIo } from './io';
import { loadCorpus } from './corpus-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const PAGES = join(ROOT, 'test/fixtures/pages');
const ARTICLE = '000_f6d8503adc2b8999.txt';
const OTHERS = ['001_ae30d0a36fc04354.txt', '002_7c7596a279809a0e.txt', '003_70745ba918bb0d59.txt', '004_a74d45a3fa71e733.txt'];

let dir: string;

async function lacuna(...argv: string[]) {
  const io = memoryIo();
  const code = await run(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lacuna-cli-'));
  cpSync(SEEDS, dir, { recursive: true, filter: (src) => !src.endsWith('.md') });
  mkdirSync(join(dir, 'more/deeper'), { recursive: true });
  // A page of an unrelated story, a JSONL file with one malformed line, a binary file.
  cpSync(join(PAGES, 'article.html'), join(dir, 'more/bridge.html'));
  writeFileSync(
    join(dir, 'more/deeper/records.jsonl'),
    [
      JSON.stringify({ id: 'rec-weather', source: 'Weather Desk', title: 'Storm warning for the coast', text: 'A storm with gusts of up to 100 km/h will reach the coast on Saturday, forecasters said.\n\nFerries may be cancelled.' }),
      '{"text": "unterminated',
      JSON.stringify({ title: 'Festival line-up', text: 'Forty bands will play over three days at the summer festival in the old harbour.' }),
      JSON.stringify({ title: 'No body' }),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'more/blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff]));
  writeFileSync(join(dir, 'notes.md'), 'not a corpus file');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('lacuna analyze', () => {
  it('prints exactly one JSON object with the contract fields', async () => {
    const r = await lacuna('analyze', join(dir, ARTICLE), '--corpus', dir, '--json');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['version', 'article', 'related', 'omitted', 'discrepancies']));
    expect(out.article).toEqual({ title: null, sentences: expect.any(Number) });
    expect(out.article.sentences).toBeGreaterThan(5);
    const ids = out.related.map((x: { doc: string }) => x.doc);
    expect(ids).not.toContain(ARTICLE);
    for (const id of ids) expect(OTHERS).toContain(id);
    for (const x of out.related) {
      expect(x).toEqual({ doc: expect.any(String), title: expect.toBeOneOf([null, expect.any(String)]), source: expect.toBeOneOf([null, expect.any(String)]), score: expect.any(Number) });
      expect(x.score).toBeGreaterThanOrEqual(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
    const scores = out.related.map((x: { score: number }) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const item of out.omitted) {
      expect(item).toMatchObject({ id: expect.any(String), text: expect.any(String), score: expect.any(Number), sources: expect.any(Array) });
      for (const s of item.sources) {
        const source = readFileSync(join(dir, s.doc), 'utf8').replace(/\s+/g, ' ');
        expect(source).toContain(s.quote.replace(/\s+/g, ' '));
      }
    }
    expect(Array.isArray(out.discrepancies)).toBe(true);
    // Warnings about the skipped files go to stderr, naming file and line.
    expect(r.stderr).toContain('records.jsonl:2');
    expect(r.stderr).toContain('blob.txt');
  });

  it('prints a readable report without --json', async () => {
    const r = await lacuna('analyze', join(dir, ARTICLE), '--corpus', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Article: /);
    expect(r.stdout).toContain('Related coverage');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('reads a .json record and a saved page as the article', async () => {
    const rec = join(dir, '..', `${dir.split('/').pop()}-article.json`);
    writeFileSync(rec, JSON.stringify({ title: 'Call', source: 'X', text: readFileSync(join(SEEDS, ARTICLE), 'utf8') }));
    const r = await lacuna('analyze', rec, '--corpus', dir, '--json');
    rmSync(rec);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.title).toBe('Call');

    const page = await lacuna('analyze', join(PAGES, 'article.html'), '--corpus', dir, '--json');
    expect(page.code).toBe(0);
    expect(JSON.parse(page.stdout).article.title).toBe('Harbour bridge reopens after two-year repair');
  });

  it('exits 1 when the article cannot be read or holds no article text', async () => {
    const missing = await lacuna('analyze', join(dir, 'nope.txt'), '--corpus', dir, '--json');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);

    const empty = join(dir, '..', `${dir.split('/').pop()}-empty.txt`);
    writeFileSync(empty, '\n  \n');
    const e = await lacuna('analyze', empty, '--corpus', dir);
    rmSync(empty);
    expect(e.code).toBe(1);

    const home = await lacuna('analyze', join(PAGES, 'home.html'), '--corpus', dir);
    expect(home.code).toBe(1);
    expect(home.stderr).toContain('home page');

    const binary = await lacuna('analyze', join(dir, 'more/blob.txt'), '--corpus', dir);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toContain('binary');
  });
});

describe('lacuna related', () => {
  it('lists the other reports of the story, not the unrelated documents', async () => {
    const r = await lacuna('related', join(dir, ARTICLE), '--corpus', dir, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    expect(out.related.map((x: { doc: string }) => x.doc).sort()).toEqual(OTHERS);
  });

  it('exits 0 when nothing is related', async () => {
    const r = await lacuna('related', join(PAGES, 'article.html'), '--corpus', SEEDS, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).related).toEqual([]);
    const human = await lacuna('related', join(PAGES, 'article.html'), '--corpus', SEEDS);
    expect(human.stdout).toContain('No related coverage');
  });
});

describe('lacuna extract', () => {
  it('prints the article of a saved page', async () => {
    const r = await lacuna('extract', join(PAGES, 'article.html'), '--url', 'https://www.coastal-ledger.example/x', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      version: 1,
      isArticle: true,
      title: 'Harbour bridge reopens after two-year repair',
      byline: 'Maria Lindqvist',
      source: 'The Coastal Ledger',
      published: '2024-03-14T08:30:00.000Z',
      url: 'https://www.coastal-ledger.example/news/2024/03/harbour-bridge-reopens',
      lang: 'en-GB',
    });
    expect(out.text.split('\n\n')).toHaveLength(8);
  });

  it('says when a page is not an article', async () => {
    const r = await lacuna('extract', join(PAGES, 'search.html'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ isArticle: false, text: '' });
    const human = await lacuna('extract', join(PAGES, 'search.html'));
    expect(human.stdout).toMatch(/^Not an article: /);
  });

  it('exits 1 on a missing page, whatever its name', async () => {
    expect((await lacuna('extract', join(dir, 'missing.html'))).code).toBe(1);
    const unknown = await lacuna('analyze', join(dir, 'missing.md'), '--corpus', dir);
    expect([unknown.code, unknown.stderr]).toEqual([1, `lacuna: cannot read ${join(dir, 'missing.md')}: no such file\n`]);
  });

  it('offers --force only when it was not given', async () => {
    const empty = join(dir, '..', `${dir.split('/').pop()}-empty.html`);
    writeFileSync(empty, '<html><body><div></div></body></html>');
    const plain = await lacuna('analyze', empty, '--corpus', dir);
    const forced = await lacuna('analyze', empty, '--corpus', dir, '--force');
    rmSync(empty);
    expect([plain.code, forced.code]).toEqual([1, 1]);
    expect(plain.stderr).toContain('(--force reads it anyway)');
    expect(forced.stderr).not.toContain('--force');
  });
});

describe('lacuna index', () => {
  it('indexes the directory, reports skipped files with file and line, and writes .lacuna', async () => {
    const r = await lacuna('index', dir, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    // 5 seeds + bridge.html + 2 good JSONL records
    expect(out.documents).toBe(8);
    expect(out.seconds).toEqual(expect.any(Number));
    expect(out.skipped).toEqual(
      expect.arrayContaining([
        { file: 'more/deeper/records.jsonl', line: 2, reason: expect.stringMatching(/^not valid JSON/) },
        { file: 'more/deeper/records.jsonl', line: 4, reason: 'record has neither text nor html' },
        { file: 'more/blob.txt', reason: 'binary file (a PNG image), not text' },
      ]),
    );
    expect(out.skipped).toHaveLength(3);
    expect(existsSync(join(dir, '.lacuna/corpus.json'))).toBe(true);
    expect(r.stderr).toContain('records.jsonl:2');
  });

  it('is reused while the files are unchanged, and rebuilt when one changes', async () => {
    await lacuna('index', dir, '--json');
    expect((await loadCorpus(dir)).fromCache).toBe(true);
    const cached = await lacuna('related', join(dir, ARTICLE), '--corpus', dir, '--json');
    expect(JSON.parse(cached.stdout).related.map((x: { doc: string }) => x.doc).sort()).toEqual(OTHERS);
    expect(cached.stderr).toContain('records.jsonl:2');

    const file = join(dir, 'more/deeper/records.jsonl');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${JSON.stringify({ text: 'One more record about the harbour.' })}`);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await loadCorpus(dir)).fromCache).toBe(false);
    const again = JSON.parse((await lacuna('index', dir, '--json')).stdout);
    expect(again.documents).toBe(9);
    expect((await loadCorpus(dir)).fromCache).toBe(true);
  });

  it('ignores a cache it cannot read', async () => {
    writeFileSync(join(dir, '.lacuna/corpus.json'), '{ broken');
    expect((await loadCorpus(dir)).fromCache).toBe(false);
    const r = await lacuna('related', join(dir, ARTICLE), '--corpus', dir, '--json');
    expect(r.code).toBe(0);
  });

  it('prints a summary for a person', async () => {
    const r = await lacuna('index', dir);
    expect(r.stdout).toMatch(/^Indexed 9 documents/);
    expect(r.stdout).toContain('more/deeper/records.jsonl:2: not valid JSON');
  });

  it('takes a removed file out of the stored index, and builds the index again after a broken cache', async () => {
    const removed = OTHERS[0]!;
    const text = readFileSync(join(dir, removed), 'utf8');
    rmSync(join(dir, removed));
    await lacuna('index', dir, '--json');
    expect((await loadCorpus(dir)).fromCache).toBe(true);
    const related = async () => JSON.parse((await lacuna('related', join(dir, ARTICLE), '--corpus', dir, '--json')).stdout).related.map((x: { doc: string }) => x.doc).sort();
    expect(await related()).toEqual(OTHERS.slice(1));

    writeFileSync(join(dir, removed), text);
    writeFileSync(join(dir, '.lacuna/corpus.json'), '{ broken');
    expect(JSON.parse((await lacuna('index', dir, '--json')).stdout).documents).toBe(9);
    expect((await loadCorpus(dir)).fromCache).toBe(true);
    expect(await related()).toEqual(OTHERS);
  });
});

describe('lacuna index where it cannot write', () => {
  it('says why (a file where its folder goes) and exits 1, and analyze still reads the files', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'lacuna-cli-readonly-'));
    try {
      for (const name of OTHERS) writeFileSync(join(corpus, name), readFileSync(join(dir, name), 'utf8'));
      writeFileSync(join(corpus, '.lacuna'), 'not a folder');
      const r = await lacuna('index', corpus, '--json');
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`lacuna: cannot write the index in ${join(corpus, '.lacuna')}: a file stands where a folder is needed. Until one is written, analyze reads the files (slower, same results).\n`);
      const related = await lacuna('related', join(dir, ARTICLE), '--corpus', corpus, '--json');
      expect(related.code).toBe(0);
      expect(JSON.parse(related.stdout).related.map((x: { doc: string }) => x.doc).sort()).toEqual(OTHERS);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});

describe('lacuna pairs', () => {
  it('prints one JSON object a line', async () => {
    const tsv = join(dir, '..', `${dir.split('/').pop()}-pairs.tsv`);
    writeFileSync(
      tsv,
      [
        'id\tsentence_a\tsentence_b',
        'p1\tXi and Putin spoke by phone on Thursday.\tOn Thursday, Putin and Xi held a phone call.',
        'p2\tTrade hit $240.1 billion in 2023.\tThe festival has forty bands.',
        'broken line without tabs',
        'p5\t\t',
        'p6\tTrade hit a record.\t!!!',
      ].join('\n'),
    );
    const r = await lacuna('pairs', tsv, '--json');
    rmSync(tsv);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(['p1', 'p2']);
    for (const row of rows) {
      expect(row).toEqual({ id: expect.any(String), score: expect.any(Number), same: expect.any(Boolean) });
      expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.score).toBeLessThanOrEqual(1);
    }
    expect(rows[1].same).toBe(false);
    expect(r.stderr).toContain(':4:');
    expect(r.stderr).toContain(':5: sentence A of "p5" holds no words (skipped)');
    expect(r.stderr).toContain(':6: sentence B of "p6" holds no words (skipped)');
  });
});

describe('usage', () => {
  it.each([
    [[]],
    [['frobnicate', 'x']],
    [['analyze', 'a.txt']],
    [['analyze', '--corpus', 'd']],
    [['analyze', 'a.txt', 'b.txt', '--corpus', 'd']],
    [['analyze', 'a.txt', '--corpus']],
    [['related', 'a.txt', '--corpus', 'd', '--bogus']],
    [['extract', 'a.html', '--corpus', 'd']],
    [['index', '/definitely/not/a/dir']],
    [['analyze', 'README.md', '--corpus', '.']],
    [['extract', 'a.html', '--url', 'not a url']],
    [['extract', 'a.html', '--url', 'ftp://files.example/a.html']],
  ])('exits 2 on %j', async (argv) => {
    const r = await lacuna(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^lacuna: /);
  });

  it('prints help', async () => {
    const r = await lacuna('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lacuna analyze <article> --corpus <dir>');
  });
});

describe('the real command', () => {
  const tsx = (...argv: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('analyze --json prints one JSON object and exits 0', () => {
    const r = tsx('analyze', join(SEEDS, ARTICLE), '--corpus', SEEDS, '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(1);
  });

  it('exits 2 on bad usage and 1 on a missing article', () => {
    expect(tsx('analyze', 'x.txt').status).toBe(2);
    expect(tsx('analyze', join(ROOT, 'no-such.txt'), '--corpus', SEEDS).status).toBe(1);
  });

  it('runs through bin/lacuna.js', () => {
    const r = spawnSync(process.execPath, ['bin/lacuna.js', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
  });
});
