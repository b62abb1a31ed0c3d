/**
 * A JSONL file read piece by piece: bytes go in as they arrive (a browser File's stream, a
 * Node file read in chunks) and each complete line comes out as a document or a skip at once,
 * so neither the file nor its documents are ever held whole. The same rules as a whole-file
 * read (cli-contract.md): UTF-8 (with or without a byte-order mark) or UTF-16, blank lines
 * ignored, a bad line skipped with its number while the others import. Pure.
 */
import { parseRecord } from '../engine/corpus/records';
import { binarySignature, detectUtf16, invalidUtf8At, SNIFF } from './decode';
import { addRecord, emptyImport, issue, type FileImport, type PageExtractor } from './import-record';

const NEWLINE = 0x0a;
/** A longer line is not a news record: it is skipped without being held whole. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

type Mode = { kind: 'sniffing' } | { kind: 'utf-8' } | { kind: 'utf-16'; decoder: TextDecoder } | { kind: 'refused' };

export class JsonlReader {
  private mode: Mode = { kind: 'sniffing' };
  /** Bytes of a line not finished yet (UTF-8), or the first bytes while the encoding is not known. */
  private pendingBytes: Uint8Array = new Uint8Array(0);
  /** Text of a line not finished yet (UTF-16). */
  private pendingText = '';
  private line = 0;
  /** Non-blank lines so far: the n of `<file>#<n>` ids. */
  private records = 0;
  private bytesSeen = 0;
  /** Set while the rest of an over-long line goes by. */
  private skippingLine = false;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });

  /** `skipLines`: lines already imported (an interrupted import going on); they are counted, not read. */
  constructor(
    private readonly file: string,
    private readonly extract: PageExtractor,
    private readonly skipLines = 0,
  ) {}

  /** Lines read so far. */
  get lines(): number {
    return this.line;
  }

  /** The documents and skips of every line this chunk completes. */
  push(chunk: Uint8Array): FileImport {
    const out = emptyImport();
    this.bytesSeen += chunk.length;
    if (this.mode.kind === 'refused') return out;
    if (this.mode.kind === 'sniffing') {
      this.pendingBytes = concat(this.pendingBytes, chunk);
      if (this.pendingBytes.length < SNIFF) return out;
      this.decide(out);
      const head = this.pendingBytes;
      this.pendingBytes = new Uint8Array(0);
      this.feed(head, out);
      return out;
    }
    this.feed(chunk, out);
    return out;
  }

  /** The last line (one without a final newline), and what the whole file comes to. */
  end(): FileImport {
    const out = emptyImport();
    if (this.mode.kind === 'sniffing') {
      this.decide(out);
      const head = this.pendingBytes;
      this.pendingBytes = new Uint8Array(0);
      this.feed(head, out);
    }
    if (this.mode.kind === 'utf-8' && this.pendingBytes.length > 0) this.utf8Line(this.pendingBytes, out);
    if (this.mode.kind === 'utf-16') {
      try {
        this.pendingText += this.mode.decoder.decode();
      } catch {
        this.refuse(out, `not valid ${this.mode.decoder.encoding.toUpperCase()} after line ${this.line}; the rest of the file was not read`);
      }
      if (this.pendingText !== '') this.textLine(this.pendingText, out);
    }
    this.pendingBytes = new Uint8Array(0);
    this.pendingText = '';
    if (this.mode.kind !== 'refused' && this.records === 0) out.skipped.push(issue(this.file, 'file holds no text'));
    return out;
  }

  private refuse(out: FileImport, reason: string): void {
    this.mode = { kind: 'refused' };
    out.skipped.push(issue(this.file, reason));
  }

  /** Judges the encoding from the first bytes, as a whole-file read does. */
  private decide(out: FileImport): void {
    const head = this.pendingBytes;
    if (this.bytesSeen === 0) return this.refuse(out, 'the file is empty');
    const binary = binarySignature(head);
    if (binary) return this.refuse(out, binary);
    const bom = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
    const utf16 = bom ?? detectUtf16(head);
    if (utf16) {
      this.mode = { kind: 'utf-16', decoder: new TextDecoder(utf16, { fatal: true }) };
      return;
    }
    if (head.subarray(0, SNIFF).includes(0)) return this.refuse(out, 'binary file, not text');
    this.mode = { kind: 'utf-8' };
  }

  private feed(bytes: Uint8Array, out: FileImport): void {
    if (this.mode.kind === 'utf-8') this.feedUtf8(bytes, out);
    else if (this.mode.kind === 'utf-16') this.feedUtf16(bytes, out);
  }

  private feedUtf8(bytes: Uint8Array, out: FileImport): void {
    let start = 0;
    let at = bytes.indexOf(NEWLINE);
    if (at >= 0 && this.skippingLine) {
      this.skippingLine = false;
      start = at + 1;
      at = bytes.indexOf(NEWLINE, start);
    } else if (at >= 0 && this.pendingBytes.length > 0) {
      // The end of a line begun in an earlier chunk: too long once whole, it is skipped like one that never ends.
      if (this.pendingBytes.length + at > MAX_LINE_BYTES) this.lineTooLong(out);
      else this.utf8Line(concat(this.pendingBytes, bytes.subarray(0, at)), out);
      this.pendingBytes = new Uint8Array(0);
      start = at + 1;
      at = bytes.indexOf(NEWLINE, start);
    }
    while (at >= 0) {
      this.utf8Line(bytes.subarray(start, at), out);
      start = at + 1;
      at = bytes.indexOf(NEWLINE, start);
    }
    if (start >= bytes.length || this.skippingLine) return;
    // Copied: the caller may reuse its buffer for the next chunk.
    this.pendingBytes = concat(this.pendingBytes, bytes.subarray(start));
    if (this.pendingBytes.length > MAX_LINE_BYTES) {
      this.pendingBytes = new Uint8Array(0);
      this.skippingLine = true;
      this.lineTooLong(out);
    }
  }

  private lineTooLong(out: FileImport): void {
    this.line++;
    this.records++;
    if (this.line > this.skipLines) out.skipped.push(issue(this.file, `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB, too long for one news record; line skipped`, this.line));
  }

  private utf8Line(bytes: Uint8Array, out: FileImport): void {
    const first = this.line === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(first);
    let text: string;
    try {
      text = this.utf8.decode(body);
    } catch {
      this.line++;
      this.records++;
      if (this.line > this.skipLines) out.skipped.push(issue(this.file, `not valid UTF-8 at byte ${invalidUtf8At(body) + 1} of the line; save the file as UTF-8`, this.line));
      return;
    }
    this.textLine(text, out);
  }

  private feedUtf16(bytes: Uint8Array, out: FileImport): void {
    if (this.mode.kind !== 'utf-16') return;
    let text: string;
    try {
      text = this.mode.decoder.decode(bytes, { stream: true });
    } catch {
      return this.refuse(out, `not valid ${this.mode.decoder.encoding.toUpperCase()} after line ${this.line}; the rest of the file was not read`);
    }
    const pieces = (this.pendingText + text).split('\n');
    this.pendingText = pieces.pop()!;
    for (const piece of pieces) this.textLine(piece, out);
  }

  /** One line between newlines: a carriage return before the newline is dropped, a lone one ends a line too. */
  private textLine(raw: string, out: FileImport): void {
    const text = (this.line === 0 ? raw.replace(/^\ufeff/, '') : raw).replace(/\r$/, '');
    for (const piece of text.includes('\r') ? text.split('\r') : [text]) this.record(piece, out);
  }

  private record(raw: string, out: FileImport): void {
    const line = ++this.line;
    if (raw.trim() === '') return;
    const index = ++this.records;
    if (line <= this.skipLines) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      out.skipped.push(issue(this.file, `not valid JSON (${err instanceof Error ? err.message : String(err)})`, line));
      return;
    }
    const result = parseRecord(value, { file: this.file, line, index });
    if (!result.ok) {
      out.skipped.push(issue(this.file, result.reason, line));
      return;
    }
    for (const w of result.warnings) out.warnings.push(issue(this.file, w, line));
    addRecord(out, this.extract, this.file, result.record, line);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b.slice();
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
