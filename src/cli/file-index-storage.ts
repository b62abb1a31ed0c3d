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

/**
 * Writes all of `bytes` at `position` (null: at the end of an append-only file). A write can
 * store only part of what it is given (a disk filling up): the rest is written again, so that
 * it either lands whole or fails, never stands half-written under a key line that claims it all.
 */
function writeAll(fd: number, bytes: Buffer, position: number | null): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
}

/** Reads the decimal digits at text[at..], then one space: [value, index after the space], or null. */
function numberAt(text: string, at: number): [number, number] | null {
  let value = 0;
  let index = at;
  for (let code = text.charCodeAt(index); code >= 48 && code <= 57; code = text.charCodeAt(++index)) value = value * 10 + (code - 48);
  return index > at && text.charCodeAt(index) === 32 ? [value, index + 1] : null;
}

/** Keys of one letter and a number (`d/12`: a document's record; `v/12`: its vector): a large index has hundreds of thousands. */
const NUMBERED = /^([a-z])\/(0|[1-9]\d{0,8})$/;

/**
 * Live keys → where their values are, as numbers in two arrays. A numbered key's slot is
 * found by its number in an array per letter, not in a map of strings: at 100,000 documents
 * that is 200,000 keys held as numbers.
 */
class KeyTable {
  private readonly named = new Map<string, number>();
  /** Per letter, 1 + the slot of each number, 0 for none. */
  private readonly numbered = new Map<string, Int32Array>();
  private offsets = new Float64Array(1024);
  private lengths = new Float64Array(1024);
  private readonly free: number[] = [];
  private used = 0;

  get(key: string): { offset: number; length: number } | undefined {
    const slot = this.slotOf(key);
    return slot === undefined ? undefined : { offset: this.offsets[slot]!, length: this.lengths[slot]! };
  }

  /** Sets a key's place; returns the length it had (0 when new). */
  set(key: string, offset: number, length: number): number {
    const numbered = NUMBERED.exec(key);
    let slot = this.slotOf(key, numbered);
    const before = slot === undefined ? 0 : this.lengths[slot]!;
    if (slot === undefined) {
      slot = this.free.pop() ?? this.used++;
      if (slot >= this.offsets.length) this.grow();
      this.assign(key, slot + 1, numbered);
    }
    this.offsets[slot] = offset;
    this.lengths[slot] = length;
    return before;
  }

  /** Removes a key; returns the length it had (0 when absent). */
  delete(key: string): number {
    const numbered = NUMBERED.exec(key);
    const slot = this.slotOf(key, numbered);
    if (slot === undefined) return 0;
    this.assign(key, 0, numbered);
    this.free.push(slot);
    return this.lengths[slot]!;
  }

  *[Symbol.iterator](): IterableIterator<[string, { offset: number; length: number }]> {
    const place = (slot: number) => ({ offset: this.offsets[slot]!, length: this.lengths[slot]! });
    for (const [key, slot] of this.named) yield [key, place(slot)];
    for (const [letter, slots] of this.numbered) {
      for (let number = 0; number < slots.length; number++) if (slots[number]) yield [`${letter}/${number}`, place(slots[number]! - 1)];
    }
  }

  clear(): void {
    this.named.clear();
    this.numbered.clear();
    this.free.length = 0;
    this.used = 0;
  }

  /** `match`: the key against NUMBERED, matched once by the caller. */
  private slotOf(key: string, match = NUMBERED.exec(key)): number | undefined {
    if (!match) return this.named.get(key);
    const slot = this.numbered.get(match[1]!)?.[Number(match[2])];
    return slot ? slot - 1 : undefined;
  }

  /** Gives a key its slot + 1, or none with 0. */
  private assign(key: string, slotPlusOne: number, match: RegExpExecArray | null): void {
    if (!match) {
      if (slotPlusOne === 0) this.named.delete(key);
      else this.named.set(key, slotPlusOne - 1);
      return;
    }
    const number = Number(match[2]);
    let slots = this.numbered.get(match[1]!);
    if (!slots || number >= slots.length) {
      if (slotPlusOne === 0) return;
      const grown = new Int32Array(Math.max(1024, number + 1, (slots?.length ?? 0) * 2));
      if (slots) grown.set(slots);
      this.numbered.set(match[1]!, (slots = grown));
    }
    slots[number] = slotPlusOne;
  }

  private grow(): void {
    const offsets = new Float64Array(this.offsets.length * 2);
    const lengths = new Float64Array(this.lengths.length * 2);
    offsets.set(this.offsets);
    lengths.set(this.lengths);
    this.offsets = offsets;
    this.lengths = lengths;
  }
}

export class FileIndexStorage implements IndexStorage {
  private readonly entries = new KeyTable();
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

  /** Applies the key lines of text[from, to): `offset length key`, a length of -1 deleting the key. */
  private apply(text: string, from: number, to: number): void {
    let at = from;
    while (at < to) {
      const end = text.indexOf('\n', at);
      const offset = numberAt(text, at);
      const deleted = offset !== null && text.startsWith('-1 ', offset[1]);
      const length = offset === null ? null : deleted ? ([-1, offset[1] + 3] as [number, number]) : numberAt(text, offset[1]);
      if (offset !== null && length !== null && length[1] <= end) this.record(unescapeKey(text.slice(length[1], end)), offset[0], length[0]);
      at = end + 1;
    }
  }

  private record(key: string, offset: number, length: number): void {
    if (length < 0) this.live -= this.entries.delete(key);
    else this.live += length - this.entries.set(key, offset, length);
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
    if (data.length > 0) writeAll(this.data, data, this.end);
    writeAll(this.keys, Buffer.from(`${lines.join('\n')}\n${COMMIT}\n`), null);
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
      writeAll(data, buffer, offset);
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
