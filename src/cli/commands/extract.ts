import { extractHtml } from '../../extract/node';
import type { ParsedArgs } from '../args';
import { InputError } from '../errors';
import { FileReadError, readTextFile } from '../files';
import type { Io } from '../io';

export function extractCommand(args: ParsedArgs, io: Io): number {
  const path = args.target!;
  let html: string;
  try {
    html = readTextFile(path);
  } catch (err) {
    if (err instanceof FileReadError) throw new InputError(`cannot read ${path}: ${err.message}`);
    throw err;
  }
  const ex = extractHtml(html, args.options.url, { force: args.options.force });
  const a = ex.article;
  if (args.options.json) {
    // The contract's fields, then additions: truncated, reason.
    const out = {
      version: 1,
      isArticle: ex.isArticle,
      title: a.title,
      byline: a.byline,
      source: a.source,
      published: a.published,
      url: a.url,
      lang: a.lang,
      text: a.text,
      truncated: a.truncated,
      reason: ex.reason,
    };
    io.out(`${JSON.stringify(out)}\n`);
    return 0;
  }
  const lines = [
    ex.isArticle ? 'Article' : `Not an article: ${ex.reason}`,
    `  title:     ${a.title ?? '-'}`,
    `  byline:    ${a.byline ?? '-'}`,
    `  source:    ${a.source ?? '-'}`,
    `  published: ${a.published ?? '-'}`,
    `  url:       ${a.url ?? '-'}`,
    `  lang:      ${a.lang ?? '-'}`,
  ];
  if (a.truncated) lines.push('  truncated: yes (paywall or "continue reading": the page shows only part of the article)');
  if (ex.isArticle) lines.push(`  ${a.text.length} characters in ${ex.blocks.length} blocks`, '', a.text);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
