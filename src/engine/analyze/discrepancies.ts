/**
 * Quantities stated differently across outlets in sentences that otherwise say the same
 * thing, with whether they truly conflict or only cover a different period.
 */
import type { IndexedDocument } from '../corpus/corpus-index';
import { isNumberTerm, type TermWeight } from '../corpus/weights';
import type { NumberMention } from '../text/numbers';
import type { ProcessedSentence } from '../text/document';
import { alternation, ENGLISH_MONTHS, PERIOD_WORDS } from '../text/amount-words';
import type { Language, OtherLanguage } from '../text/language';
import { findNumbers } from '../text/numbers';
import { foldForMatching } from '../text/normalize';
import { stemWord } from '../text/tokens';
import type { Discrepancy } from '../types';
import type { PreparedArticle } from './article';
import { cosine } from './similarity';
import { timeScopes } from './scope';

/** Sentences this alike in their words talk about the same quantity. */
export const SAME_QUANTITY = 0.25;
/** Figures further apart than this factor are different quantities, not two statements of one. */
const COMPARABLE_RATIO = 3;
/** Characters between a figure and a time expression that still bounds it. */
const SCOPE_DISTANCE = 40;

/** Periods differ by design between two statements of a figure, so they do not count towards likeness: each language's calendar words. */
const CALENDAR_TERMS = new Map<Language, ReadonlySet<string>>([
  [
    'en',
    new Set([
      ...[...ENGLISH_MONTHS, 'year', 'month', 'quarter'].map((word) => stemWord(word)),
      // Chinese and Japanese words are their own terms (and are read by English rules).
      ...'年 月 月份 季度 去年 今年 明年 前年 昨年 上半年 下半年'.split(' '),
    ]),
  ],
  ...Object.entries(PERIOD_WORDS).map(([code, { months, calendar }]): [Language, ReadonlySet<string>] => {
    const language = code as OtherLanguage;
    return [language, new Set([...months.flat(), ...calendar].map((word) => stemWord(word, language)))];
  }),
]);

/** Every form of every month, in every language read, to its number: "января" and "январе" are one month, and so are "Januar" and "January". */
const MONTH_NUMBERS = new Map<string, number>([
  ...ENGLISH_MONTHS.flatMap((month, at): Array<[string, number]> => [[month, at + 1], [month.slice(0, 3), at + 1]]),
  ['sept', 9],
  ...Object.values(PERIOD_WORDS).flatMap(({ months }) => months.flatMap((forms, at) => forms.map((form): [string, number] => [form, at + 1]))),
]);
/** The words between two months of a range, in every language read: "1至11月" = "1-11月", "Januar bis November" = "Januar-November". */
const THROUGH = new RegExp(
  `\\s*(?:至|到|~|-|\\s(?:${alternation(['to', 'through', 'until', ...new Set(Object.values(PERIOD_WORDS).flatMap((words) => words.through))])})\\s)\\s*`,
  'gu',
);

export interface FoundDiscrepancy {
  discrepancy: Discrepancy;
  corpusSentence: ProcessedSentence;
}

function quantities(text: string, language: Language): NumberMention[] {
  return findNumbers(foldForMatching(text), language).filter(
    (number) => number.unit === 'money' || number.unit === 'percent' || (number.unit === 'count' && number.value >= 1000),
  );
}

function comparable(a: NumberMention, b: NumberMention): boolean {
  if (a.unit !== b.unit || a.value <= 0 || b.value <= 0) return false;
  return Math.max(a.value, b.value) / Math.min(a.value, b.value) <= COMPARABLE_RATIO;
}

function conflictingPair(article: NumberMention[], corpus: NumberMention[]): [NumberMention, NumberMention] | null {
  const articleOnly = article.filter((a) => !corpus.some((c) => c.unit === a.unit && c.value === a.value));
  const corpusOnly = corpus.filter((c) => !article.some((a) => a.unit === c.unit && a.value === c.value));
  let best: [NumberMention, NumberMention] | null = null;
  let bestRatio = Infinity;
  for (const a of articleOnly) {
    for (const c of corpusOnly) {
      if (!comparable(a, c)) continue;
      const ratio = Math.max(a.value, c.value) / Math.min(a.value, c.value);
      if (ratio < bestRatio) {
        bestRatio = ratio;
        best = [a, c];
      }
    }
  }
  return best;
}

/** The time expressions standing next to a figure: its period. */
function scopesNear(text: string, number: NumberMention, language: Language): string[] {
  return timeScopes(foldForMatching(text), language)
    .filter((scope) => scope.start < number.end + SCOPE_DISTANCE && scope.end > number.start - SCOPE_DISTANCE)
    .map((scope) => scope.text);
}

/** Each side's text and the language it was read by. */
interface Sides {
  article: { text: string; language: Language };
  corpus: { text: string; language: Language };
}

function describe(sides: Sides, pair: [NumberMention, NumberMention], source: string): string {
  const articleScopes = scopesNear(sides.article.text, pair[0], sides.article.language);
  const corpusScopes = scopesNear(sides.corpus.text, pair[1], sides.corpus.language);
  // "1至11月" and "1-11月", "January to November" and "January-November", "с января по ноябрь" and "январе-ноябре" are one period.
  const key = (scope: string) =>
    scope
      .toLowerCase()
      .replace(THROUGH, '-')
      .replace(/\p{L}+\.?/gu, (word) => {
        const month = MONTH_NUMBERS.get(word.replace(/\.$/, ''));
        return month === undefined ? word : `m${month}`;
      });
  const onlyArticle = articleScopes.filter((scope) => !corpusScopes.some((other) => key(other) === key(scope)));
  const onlyCorpus = corpusScopes.filter((scope) => !articleScopes.some((other) => key(other) === key(scope)));
  const figures = `${pair[0].surface} here, ${pair[1].surface} in ${source}`;
  if (onlyArticle.length > 0 || onlyCorpus.length > 0) {
    const here = onlyArticle.join(', ') || 'no period stated';
    const there = onlyCorpus.join(', ') || 'no period stated';
    return `${figures}: differs in scope: ${here} vs ${there}`;
  }
  return `${figures}: the figures conflict for the same scope`;
}

/** A sentence's terms other than figures and calendar words: what it says the figure is about. */
export function wordsOnly(sentence: ProcessedSentence, language: Language): string[] {
  const calendar = CALENDAR_TERMS.get(language);
  return sentence.terms.filter((term) => !isNumberTerm(term) && !calendar?.has(term));
}

/** What one kind of discrepancy needs: the mentions in a sentence, its words, and when two sets of mentions conflict. */
export interface ConflictKind<Mention, Pair> {
  /** Sentences at least this alike in their words speak of the same thing. */
  minimum: number;
  mentions: (text: string, published: string | null, language: Language) => Mention[];
  words: (sentence: ProcessedSentence, language: Language) => string[];
  conflict: (article: Mention[], corpus: Mention[]) => Pair | null;
  discrepancy: (sides: Sides, pair: Pair, document: IndexedDocument) => Discrepancy;
}

/** Each corpus sentence paired with the most alike article sentence whose mentions conflict with its own. */
export function findConflicts<Mention, Pair>(
  article: PreparedArticle,
  documents: IndexedDocument[],
  weight: TermWeight,
  kind: ConflictKind<Mention, Pair>,
): FoundDiscrepancy[] {
  const articleSentences = article.content
    .map((sentence) => ({
      sentence,
      mentions: kind.mentions(sentence.text, article.input.published, article.language),
      words: kind.words(sentence, article.language),
    }))
    .filter((entry) => entry.mentions.length > 0);
  const found: FoundDiscrepancy[] = [];
  if (articleSentences.length === 0) return found;
  for (const document of documents) {
    for (const sentence of document.sentences) {
      if (sentence.kind !== 'content') continue;
      const mentions = kind.mentions(sentence.text, document.published, document.language);
      if (mentions.length === 0) continue;
      const words = kind.words(sentence, document.language);
      let best: { similarity: number; text: string; pair: Pair } | null = null;
      for (const entry of articleSentences) {
        const similarity = cosine(words, entry.words, weight);
        if (similarity < kind.minimum || (best && similarity <= best.similarity)) continue;
        const pair = kind.conflict(entry.mentions, mentions);
        if (pair) best = { similarity, text: entry.sentence.text, pair };
      }
      if (!best) continue;
      const sides: Sides = { article: { text: best.text, language: article.language }, corpus: { text: sentence.text, language: document.language } };
      found.push({ corpusSentence: sentence, discrepancy: kind.discrepancy(sides, best.pair, document) });
    }
  }
  return found;
}

const QUANTITIES: ConflictKind<NumberMention, [NumberMention, NumberMention]> = {
  minimum: SAME_QUANTITY,
  mentions: (text, _published, language) => quantities(text, language),
  words: wordsOnly,
  conflict: conflictingPair,
  discrepancy: (sides, pair, document) => ({
    kind: 'number',
    article: { quote: sides.article.text },
    corpus: { doc: document.id, quote: sides.corpus.text },
    note: describe(sides, pair, document.source ?? document.id),
  }),
};

export function findDiscrepancies(article: PreparedArticle, documents: IndexedDocument[], weight: TermWeight): FoundDiscrepancy[] {
  return findConflicts(article, documents, weight, QUANTITIES);
}
