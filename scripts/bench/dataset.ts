/**
 * The article-extraction benchmark pages kept beside the project in ../shared: the dev split
 * (for tuning) and the holdout split (for a final figure only). Layout: html/<id>.html.gz and
 * ground-truth.json mapping id → { articleBody, url }.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type Split = 'dev' | 'holdout';

export interface BenchPage {
  id: string;
  url: string;
  gold: string;
  html: string;
}

const root = resolve(import.meta.dirname, '../..');

export function splitDir(split: Split, shared = resolve(root, '..', 'shared')): string {
  return split === 'dev' ? resolve(shared, 'data', 'extraction-dev') : resolve(shared, 'holdout', 'extraction-holdout');
}

/** The pages of a split, sorted by id; null when the folder is not there. */
export function loadSplit(dir: string): BenchPage[] | null {
  const truthFile = resolve(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id]!.url ?? '',
      gold: truth[id]!.articleBody ?? '',
      html: gunzipSync(readFileSync(resolve(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}
