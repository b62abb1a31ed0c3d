/** Reading text files: UTF-8, UTF-16 or a page's declared charset; binary files refused with a reason. */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../corpus/decode';

/** Thrown when a file is not text we can read; the message says why, for a person. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

/** A file's bytes; a file that cannot be read throws FileReadError saying why. */
export function readFileBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new FileReadError(describeReadError(err));
  }
}

/** Why a file could not be read, for a person. */
export function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
}

/** A text file, decoded as the corpus import decodes (src/corpus/decode.ts). */
export function readTextFile(path: string): string {
  const decoded = decodeBytes(readFileBytes(path), { html: /\.html?$/i.test(path) });
  if (!decoded.ok) throw new FileReadError(decoded.reason);
  return decoded.text;
}

export function extensionOf(path: string): string {
  const m = /\.([^./\\]+)$/.exec(path);
  return m ? m[1]!.toLowerCase() : '';
}
