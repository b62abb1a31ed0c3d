/**
 * Related coverage in a reader's corpus, which mostly holds other stories: the saved pages of
 * the extraction dev set (news and blog pages of many sites, most from the same three days),
 * extracted as the extension extracts them (outlet name, address and date kept), each against
 * all the others, scored against hand-written labels of which pages tell one story.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIndex, findRelated, type CorpusDocument } from '../../src/engine';
import { extractHtml } from '../../src/extract/node';
import type { BenchPage } from '../bench/dataset';

interface StoryLabels {
  stories: Array<{ story: string; pages: string[] }>;
  arguable: Array<{ why: string; pages: [string, string] }>;
}

export const BROWSING_LABELS = resolve(import.meta.dirname, '../../test/fixtures/browsing/stories.json');
/** The same labels for the held-out pages, to report a figure on pages no rule was tuned on. */
export const BROWSING_HOLDOUT_LABELS = resolve(import.meta.dirname, '../../test/fixtures/browsing/stories-holdout.json');

export function readBrowsingLabels(path: string): StoryLabels {
  return JSON.parse(readFileSync(path, 'utf8')) as StoryLabels;
}

export interface BrowsingResult {
  pages: number;
  /** Pages that got any related coverage. */
  withAny: number;
  /** Found (page, related page) pairs, each way: right, wrong, or neither (arguable). */
  right: number;
  wrong: number;
  arguable: number;
  /** Pairs of one story, each way. */
  relevant: number;
  /** The wrong pairs, as "title ~ title (score)". */
  wrongPairs: string[];
  /** Of the found pairs, those related only on a second look (RelatedDocument.loose): right and wrong. */
  loose: { right: number; wrong: number };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

export function evaluateBrowsing(pages: readonly BenchPage[], labels: StoryLabels = readBrowsingLabels(BROWSING_LABELS)): BrowsingResult {
  const storyOf = new Map<string, number>();
  labels.stories.forEach((story, at) => story.pages.forEach((page) => storyOf.set(page, at)));
  const arguable = new Set(labels.arguable.map(({ pages: [a, b] }) => pairKey(a, b)));
  const documents: CorpusDocument[] = pages.flatMap((page) => {
    const { article } = extractHtml(page.html, page.url);
    return article.text ? [{ ...article, url: page.url, id: page.id }] : [];
  });
  const titleOf = new Map(documents.map((document) => [document.id, (document.title ?? document.id).slice(0, 50)]));
  const index = buildIndex(documents);
  const result: BrowsingResult = { pages: documents.length, withAny: 0, right: 0, wrong: 0, arguable: 0, relevant: 0, wrongPairs: [], loose: { right: 0, wrong: 0 } };
  for (const document of documents) {
    const story = storyOf.get(document.id);
    if (story !== undefined) result.relevant += documents.filter((other) => other.id !== document.id && storyOf.get(other.id) === story).length;
    const related = findRelated(document, index).filter((entry) => entry.doc !== document.id);
    if (related.length > 0) result.withAny++;
    for (const entry of related) {
      const loose = entry.loose === true;
      if (story !== undefined && storyOf.get(entry.doc) === story) {
        result.right++;
        if (loose) result.loose.right++;
      } else if (arguable.has(pairKey(document.id, entry.doc))) result.arguable++;
      else {
        result.wrong++;
        if (loose) result.loose.wrong++;
        result.wrongPairs.push(`${titleOf.get(document.id)} ~ ${titleOf.get(entry.doc)} (${entry.score.toFixed(2)})`);
      }
    }
  }
  return result;
}
