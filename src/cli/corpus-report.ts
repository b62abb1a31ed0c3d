/** Warnings about a corpus directory's skipped files, on stderr. */
import type { RecordIssue } from '../engine/corpus/records';
import type { Io } from './io';
import { formatIssue } from './report';

export function warnIssues(io: Io, dir: string, skipped: readonly RecordIssue[], warnings: readonly RecordIssue[]): void {
  for (const s of skipped) io.err(`lacuna: warning: ${formatIssue(dir, s)} (skipped)\n`);
  for (const w of warnings) io.err(`lacuna: warning: ${formatIssue(dir, w)}\n`);
}
