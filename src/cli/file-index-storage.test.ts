import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeStored, StoredIndex, type CorpusDocument } from '../engine';
import { FileIndexStorage } from './file-index-storage';

/** A disk that takes at most this many bytes per write, then (once `full`) none: as one filling up. */
const disk: { maxPerWrite: number | null; full: boolean } = { maxPerWrite: null, full: false };
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const writeSync = ((fd: number, data: Buffer | string, ...rest: unknown[]) => {
    if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    if (disk.maxPerWrite === null || typeof data === 'string') return (real.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    const [offset = 0, length = data.length - (offset as number), position = null] = rest as [number?, number?, (number | null)?];
    return real.writeSync(fd, data, offset, Math.min(length, disk.maxPerWrite), position);
  }) as typeof real.writeSync;
  return { ...real, default: { ...real, writeSync }, writeSync };
});
afterEach(() => Object.assign(disk, { maxPerWrite: null, full: false }));

let folder: string;
beforeEach(() => void (folder = mkdtempSync(join(tmpdir(), 'lacuna-file-storage-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('FileIndexStorage', () => {
  it('keeps values of every kind the index stores, across openings', async () => {
    const storage = FileIndexStorage.open(folder);
    await storage.put([['meta', { a: 1, list: ['x'] }], ['map', new Map([['t', [1, 2, 3]]])], ['array', new Uint32Array([7, 8])], ['odd\nkey\\', 'value']]);
    await storage.put([['meta', { a: 2 }], ['array', undefined]]);
    storage.close();
    const again = FileIndexStorage.open(folder);
    expect(await again.get(['meta', 'map', 'array', 'odd\nkey\\', 'none'])).toEqual([{ a: 2 }, new Map([['t', [1, 2, 3]]]), undefined, 'value', undefined]);
    again.close();
  });

  it('keeps thousands of keys through overwrites, deletions and re-additions, across openings', async () => {
    const storage = FileIndexStorage.open(folder);
    const keys = Array.from({ length: 3000 }, (_, at) => `d/${at}`);
    await storage.put(keys.map((key, at) => [key, at]));
    await storage.put(keys.filter((_, at) => at % 3 === 0).map((key) => [key, undefined]));
    await storage.put(keys.filter((_, at) => at % 3 === 1).map((key, at) => [key, `again ${at}`]));
    await storage.put([['d/0', 'back'], ['d/007', 'zeros'], ['p/1/7', 'shard'], ['D/7', 'capital']]);
    storage.close();
    const again = FileIndexStorage.open(folder);
    expect(await again.get(['d/0', 'd/1', 'd/2', 'd/3', 'd/2997', 'd/2998', 'd/2999'])).toEqual(['back', 'again 0', 2, undefined, undefined, 'again 999', 2999]);
    expect(await again.get(['d/7', 'd/007', 'p/1/7', 'D/7'])).toEqual(['again 2', 'zeros', 'shard', 'capital']);
    again.close();
  });

  it('gives typed arrays of their own, not views on the buffer it read', async () => {
    const storage = FileIndexStorage.open(folder);
    await storage.put([['shard', { terms: ['harbour', 'budget'], documents: new Uint32Array([1, 2, 3]) }], ['norms', new Float32Array([0.5])]]);
    const [shard, norms] = (await storage.get(['shard', 'norms'])) as [{ documents: Uint32Array }, Float32Array];
    expect([...shard.documents]).toEqual([1, 2, 3]);
    expect(shard.documents.buffer.byteLength).toBe(shard.documents.byteLength);
    expect(norms.buffer.byteLength).toBe(norms.byteLength);
    storage.close();
  });

  it('ignores a batch that a crash cut short, and the next batch does not take it in', async () => {
    const storage = FileIndexStorage.open(folder);
    await storage.put([['kept', 1]]);
    storage.close();
    const keys = readdirSync(folder).find((name) => name.startsWith('keys.'))!;
    appendFileSync(join(folder, keys), '999 40 half-written\n');
    const again = FileIndexStorage.open(folder);
    expect(await again.get(['kept', 'half-written'])).toEqual([1, undefined]);
    await again.put([['next', 2]]);
    again.close();
    const third = FileIndexStorage.open(folder);
    expect(await third.get(['kept', 'half-written', 'next'])).toEqual([1, undefined, 2]);
    third.close();
  });

  it('writes a value whole when the disk takes it a part at a time', async () => {
    const storage = FileIndexStorage.open(folder);
    disk.maxPerWrite = 7;
    const value = { text: 'a value longer than one short write '.repeat(20), list: new Uint32Array(50).fill(3) };
    await storage.put([['long', value], ['short', 1]]);
    disk.maxPerWrite = null;
    storage.close();
    const again = FileIndexStorage.open(folder);
    expect(await again.get(['long', 'short'])).toEqual([value, 1]);
    again.close();
  });

  it('fails a batch the disk has no room for, keeping the batches before it', async () => {
    const storage = FileIndexStorage.open(folder);
    await storage.put([['kept', 'before']]);
    disk.full = true;
    await expect(storage.put([['lost', 'x'.repeat(1000)]])).rejects.toThrow('ENOSPC');
    disk.full = false;
    storage.close();
    expect(fs.readdirSync(folder).sort()).toEqual(['data.0', 'keys.0']);
    const again = FileIndexStorage.open(folder);
    expect(await again.get(['kept', 'lost'])).toEqual(['before', undefined]);
    again.close();
  });

  it('holds a stored index that a fresh opening analyzes with', async () => {
    const documents: CorpusDocument[] = [1, 2, 3].map((n) => ({
      id: `d${n}`, url: null, title: null, source: null, published: null, lang: 'en',
      text: `The council approved harbour budget number ${n} on Monday.\n\nFishermen protested about the moorings and the budget.`,
    }));
    const storage = FileIndexStorage.open(folder);
    await (await StoredIndex.open(storage)).add(documents);
    storage.close();
    const reopened = FileIndexStorage.open(folder);
    const index = await StoredIndex.open(reopened);
    const analysis = await analyzeStored({ url: null, title: null, source: null, published: null, lang: 'en', text: 'The council approved a harbour budget on Monday, and fishermen protested.' }, index);
    expect(analysis.related.map((entry) => entry.doc).sort()).toEqual(['d1', 'd2', 'd3']);
    reopened.close();
  });
});
