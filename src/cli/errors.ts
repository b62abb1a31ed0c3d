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
