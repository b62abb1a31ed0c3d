import type { ArticleInput } from '../types';
import type { IndexedDocument, SearchIndex } from '../corpus/search-index';
import { markOutletBoilerplate } from '../corpus/corpus-index';
import { processText, type ProcessedSentence } from '../text/document';
import { resolveLanguage, type Language } from '../text/language';

/** The article as the analysis sees it: its sentences, and what of them is its content. */
export interface PreparedArticle {
  input: ArticleInput;
  sentences: ProcessedSentence[];
  /** Sentences that state something (no headings, no page furniture). */
  content: ProcessedSentence[];
  /** Every term of the article's content and headings. */
  terms: Set<string>;
  names: Set<string>;
  /** Terms of the title given with the article, when there is one. */
  titleTerms: string[];
  /** The language its words were read by. */
  language: Language;
}

export function prepareArticle(input: ArticleInput, index: Pick<SearchIndex, 'boilerplateLines'>): PreparedArticle {
  const language = resolveLanguage(input.lang, input.text);
  const sentences = markOutletBoilerplate(processText(input.text, language), input.source, index.boilerplateLines);
  return fromSentences(input, sentences, language);
}

/** A corpus document seen as an article, to compare the two both ways. */
export function documentAsArticle(document: IndexedDocument): PreparedArticle {
  const { sentences, language, ...metadata } = document;
  return fromSentences({ ...metadata, text: '' }, sentences, language);
}

function fromSentences(input: ArticleInput, sentences: ProcessedSentence[], language: Language): PreparedArticle {
  const content = sentences.filter((sentence) => sentence.kind === 'content' && sentence.terms.length > 0);
  const terms = new Set<string>();
  const names = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.kind === 'boilerplate') continue;
    for (const term of sentence.terms) terms.add(term);
    for (const name of sentence.names) names.add(name);
  }
  const titleTerms = input.title ? processText(input.title, language).flatMap((sentence) => sentence.terms) : [];
  for (const term of titleTerms) terms.add(term);
  return { input, sentences, content, terms, names, titleTerms, language };
}
