/** The order a reader should see omitted items in, and a score in [0, 1] for each. */
import { isNumberTerm, type TermWeight } from '../corpus/weights';
import type { ProcessedSentence } from '../text/document';
import type { CandidateGroup } from './items';
import { totalWeight } from './similarity';

/** For each term, the share of the story's texts (article and related coverage) that use it. */
export type StoryShare = (term: string) => number;

export function storyShare(texts: ReadonlyArray<ReadonlyArray<ProcessedSentence>>): StoryShare {
  const counts = new Map<string, number>();
  for (const sentences of texts) {
    const terms = new Set<string>();
    for (const sentence of sentences) if (sentence.kind === 'content') for (const term of sentence.terms) terms.add(term);
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return (term) => (texts.length === 0 ? 0 : (counts.get(term) ?? 0) / texts.length);
}

/** Article sentences using a term before it counts as fully part of the article's subject. */
const SUBJECT_MENTIONS = 3;

/** How central each term is to the article itself: its share of the article's sentences, capped. */
export function articleSalience(mentions: ReadonlyMap<string, number>): StoryShare {
  return (term) => Math.min(1, (mentions.get(term) ?? 0) / SUBJECT_MENTIONS);
}

const WEIGHTS = { reports: 0.2, information: 0.25, closeness: 0.45, position: 0.1 };
/** Novel weight at which information counts as 63% of its full mark. */
const INFORMATION_SCALE = 12;

/** Share of a sentence's weight that lies in terms `central` rates as central. */
export function centrality(terms: readonly string[], weight: TermWeight, central: StoryShare): number {
  let total = 0;
  let sum = 0;
  for (const term of terms) {
    const value = weight(term);
    total += value;
    sum += value * central(term);
  }
  return total === 0 ? 0 : sum / total;
}

/** The sentences that state what a news text is about: its title and first sentences. */
const LEAD_SENTENCES = 3;

/** Terms of the article's title and lead. */
export function leadTerms(sentences: readonly ProcessedSentence[], title: readonly string[]): StoryShare {
  const lead = new Set(title);
  for (const sentence of sentences.filter((s) => s.kind === 'content').slice(0, LEAD_SENTENCES)) {
    for (const term of sentence.terms) lead.add(term);
  }
  return (term) => (lead.has(term) ? 1 : 0);
}

/** What counts as the article's subject, seen three ways. */
export interface Subject {
  /** Share of the story's texts using a term. */
  story: StoryShare;
  /** How much the article dwells on a term. */
  article: StoryShare;
  /** Whether the title or lead use a term. */
  lead: StoryShare;
}

/**
 * Close to the subject: the item speaks of what the article dwells on or leads with, in its
 * names and, apart, in its other words (what is said of whom: every item of a story about
 * two leaders names them, few speak of what the article says they did), and what it adds is
 * something the story's other texts talk about too, not an aside.
 */
export function closeness(
  terms: readonly string[],
  freshTerms: readonly string[],
  weight: TermWeight,
  subject: Subject,
  names: readonly string[] = [],
): number {
  const central: StoryShare = (term) => Math.max(subject.article(term), subject.lead(term));
  const onArticle = centrality(terms, weight, central);
  const named = new Set(names);
  const words = terms.filter((term) => !named.has(term) && !isNumberTerm(term));
  const onWhatArticleSays = centrality(words, weight, central);
  const addsToStory = centrality(freshTerms, weight, subject.story);
  return (onArticle + onWhatArticleSays + addsToStory) / 3;
}

/** Much that is new (beyond the article sentence closest to it), and little that merely repeats the article. */
export function information(novelWeight: number, totalWeight: number): number {
  const amount = 1 - Math.exp(-novelWeight / INFORMATION_SCALE);
  const share = totalWeight === 0 ? 0 : novelWeight / totalWeight;
  return 0.5 * amount + 0.5 * share;
}

export function scoreGroup(group: CandidateGroup, weight: TermWeight, subject: Subject): number {
  const { sentence, freshTerms } = group.representative;
  const reports = 1 - 0.5 ** group.independentReports;
  const info = information(totalWeight(freshTerms, weight), totalWeight(sentence.terms, weight));
  const near = closeness(sentence.terms, freshTerms, weight, subject, sentence.names);
  const position = 1 - Math.min(...group.sources.map((source) => source.relativePosition));
  const score = WEIGHTS.reports * reports + WEIGHTS.information * info + WEIGHTS.closeness * near + WEIGHTS.position * position;
  return Math.max(0, Math.min(1, score));
}
