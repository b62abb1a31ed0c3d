import type { ParsedArgs } from '../args';
import { join } from 'node:path';
import { CACHE_DIR, listCorpusFiles, readCorpusDir, writeCache } from '../corpus-dir';
import { InputError, systemFailure } from '../errors';
import { warnIssues } from '../corpus-report';
import type { Io } from '../io';
import { formatIssue } from '../report';
import { corpusDir } from './shared';

export async function indexCommand(args: ParsedArgs, io: Io, now: () => number = () => performance.now()): Promise<number> {
  const dir = corpusDir(args.target, 'index');
  const t0 = now();
  const listing = listCorpusFiles(dir);
  const corpus = readCorpusDir(dir, listing);
  let written: string;
  try {
    written = await writeCache(dir, listing, corpus);
  } catch (err) {
    const reason = systemFailure(err);
    if (!reason) throw err;
    // The index is derived data: what was there is either kept or not used (cache tag), never wrong.
    throw new InputError(`cannot write the index in ${join(dir, CACHE_DIR)}: ${reason}. Until one is written, analyze reads the files (slower, same results).`);
  }
  const seconds = Math.round((now() - t0) / 10) / 100;
  warnIssues(io, dir, corpus.skipped, corpus.warnings);
  const skipped = corpus.skipped.map((s) => (s.line !== undefined ? { file: s.file, line: s.line, reason: s.reason } : { file: s.file, reason: s.reason }));
  if (args.options.json) {
    io.out(`${JSON.stringify({ version: 1, documents: corpus.documents.length, skipped, seconds })}\n`);
  } else {
    const lines = [`Indexed ${corpus.documents.length} documents from ${listing.files.length} files in ${seconds} s.`, `Index written to ${written}.`];
    if (skipped.length > 0) {
      lines.push(`Skipped (${skipped.length}):`);
      for (const s of skipped) lines.push(`  ${formatIssue(null, s)}`);
    }
    io.out(`${lines.join('\n')}\n`);
  }
  return 0;
}
