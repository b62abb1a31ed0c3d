/**
 * Article detection scored on test/fixtures/detection: pages under `article/` should be taken
 * for articles, pages under `other/` (home pages, section fronts, search results, video pages,
 * forms, logins…) should not. Each page's address is in its <link rel="canonical">, as a
 * browser would give it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractHtml } from '../../src/extract/node';

export const DETECTION_DIR = resolve(import.meta.dirname, '../../test/fixtures/detection');

export interface DetectorFigures {
  articles: number;
  nonArticles: number;
  precision: number;
  recall: number;
  /** Pages judged wrongly, as "kind/file". */
  mistakes: string[];
}

function pages(kind: 'article' | 'other'): Array<{ name: string; html: string; url: string | null }> {
  const dir = resolve(DETECTION_DIR, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = readFileSync(resolve(dir, name), 'utf8');
      const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? null;
      return { name, html, url };
    });
}

export function detectorFigures(): DetectorFigures {
  const mistakes: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const articles = pages('article');
  const others = pages('other');
  for (const p of articles) {
    if (extractHtml(p.html, p.url).isArticle) tp++;
    else {
      fn++;
      mistakes.push(`article/${p.name} taken for a non-article`);
    }
  }
  for (const p of others) {
    if (extractHtml(p.html, p.url).isArticle) {
      fp++;
      mistakes.push(`other/${p.name} taken for an article`);
    }
  }
  return {
    articles: articles.length,
    nonArticles: others.length,
    precision: tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: tp + fn > 0 ? tp / (tp + fn) : 0,
    mistakes,
  };
}
