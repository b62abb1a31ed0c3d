import { PAIR_THRESHOLD, pairScore } from '../../engine';
import type { ParsedArgs } from '../args';
import { InputError } from '../errors';
import { FileReadError, readTextFile } from '../files';
import type { Io } from '../io';

/**
 * `pairs`: one JSON object a line, `{ "id", "score", "same" }`, with or without --json (the
 * contract's output for this command is JSON lines). Lines without three tab-separated
 * fields, or with a sentence that holds no word, are skipped with a warning naming the line.
 */
export function pairsCommand(args: ParsedArgs, io: Io): number {
  const path = args.target!;
  let content: string;
  try {
    content = readTextFile(path);
  } catch (err) {
    if (err instanceof FileReadError) throw new InputError(`cannot read ${path}: ${err.message}`);
    throw err;
  }
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (i === 0 && /^id(\t|$)/i.test(line)) return;
    const fields = line.split('\t');
    if (fields.length < 3) {
      io.err(`lacuna: warning: ${path}:${i + 1}: expected id<TAB>sentence A<TAB>sentence B, found ${fields.length} field${fields.length === 1 ? '' : 's'} (skipped)\n`);
      return;
    }
    const [id, a, b] = fields as [string, string, string];
    const wordless = [a, b].findIndex((sentence) => !/[\p{L}\p{N}]/u.test(sentence));
    if (wordless >= 0) {
      io.err(`lacuna: warning: ${path}:${i + 1}: sentence ${wordless === 0 ? 'A' : 'B'} of "${id}" holds no words (skipped)\n`);
      return;
    }
    const score = pairScore(a, b);
    io.out(`${JSON.stringify({ id, score: Math.round(score * 10000) / 10000, same: score >= PAIR_THRESHOLD })}\n`);
  });
  return 0;
}
