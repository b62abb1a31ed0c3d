import type { ParsedArgs } from '../args';
import { loadArticle } from '../article';
import { loadCorpus } from '../corpus-dir';
import { warnIssues } from '../corpus-report';
import type { Io } from '../io';
import { contractRelated } from '../contract';
import { formatRelated } from '../report';
import { corpusDir } from './shared';

export async function relatedCommand(args: ParsedArgs, io: Io): Promise<number> {
  const dir = corpusDir(args.options.corpus);
  const { article } = loadArticle(args.target!, { force: args.options.force });
  const corpus = await loadCorpus(dir);
  warnIssues(io, dir, corpus.skipped, corpus.warnings);
  const related = await corpus.related(article);
  io.out(args.options.json ? `${JSON.stringify({ version: 1, related: contractRelated(related) })}\n` : formatRelated(related));
  return 0;
}
