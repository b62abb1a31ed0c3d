import { analyze } from '../../engine';
import type { ParsedArgs } from '../args';
import { loadArticle } from '../article';
import { loadCorpus } from '../corpus-dir';
import { warnIssues } from '../corpus-report';
import type { Io } from '../io';
import { formatAnalysis } from '../report';
import { corpusDir } from './shared';

export function analyzeCommand(args: ParsedArgs, io: Io): number {
  const dir = corpusDir(args.options.corpus);
  const { article, truncated } = loadArticle(args.target!, { force: args.options.force });
  const corpus = loadCorpus(dir);
  warnIssues(io, dir, corpus.skipped, corpus.warnings);
  const result = analyze(article, corpus.index);
  io.out(args.options.json ? `${JSON.stringify(result)}\n` : formatAnalysis(result, { truncated }));
  return 0;
}
