/** The <article> argument: a .txt, .html/.htm or .json file → the engine's ArticleInput. */
import { existsSync } from 'node:fs';
import type { ArticleInput } from '../engine/types';
import { parseJsonFile, textToDocument } from '../engine/corpus/records';
import { extractHtml } from '../extract/node';
import { InputError, UsageError } from './errors';
import { FileReadError, extensionOf, readTextFile } from './files';

export interface LoadedArticle {
  article: ArticleInput;
  /** Set when the page looked cut short (paywall); only for pages. */
  truncated: boolean;
}

function read(path: string): string {
  try {
    return readTextFile(path);
  } catch (err) {
    if (err instanceof FileReadError) throw new InputError(`cannot read ${path}: ${err.message}`);
    throw err;
  }
}

function noText(path: string, why = 'it holds no article text'): never {
  throw new InputError(`${path}: ${why}`);
}

export function loadArticle(path: string, options: { force: boolean; url?: string | null }): LoadedArticle {
  const ext = extensionOf(path);
  // A missing file is missing, whatever its name.
  if (!existsSync(path)) throw new InputError(`cannot read ${path}: no such file`);
  if (!['txt', 'html', 'htm', 'json'].includes(ext)) {
    throw new UsageError(`cannot tell what ${path} holds: give a .txt, .html, .htm or .json file`);
  }
  const content = read(path);

  if (ext === 'txt') {
    const doc = textToDocument(content, path);
    if (!doc.text.trim()) noText(path);
    const { id: _id, ...article } = doc;
    return { article, truncated: false };
  }

  if (ext === 'html' || ext === 'htm') {
    const ex = extractHtml(content, options.url ?? null, { force: options.force });
    if (!ex.isArticle) noText(path, options.force ? ex.reason : `${ex.reason} (--force reads it anyway)`);
    const { byline: _b, truncated, ...article } = ex.article;
    return { article, truncated };
  }

  const parsed = parseJsonFile(content, path);
  if (parsed.skipped.length > 0) noText(path, parsed.skipped.map((s) => s.reason).join('; '));
  if (parsed.records.length !== 1) noText(path, `it holds ${parsed.records.length} records; give one`);
  const record = parsed.records[0]!;
  if (record.kind === 'text') {
    const { id: _id, ...article } = record.document;
    return { article, truncated: false };
  }
  // A record's html is the article by definition (often a fragment): extract it as such.
  const ex = extractHtml(record.html, record.meta.url, { force: true });
  if (!ex.article.text) noText(path, 'its html holds no text');
  const m = record.meta;
  return {
    article: {
      url: m.url ?? ex.article.url,
      title: m.title ?? ex.article.title,
      source: m.source ?? ex.article.source,
      published: m.published ?? ex.article.published,
      lang: m.lang ?? ex.article.lang,
      text: ex.article.text,
    },
    truncated: ex.article.truncated,
  };
}
