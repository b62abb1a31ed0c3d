// idb recognizes requests and transactions by the global IndexedDB classes: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { idbCorpusStore } from '../background/store/idb-corpus-store';
import type { CorpusDocument } from '../engine/types';
import { exportFileName, toJsonl } from '../corpus/export';
import { importFile } from '../corpus/import';
import { runImport } from './run-import';
import { fileSource } from './file-source';

const demoFile = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/demo-corpus.json'), 'utf8')) as unknown[];
const noPages = () => null;
const byId = (a: CorpusDocument, b: CorpusDocument): number => a.id.localeCompare(b.id);

const awkward: CorpusDocument[] = [
  {
    id: 'https://example.org/news/1?x=1',
    url: 'https://example.org/news/1?x=1',
    title: 'Quotes "inside", a \\ backslash, a </script> and é',
    source: 'Éxample Times',
    published: '2024-02-08T10:00:00Z',
    lang: 'fr',
    text: 'First paragraph with émoji 🙂 and tabs\there.\n\nSecond paragraph.\n\nThird: {"json": "lookalike"}',
  },
  { id: 'no-meta', url: null, title: null, source: null, published: null, lang: null, text: '日本語の記事。\n\n二段落目。' },
];

describe('exporting the corpus as JSONL', () => {
  it('writes one record a line, in the record format of the CLI contract', () => {
    const jsonl = toJsonl(awkward);
    const lines = jsonl.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual({ id: 'no-meta', url: null, title: null, source: null, published: null, lang: null, text: '日本語の記事。\n\n二段落目。' });
  });

  it('re-imports through the one import path to the same documents', async () => {
    const source = idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => demoFile });
    await source.add(awkward, 'capture');
    const exported = await source.documents();
    expect(exported).toHaveLength(demoFile.length + awkward.length);
    const bytes = new TextEncoder().encode(toJsonl(exported));

    const parsed = importFile('corpus.jsonl', bytes, noPages);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.documents.map((d) => d.document).sort(byId)).toEqual([...exported].sort(byId));

    // Into an empty corpus elsewhere: every document arrives as it was.
    const target = idbCorpusStore({ indexedDB: new IDBFactory(), loadDemo: async () => [] });
    const report = await runImport([fileSource(new File([bytes], 'corpus.jsonl'))], { store: target, extract: noPages, onProgress: () => undefined, yieldToPage: async () => undefined });
    expect(report).toMatchObject({ added: exported.length, skipped: [], error: null });
    expect([...(await target.documents())].sort(byId)).toEqual([...exported].sort(byId));

    // Into the corpus it came from: every record is a duplicate, nothing changes.
    const again = await runImport([fileSource(new File([bytes], 'corpus.jsonl'))], { store: source, extract: noPages, onProgress: () => undefined, yieldToPage: async () => undefined });
    expect(again.added).toBe(0);
    expect(again.skipped).toHaveLength(exported.length);
  });

  it('names the file by the day, and says when it is a selection', () => {
    const day = new Date('2026-11-26T09:00:00Z');
    expect(exportFileName(day, false)).toBe('lacuna-corpus-2026-11-26.jsonl');
    expect(exportFileName(day, true)).toBe('lacuna-corpus-selection-2026-11-26.jsonl');
  });
});

describe('choosing what to export', () => {
  it('exports the selection only, in the corpus order, or everything', async () => {
    const { exportCorpus } = await import('../corpus/export');
    const day = new Date('2026-11-26T09:00:00Z');
    const selection = exportCorpus(awkward, ['no-meta', 'not-there'], day);
    expect(selection).toEqual({ name: 'lacuna-corpus-selection-2026-11-26.jsonl', lines: [toJsonl([awkward[1]!])], count: 1 });
    const everything = exportCorpus(awkward, null, day);
    expect(everything).toMatchObject({ name: 'lacuna-corpus-2026-11-26.jsonl', count: 2 });
    expect(everything.lines.join('')).toBe(toJsonl(awkward));
  });
});
