/** Reading text files: UTF-8 only, binary files refused with a reason. */
import { readFileSync } from 'node:fs';

/** Thrown when a file is not text we can read; the message says why, for a person. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new FileReadError(why);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new FileReadError('binary file, not text');
  try {
    return decoder.decode(bytes).replace(/^\ufeff/, '');
  } catch {
    throw new FileReadError('not valid UTF-8 text');
  }
}

export function extensionOf(path: string): string {
  const m = /\.([^./\\]+)$/.exec(path);
  return m ? m[1]!.toLowerCase() : '';
}
