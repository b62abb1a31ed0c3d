export { extractArticle, extractArticleInStages, ExtractionError, type ExtractOptions } from './extract';
export { resolvePath, PATH_ATTR } from './paths';
export { REASONS } from './detect';
export type { ArticleText, Extraction, TextBlock } from './types';
