/** The analysis over a stored index: reads what it needs, then runs exactly as over an index in memory. */
import { compareWithRelated, prepare, related, type AnalyzeOptions } from './analyze';
import type { Analysis, ArticleInput, RelatedDocument } from '../types';
import { QueryView } from '../corpus/stored/query-view';
import type { StoredIndex } from '../corpus/stored/stored-index';

export function analyzeStored(input: ArticleInput, index: StoredIndex, options: AnalyzeOptions = {}): Promise<Analysis> {
  return index.exclusive(async () => {
    const view = new QueryView(index);
    const context = prepare(input, view);
    const relatedList = await view.resolve(() => related(context, options));
    return compareWithRelated(input, context, relatedList, options);
  });
}

export function findRelatedStored(input: ArticleInput, index: StoredIndex): Promise<RelatedDocument[]> {
  return index.exclusive(async () => {
    const view = new QueryView(index);
    const context = prepare(input, view);
    return view.resolve(() => related(context, {}));
  });
}
