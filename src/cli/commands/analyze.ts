import type { ParsedArgs } from '../args';
import { loadArticle } from '../article';
import { loadCorpus } from '../corpus-dir';
import { warnIssues } from '../corpus-report';
import type { Io } from '../io';
import { contractAnalysis } from '../contract';
import { formatAnalysis } from '../report';
import { corpusDir } from './shared';

export async function analyzeCommand(args: ParsedArgs, io: Io): Promise<number> {
  const dir = corpusDir(args.options.corpus);
  const { article, truncated } = loadArticle(args.target!, { force: args.options.force });
  const corpus = await loadCorpus(dir);
  warnIssues(io, dir, corpus.skipped, corpus.warnings);
  const result = await corpus.analyze(article);
  io.out(args.options.json ? `${JSON.stringify(contractAnalysis(result))}\n` : formatAnalysis(result, { truncated }));
  return 0;
}
