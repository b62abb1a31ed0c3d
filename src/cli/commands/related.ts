import { findRelated } from '../../engine';
import type { ParsedArgs } from '../args';
import { loadArticle } from '../article';
import { loadCorpus } from '../corpus-dir';
import { warnIssues } from '../corpus-report';
import type { Io } from '../io';
import { formatRelated } from '../report';
import { corpusDir } from './shared';

export function relatedCommand(args: ParsedArgs, io: Io): number {
  const dir = corpusDir(args.options.corpus);
  const { article } = loadArticle(args.target!, { force: args.options.force });
  const corpus = loadCorpus(dir);
  warnIssues(io, dir, corpus.skipped, corpus.warnings);
  const related = findRelated(article, corpus.index);
  io.out(args.options.json ? `${JSON.stringify({ version: 1, related })}\n` : formatRelated(related));
  return 0;
}
