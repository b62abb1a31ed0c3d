/**
 * A short label for an item: the name or word of it that best sets it apart from the
 * article's own subject, preferring names and terms the story's outlets share.
 */
import type { CorpusStats } from '../corpus/stats';
import type { TermWeight } from '../corpus/weights';
import { foldForMatching } from '../text/normalize';
import { LANGUAGE_RULES, type Language } from '../text/language';
import { tokenize } from '../text/tokens';
import type { StoryShare } from './ranking';

const CALENDAR = new Set(
  `january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow`.split(/\s+/),
);
/** A name the article already uses this often is its subject, not the topic of one item. */
const SUBJECT_MENTIONS = 3;
/** Ordinary words are less telling than names. */
const WORD_DISCOUNT = 0.5;
const NAME_RUN = /\p{Lu}[\p{L}-]*(?![\p{L}'])(?:\s+\p{Lu}[\p{L}-]*(?![\p{L}']))?/gu;
/** A fallback word must be used by this share of the story's texts to say what an item is about. */
const SHARED_WORD = 0.3;
/** Verb and adverb forms make poor labels. */
const NOT_A_NOUN = /(?:ed|ing|ly)$/i;
/** Nor do adjectives ("personal", "strategic", "democratic", "western", "international"), told by their endings on longer words. */
const ADJECTIVE = /^.{4,}(?:al|ic|ive|ous|ful|ern|ian|ese|less|ary)$/i;
/** A name right before these, or after "according to", is who said it, not what it is about. */
const SAID_AFTER = /^\s*(?:,\s*)?(?:said|says|told|added|stated|reported|noted)\b/i;
const SAID_BEFORE = /\b(?:according to|said|told)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** Words too vague to say what an item is about. */
const VAGUE = new Set(
  `right left move continue plan plans new high low level time times way part thing things lot kind number issue issues
  situation point case fact today week day year month people side sides period recent close open
  president presidents leader leaders country countries nation nations official officials government minister aide
  spokesman spokeswoman statement last long face midst spoke told`.split(/\s+/),
);

export interface TopicContext {
  weight: TermWeight;
  /** Terms of the article with the number of its sentences that use each. */
  articleMentions: ReadonlyMap<string, number>;
  story: StoryShare;
  stats: CorpusStats;
  /** Words (lowercased, as written) the story's texts use as verbs or after "is" (see predicateWords). */
  predicates: ReadonlySet<string>;
}

/**
 * A word right after these is a verb ("to oppose", "should oppose", "he knows") or says what
 * something is ("it was important"): not what an item is about.
 */
const PREDICATE_AFTER =
  /(?<=\b(?:to|will|would|shall|should|can|could|may|might|must|he|she|it|they|we|who|is|are|was|were|be|been|being)\s+)\p{L}[\p{L}-]*/giu;

/** Words as written that the texts use as predicates, at least once (see PREDICATE_AFTER). */
export function predicateWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const match of foldForMatching(text).matchAll(PREDICATE_AFTER)) words.add(match[0].toLowerCase());
  return words;
}

interface Label {
  label: string;
  score: number;
}

function termScore(term: string, context: TopicContext): number {
  const mentions = context.articleMentions.get(term) ?? 0;
  if (mentions >= SUBJECT_MENTIONS) return 0;
  const familiarity = mentions === 0 ? 1 : 0.5;
  return context.weight(term) * familiarity * (0.5 + context.story(term));
}

function nameLabels(text: string, context: TopicContext, language: Language): Label[] {
  const labels: Label[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const words = match[0].replace(/^-+|-+$/g, '').split(/\s+/);
    // The first word of a sentence is capitalized whatever it is.
    if (/^\W*$/.test(text.slice(0, match.index ?? 0))) words.shift();
    const label = words.join(' ');
    if (words.length === 0 || words.some((word) => CALENDAR.has(word.toLowerCase()))) continue;
    const end = (match.index ?? 0) + match[0].length;
    if (SAID_AFTER.test(text.slice(end)) || SAID_BEFORE.test(text.slice(0, match.index ?? 0))) continue;
    // Nationalities, other adjectives and titles written with a capital ("Chinese", "Western", "Russian President").
    if (words.every((word) => ADJECTIVE.test(word) || VAGUE.has(word.toLowerCase()))) continue;
    const terms = tokenize(label, language).map((token) => token.term).filter((term) => !term.startsWith('#'));
    if (terms.length === 0) continue;
    // A lone name seen once in the whole corpus is as likely a misspelling as a topic.
    if (terms.length === 1 && (context.stats.sentenceFrequency.get(terms[0]!) ?? 0) < 2) continue;
    const scores = terms.map((term) => termScore(term, context));
    if (scores.some((score) => score === 0)) continue; // part of the article's own subject
    const score = scores.reduce((sum, value) => sum + value, 0) / Math.sqrt(terms.length);
    labels.push({ label, score });
  }
  return labels;
}

/** The sentence's first word when it is who speaks ("Ushakov said …"): the tokenizer reads it as a word, not a name. */
function openingSpeaker(text: string): string | null {
  const opener = /^\W*(\p{Lu}[\p{L}-]*)/u.exec(text);
  return opener && SAID_AFTER.test(text.slice(opener[0].length)) ? opener[1]! : null;
}

/** Where every noun has a capital (German), a word without one is no label: a verb, an adjective. */
function capitalsMarkNouns(language: Language): boolean {
  return language !== 'en' && !LANGUAGE_RULES[language].capitalMarksName;
}

function wordLabels(text: string, context: TopicContext, language: Language): Label[] {
  const speaker = openingSpeaker(text);
  const nounsOnly = capitalsMarkNouns(language);
  return tokenize(text, language)
    .filter((token) => token.kind === 'word' && token.surface.length >= 4 && !NOT_A_NOUN.test(token.surface) && !ADJECTIVE.test(token.surface))
    .filter((token) => !nounsOnly || /^\p{Lu}/u.test(token.surface))
    .filter((token) => token.surface !== speaker)
    .filter((token) => !VAGUE.has(token.surface.toLowerCase()))
    .filter((token) => !CALENDAR.has(token.surface.toLowerCase()) && context.story(token.term) >= SHARED_WORD)
    .filter((token) => !context.predicates.has(token.surface.toLowerCase()))
    .map((token) => ({
      label: token.surface[0]!.toUpperCase() + token.surface.slice(1).toLowerCase(),
      score: termScore(token.term, context) * WORD_DISCOUNT,
    }));
}

/** `language`: the one the text's document was read by, so that its words weigh as indexed. */
export function topicLabel(text: string, context: TopicContext, language: Language = 'en'): string | null {
  const folded = foldForMatching(text);
  let winner: Label | null = null;
  for (const label of [...nameLabels(folded, context, language), ...wordLabels(folded, context, language)]) {
    if (label.score > 0 && (!winner || label.score > winner.score)) winner = label;
  }
  return winner?.label ?? null;
}
