/** Errors that end a command with a given exit status (cli-contract.md). */

/** Bad usage: unknown command or option, missing argument. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = 2;
}

/** The input could not be read or holds no article text. Exit 1. */
export class InputError extends Error {
  override name = 'InputError';
  readonly exitCode = 1;
}

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

/** What the system says of a file it could not write, for the errors that are the machine's, not a bug. */
const SYSTEM_FAILURES: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'no permission to write there',
  EPERM: 'no permission to write there',
  EROFS: 'the disk is read-only',
  ENOTDIR: 'a file stands where a folder is needed',
  EISDIR: 'a folder stands where a file is needed',
};

/** The reason in words when `err` is a failure of the machine (full disk, no permission), else null. */
export function systemFailure(err: unknown): string | null {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? (SYSTEM_FAILURES[code] ?? null) : null;
}
