import type { ArticleInput } from '../engine/types';

/** What extraction makes of a page: the article's text and metadata. Crosses messages. */
export interface ArticleText extends ArticleInput {
  url: string | null;
  byline: string | null;
  /** True when the page looks cut short (paywall, "continue reading"): later facts may be missing. */
  truncated: boolean;
}

/**
 * A block of the extracted text (a paragraph, heading, list item) and where it came from
 * in the page: the path of child-element indexes from <body> to the source element. Kept by
 * the content script to anchor highlights; never sent anywhere.
 */
export interface TextBlock {
  start: number;
  end: number;
  path: number[];
}

export interface Extraction {
  isArticle: boolean;
  /** Why the page was not taken for an article (empty when it was). */
  reason: string;
  article: ArticleText;
  blocks: TextBlock[];
}
