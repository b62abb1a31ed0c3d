/**
 * The stored index's storage in a folder (the CLI's <dir>/.lacuna/index, the benchmark's
 * persisted index): values appended to a data file (v8 serialization: JSON-like data, Maps,
 * typed arrays), and a key log of `offset length key` lines, each batch ended by a line
 * `.`, so that a batch cut short by a crash is ignored when the folder is opened again.
 * When most of the data file is values overwritten since, it is copied to a new generation.
 */
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IndexStorage } from '../engine';

const COMMIT = '.';
/** Copy to a new generation when the data file is this many times the live values (and not small). */
const GARBAGE_FACTOR = 2;
const MIN_COMPACT_BYTES = 16 * 1024 * 1024;

const escapeKey = (key: string): string => key.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const unescapeKey = (key: string): string => (key.includes('\\') ? key.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\')) : key);

/**
 * v8's deserializer makes typed arrays views on the buffer it read, which then stays in
 * memory whole (the bytes of the value's strings too) while the arrays are kept, as a
 * query's caches keep them: copy them out, a value or its fields, as the index stores them.
 */
function withOwnBuffers(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return (value as Uint8Array).slice();
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map)) {
    const fields = value as Record<string, unknown>;
    for (const key of Object.keys(fields)) if (ArrayBuffer.isView(fields[key])) fields[key] = (fields[key] as Uint8Array).slice();
  }
  return value;
}

export class FileIndexStorage implements IndexStorage {
  private readonly entries = new Map<string, { offset: number; length: number }>();
  private data = -1;
  private keys = -1;
  private end = 0;
  private live = 0;
  private generation = 0;

  private constructor(readonly folder: string) {}

  /** Opens (creating it when needed) the storage in `folder`. */
  static open(folder: string): FileIndexStorage {
    mkdirSync(folder, { recursive: true });
    const storage = new FileIndexStorage(folder);
    const current = join(folder, 'CURRENT');
    storage.generation = existsSync(current) ? Number(readFileSync(current, 'utf8').trim()) || 0 : 0;
    storage.load();
    return storage;
  }

  private path(kind: 'data' | 'keys', generation = this.generation): string {
    return join(this.folder, `${kind}.${generation}`);
  }

  private load(): void {
    this.data = openSync(this.path('data'), 'a+');
    this.keys = openSync(this.path('keys'), 'a+');
    this.end = fstatSync(this.data).size;
    let text = readFileSync(this.path('keys'), 'utf8');
    // A batch cut short (no commit line) is dropped, so that the next one does not take it in.
    const committed = text.startsWith(`${COMMIT}\n`) ? 2 : text.lastIndexOf(`\n${COMMIT}\n`) + 3;
    if (committed < text.length) {
      text = text.slice(0, Math.max(0, committed));
      truncateSync(this.path('keys'), Buffer.byteLength(text));
    }
    // Each batch's lines are applied when its commit line is reached.
    let batchStart = 0;
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end - at === COMMIT.length && text.startsWith(COMMIT, at)) {
        this.apply(text, batchStart, at);
        batchStart = end + 1;
      }
      at = end + 1;
    }
  }

  /** Applies the key lines of text[from, to). */
  private apply(text: string, from: number, to: number): void {
    let at = from;
    while (at < to) {
      const end = text.indexOf('\n', at);
      const first = text.indexOf(' ', at);
      const second = text.indexOf(' ', first + 1);
      if (first > at && second > first && second < end) {
        this.record(unescapeKey(text.slice(second + 1, end)), Number(text.slice(at, first)), Number(text.slice(first + 1, second)));
      }
      at = end + 1;
    }
  }

  private record(key: string, offset: number, length: number): void {
    const before = this.entries.get(key);
    if (before) this.live -= before.length;
    if (length < 0) this.entries.delete(key);
    else {
      this.entries.set(key, { offset, length });
      this.live += length;
    }
  }

  async get(keys: readonly string[]): Promise<unknown[]> {
    return keys.map((key) => {
      const entry = this.entries.get(key);
      if (!entry) return undefined;
      const buffer = Buffer.allocUnsafe(entry.length);
      readSync(this.data, buffer, 0, entry.length, entry.offset);
      return withOwnBuffers(deserialize(buffer));
    });
  }

  async put(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void> {
    const lines: string[] = [];
    const written: Array<[string, number, number]> = [];
    const buffers: Buffer[] = [];
    let offset = this.end;
    for (const [key, value] of entries) {
      if (value === undefined) {
        written.push([key, 0, -1]);
      } else {
        const bytes = serialize(value);
        buffers.push(bytes);
        written.push([key, offset, bytes.length]);
        offset += bytes.length;
      }
    }
    for (const [key, at, length] of written) lines.push(`${at} ${length} ${escapeKey(key)}`);
    const data = Buffer.concat(buffers);
    if (data.length > 0) writeSync(this.data, data, 0, data.length, this.end);
    writeSync(this.keys, `${lines.join('\n')}\n${COMMIT}\n`);
    this.end = offset;
    for (const [key, at, length] of written) this.record(key, at, length);
    if (this.end > MIN_COMPACT_BYTES && this.end > GARBAGE_FACTOR * this.live) this.compact();
  }

  /** Copies the live values to a new generation and switches to it. */
  private compact(): void {
    const next = this.generation + 1;
    const data = openSync(this.path('data', next), 'w');
    const lines: string[] = [];
    let offset = 0;
    for (const [key, entry] of this.entries) {
      const buffer = Buffer.allocUnsafe(entry.length);
      readSync(this.data, buffer, 0, entry.length, entry.offset);
      writeSync(data, buffer, 0, buffer.length, offset);
      lines.push(`${offset} ${entry.length} ${escapeKey(key)}`);
      offset += entry.length;
    }
    closeSync(data);
    writeFileSync(this.path('keys', next), `${lines.join('\n')}\n${COMMIT}\n`);
    const current = join(this.folder, 'CURRENT');
    writeFileSync(`${current}.tmp`, String(next));
    renameSync(`${current}.tmp`, current);
    const previous = this.generation;
    this.close();
    rmSync(this.path('data', previous), { force: true });
    rmSync(this.path('keys', previous), { force: true });
    this.generation = next;
    this.entries.clear();
    this.live = 0;
    this.load();
  }

  /** Bytes of the current generation's files. */
  bytesOnDisk(): number {
    return fstatSync(this.data).size + fstatSync(this.keys).size;
  }

  close(): void {
    if (this.data >= 0) closeSync(this.data);
    if (this.keys >= 0) closeSync(this.keys);
    this.data = this.keys = -1;
  }
}
