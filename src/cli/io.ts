/** Where a command writes. Passed in so tests can capture the output of `run`. */
export interface Io {
  /** Writes to stdout (text as given: add the newline yourself). */
  out(text: string): void;
  /** Writes to stderr. */
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** An Io that keeps what is written, for tests. */
export function memoryIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
