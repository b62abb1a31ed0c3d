/** The whole analysis: related coverage, what it says that the article does not, and where figures differ. */
import type { IndexedDocument, SearchIndex } from '../corpus/search-index';
import { sentenceWeights, storyWeights, type TermWeight } from '../corpus/weights';
import { stableId } from '../hash';
import type { Language } from '../text/language';
import { lineKey } from '../text/normalize';
import type { Analysis, ArticleInput, OmittedItem, RelatedDocument } from '../types';
import { documentAsArticle, prepareArticle, type PreparedArticle } from './article';
import { alignDocument, type AlignedSentence } from './alignment';
import { findClaim, type SourceSentences } from './claims';
import { findDateDiscrepancies } from './date-discrepancies';
import { findDiscrepancies } from './discrepancies';
import { agreeAcrossReprints, clusterCandidates, describeGroup, type CandidateGroup } from './items';
import { articleSalience, leadTerms, scoreGroup, storyShare, type Subject } from './ranking';
import { relatedDocuments, searchVectors, type SearchVectors } from './related';
import { predicateWords, topicLabel, type TopicContext } from './topic';

export type AnalysisProgress = { stage: 'related' | 'comparing'; done: number; total: number };

export interface AnalyzeOptions {
  onProgress?: (progress: AnalysisProgress) => void;
  /** Ids of documents the reader has said tell another story: never related coverage of this article. */
  setAside?: ReadonlySet<string>;
}

export interface Context {
  article: PreparedArticle;
  index: SearchIndex;
  weight: TermWeight;
  vectors: SearchVectors;
}

export function prepare(input: ArticleInput, index: SearchIndex): Context {
  const article = prepareArticle(input, index);
  return { article, index, weight: sentenceWeights(index.stats, article.names), vectors: searchVectors(article, index) };
}

export function related(context: Context, options: AnalyzeOptions): RelatedDocument[] {
  const { article, index, vectors, weight } = context;
  return relatedDocuments(
    article,
    index,
    vectors,
    weight,
    (document) => documentAsArticle(index.document(document)!),
    (done, total) => options.onProgress?.({ stage: 'related', done, total }),
    options.setAside,
  );
}

export function findRelated(input: ArticleInput, index: SearchIndex): RelatedDocument[] {
  return related(prepare(input, index), {});
}

function articleMentions(article: PreparedArticle): Map<string, number> {
  const mentions = new Map<string, number>();
  for (const sentence of article.sentences) {
    if (sentence.kind === 'boilerplate') continue;
    for (const term of sentence.terms) mentions.set(term, (mentions.get(term) ?? 0) + 1);
  }
  return mentions;
}

function toItem(
  group: CandidateGroup,
  context: Context,
  factWeight: TermWeight,
  subject: Subject,
  topics: TopicContext,
  placed: SourceSentences,
  languages: ReadonlyMap<string, Language>,
): OmittedItem {
  const representative = group.representative.sentence;
  return {
    id: stableId(lineKey(representative.text)),
    text: representative.text,
    topic: topicLabel(representative.text, topics, languages.get(group.representative.documentId)),
    score: Number(scoreGroup(group, context.weight, subject).toFixed(4)),
    sources: group.sources.map((source) => ({ doc: source.documentId, quote: source.sentence.text })),
    claim: findClaim(representative.terms, context.article, factWeight, group.sources, placed),
  };
}

export function analyze(input: ArticleInput, index: SearchIndex, options: AnalyzeOptions = {}): Analysis {
  const context = prepare(input, index);
  return compareWithRelated(input, context, related(context, options), options);
}

/** Everything after finding the related coverage: alignment, items, ranking, discrepancies. */
export function compareWithRelated(input: ArticleInput, context: Context, relatedList: RelatedDocument[], options: AnalyzeOptions): Analysis {
  const { index } = context;
  const documents = relatedList
    .map((entry) => {
      const number = index.documentNumber(entry.doc);
      return number === undefined ? undefined : index.document(number);
    })
    .filter((document): document is IndexedDocument => document !== undefined);

  // Which facts a sentence states is told by the story's own vocabulary; how much a fact tells
  // the reader (ranking, topics) by the whole corpus's.
  const factWeight = storyWeights(documents, index.stats.nameTerms, context.article.names);
  const aligned: AlignedSentence[] = [];
  const byDocument = new Map<string, AlignedSentence[]>();
  documents.forEach((document, done) => {
    options.onProgress?.({ stage: 'comparing', done, total: documents.length });
    const sentences = alignDocument(document, context.article, factWeight);
    byDocument.set(document.id, sentences);
    aligned.push(...sentences);
  });
  options.onProgress?.({ stage: 'comparing', done: documents.length, total: documents.length });

  const discrepancies = [
    ...findDiscrepancies(context.article, documents, context.weight),
    ...findDateDiscrepancies(context.article, documents, context.weight),
  ];
  // A sentence that differs from the article only in a figure is a discrepancy, not an omission.
  const disputed = new Set(discrepancies.map((found) => found.corpusSentence));
  const candidates = agreeAcrossReprints(aligned, factWeight).filter((entry) => entry.candidate && !disputed.has(entry.sentence));

  const order = new Map(relatedList.map((entry, rank) => [entry.doc, rank]));
  const groups = clusterCandidates(candidates, factWeight).map((members) =>
    describeGroup(members, order, factWeight),
  );
  const mentions = articleMentions(context.article);
  const story = [context.article.sentences, ...documents.map((document) => document.sentences)];
  const subject: Subject = {
    story: storyShare(story),
    article: articleSalience(mentions),
    lead: leadTerms(context.article.sentences, context.article.titleTerms),
  };
  const predicates = predicateWords(story.flatMap((sentences) => sentences.map((sentence) => sentence.text)));
  const languages = new Map(documents.map((document) => [document.id, document.language]));
  const topics: TopicContext = { weight: context.weight, articleMentions: mentions, story: subject.story, stats: index.stats, predicates };
  const omitted = groups
    .map((group) => toItem(group, context, factWeight, subject, topics, byDocument, languages))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  return {
    version: 1,
    article: { title: input.title, sentences: context.article.content.length },
    related: relatedList,
    omitted,
    discrepancies: discrepancies.map((found) => found.discrepancy),
  };
}
