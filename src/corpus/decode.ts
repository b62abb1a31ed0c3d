/**
 * Bytes of a corpus file to text: UTF-8 (with or without a byte-order mark), UTF-16 by its
 * byte-order mark or detected from its zero bytes, or the charset an HTML page declares.
 * Anything else is refused with a reason that says what the file is and where it went
 * wrong. Pure: runs in Node and in any browser context (TextDecoder only).
 */

export type Decoded = { ok: true; text: string; charset: string } | { ok: false; reason: string };

/** How far into a file we look for signatures, zero bytes and a declared charset. */
export const SNIFF = 8192;

const SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image', [0x52, 0x49, 0x46, 0x46]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or an office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((b, i) => bytes[i] === b);
}

/** Why the first bytes of a file are not text ("binary file (a PNG image), not text"), or null when no known signature matches. */
export function binarySignature(head: Uint8Array): string | null {
  for (const [what, signature] of SIGNATURES) if (startsWith(head, signature)) return `binary file (${what}), not text`;
  return null;
}

/** Control bytes no text holds (all below 0x20 but tab, line feed, vertical tab, form feed, carriage return; and DEL). */
function isControl(byte: number): boolean {
  return (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f;
}

/**
 * More than one byte in a hundred that no text holds, or any in a file of a few dozen bytes:
 * binary data that happens to be valid UTF-8 (a random file of a few bytes often is).
 */
export function mostlyControls(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) if (isControl(byte)) controls++;
  return controls > 0 && (bytes.length < 64 || controls * 100 > bytes.length);
}

/** Mostly-zero odd (LE) or even (BE) bytes with text in the others: UTF-16 without a byte-order mark. */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero >= pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.()-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** The offset of the first byte that is not valid UTF-8; bytes.length when all are. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) break;
    i += len;
  }
  return i;
}

/** Where the first byte that is not UTF-8 is, for a person: "line 3 (byte 57)". */
function firstBadUtf8(bytes: Uint8Array): string {
  const i = invalidUtf8At(bytes);
  let line = 1;
  for (let k = 0; k < i && k < bytes.length; k++) if (bytes[k] === 0x0a) line++;
  return `line ${line} (byte ${i + 1})`;
}

/**
 * windows-1252's bytes 0x80–0x9F (the Encoding Standard; the five unassigned ones map to
 * the C1 controls). Node 20's TextDecoder decodes this charset as ISO-8859-1 instead.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes in a named charset (windows-1252 by the Encoding Standard, whatever Node's TextDecoder does), or null when they are not valid in it or it is unknown. */
export function decode(bytes: Uint8Array, charset: string): string | null {
  try {
    const decoder = new TextDecoder(charset, { fatal: true });
    if (decoder.encoding === 'windows-1252') {
      let text = '';
      for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
      return text;
    }
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function supported(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a corpus file. `html` says whether the file is a page, whose own charset
 * declaration is honoured (JSON and plain text must be UTF-8 or UTF-16).
 */
export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decode(bytes.subarray(3), 'utf-8');
    return text === null ? { ok: false, reason: `starts as UTF-8 but is not valid UTF-8 at ${firstBadUtf8(bytes)}` } : { ok: true, text, charset: 'utf-8' };
  }
  for (const [bom, charset] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = decode(bytes.subarray(2), charset);
    return text === null ? { ok: false, reason: `starts as ${charset.toUpperCase()} but is not valid ${charset.toUpperCase()}` } : { ok: true, text, charset };
  }
  const sniff = bytes.subarray(0, SNIFF);
  const binary = binarySignature(sniff);
  if (binary) return { ok: false, reason: binary };
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const text = decode(bytes, utf16);
    if (text !== null) return { ok: true, text, charset: utf16 };
  }
  if (sniff.includes(0) || mostlyControls(sniff)) return { ok: false, reason: 'binary file, not text' };
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, charset: 'utf-8' };
  const declared = options.html ? declaredCharset(bytes) : null;
  if (declared && !/^utf-?8$/.test(declared)) {
    if (!supported(declared)) return { ok: false, reason: `declares the charset "${declared}", which cannot be decoded here` };
    const text = decode(bytes, declared);
    if (text !== null) return { ok: true, text, charset: declared };
    return { ok: false, reason: `declares the charset "${declared}" but is not valid ${declared}` };
  }
  const where = firstBadUtf8(bytes);
  return {
    ok: false,
    reason: declared
      ? `declares UTF-8 but is not valid UTF-8 at ${where}`
      : options.html
        ? `not valid UTF-8 at ${where}, and the page declares no charset (<meta charset>); save it as UTF-8 or declare its charset`
        : `not valid UTF-8 at ${where}; save it as UTF-8`,
  };
}
