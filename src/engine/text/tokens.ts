import { stemmer } from 'stemmer';
import { compoundParts, readsCompounds } from './compounds';
import { foldForMatching } from './normalize';
import { findNumbers, numberTerm, type NumberMention } from './numbers';
import { LANGUAGE_RULES, type Language } from './language';
import { inCapitals, UNSPACED_SCRIPT } from './script';
import { foldSpelling } from './spelling';
import { STOPWORDS, UNSPACED_STOPWORDS } from './stopwords';

export type TokenKind = 'word' | 'name' | 'number';

export interface Token {
  /** Stemmed, lowercased term; numbers as "#<value>" ("#240100000000", "#26%"). */
  term: string;
  kind: TokenKind;
  /** The word as written (after folding), for labels. */
  surface: string;
}

/** Spellings of the same country or body that would otherwise never match ("US" is a stopword). */
const ALIASES: Array<[RegExp, string]> = [
  [/\b(?:the\s+)?United\s+States(?:\s+of\s+America)?\b|\bU\.S\.A?\.?(?=\W|$)|\bUSA?\b(?!\$)/g, 'USA'],
  [/\b(?:the\s+)?United\s+Kingdom\b|\bU\.K\.?(?=\W|$)|\bUK\b|\bBritain\b/g, 'UK'],
  [/\bU\.N\.?(?=\W|$)|\bUN\b|\bUnited\s+Nations\b/g, 'UN'],
  [/\bE\.U\.?(?=\W|$)|\bEU\b|\bEuropean\s+Union\b/g, 'EU'],
];

function applyAliases(text: string): string {
  return ALIASES.reduce((current, [pattern, name]) => current.replace(pattern, name), text);
}

const WORD = /\p{L}[\p{L}\p{M}'\u2019]*/gu;

/**
 * A run of a script written without spaces (UNSPACED_SCRIPT) is one match of WORD, so it is
 * split into words by the platform's dictionary segmenter (ICU's in Chromium and Node, ICU4X's
 * in Firefox: they differ here and there, but an article and the index it is compared with are
 * always split by the same one). The locale is fixed, so that the reader's language never
 * changes the split: the dictionary follows the script.
 */
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The words of a run that mixes or holds scripts written without spaces. */
function unspacedWords(run: string): string[] {
  return [...wordSegmenter.segment(run)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/**
 * Porter applied twice joins more forms of one English word ("interfering", "interference").
 * The stems of the words met so far are kept, per language: news repeats its words, and
 * stemming is much of tokenizing.
 */
const stems = new Map<Language, Map<string, string>>();
const MAX_STEMS = 50_000;

function computeStem(lowercaseWord: string, language: Language): string {
  if (language === 'en') return stemmer(stemmer(foldSpelling(lowercaseWord)));
  return LANGUAGE_RULES[language].stem(lowercaseWord);
}

export function stemWord(lowercaseWord: string, language: Language = 'en'): string {
  let known = stems.get(language);
  if (!known) stems.set(language, (known = new Map()));
  let stem = known.get(lowercaseWord);
  if (stem === undefined) {
    if (known.size >= MAX_STEMS) known.clear();
    known.set(lowercaseWord, (stem = computeStem(lowercaseWord, language)));
  }
  return stem;
}

function maskNumbers(text: string, numbers: NumberMention[]): string {
  let masked = text;
  for (const number of numbers) {
    masked = masked.slice(0, number.start) + ' '.repeat(number.end - number.start) + masked.slice(number.end);
  }
  return masked;
}

/** French and Italian elide an article, pronoun or conjunction into the next word: "l'élection", "lorsqu'il", "dell'Ucraina". */
const ELIDED = {
  fr: /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu)['\u2019](?=\p{L})/iu,
  it: /^(?:l|d|c|s|m|t|v|un|dell|all|dall|nell|sull|coll|quest|quell|bell|sant)['\u2019](?=\p{L})/iu,
};

/** The word as it is looked up: an English possessive ("Xi's") or another language's elision dropped. */
function bareWord(word: string, language: Language): string {
  if (language === 'en') return word.replace(/['\u2019](s)?$/i, '');
  return language === 'fr' || language === 'it' ? word.replace(ELIDED[language], '') : word;
}

/**
 * A word of a script with spaces between words: function words dropped, stemmed, a name when
 * in capitals or, where the language capitalizes only names, capitalized inside the sentence.
 */
function pushWord(tokens: Token[], word: string, startsClause: boolean, language: Language): void {
  const rules = language === 'en' ? null : LANGUAGE_RULES[language];
  const surface = bareWord(word, language);
  const lower = surface.toLowerCase();
  const allCaps = surface.length >= 2 && inCapitals(surface);
  if (!allCaps && (lower.length < 2 || (rules?.stopwords ?? STOPWORDS).has(lower))) return;
  const capitalized = /^\p{Lu}/u.test(surface) && (rules?.capitalMarksName ?? true);
  const kind: TokenKind = allCaps || (capitalized && !startsClause) ? 'name' : 'word';
  tokens.push({ term: stemWord(lower.replace(/['\u2019]/g, ''), language), kind, surface });
  // A German noun is also read as its parts (compounds.ts).
  if (readsCompounds(language) && /^\p{Lu}/u.test(surface) && !allCaps) {
    for (const part of compoundParts(lower, (word) => stemWord(word, language))) tokens.push({ term: part, kind: 'word', surface });
  }
}

/** Terms of a sentence: words (stopwords dropped, stemmed), names and numbers. */
export function tokenize(sentence: string, language: Language = 'en'): Token[] {
  const text = applyAliases(foldForMatching(sentence));
  const numbers = findNumbers(text, language);
  const tokens: Token[] = numbers.map((number) => ({
    term: numberTerm(number),
    kind: 'number' as const,
    surface: number.surface,
  }));
  const words = maskNumbers(text, numbers);
  let first = true;
  for (const match of words.matchAll(WORD)) {
    const index = match.index ?? 0;
    const before = words.slice(Math.max(0, index - 2), index);
    const startsClause = first || /["'(\[:]\s*$/.test(before);
    first = false;
    if (!UNSPACED_SCRIPT.test(match[0])) {
      pushWord(tokens, match[0], startsClause, language);
      continue;
    }
    // A Latin word inside such a run starts a clause only at its start ("Apple与Google合作": two names).
    unspacedWords(match[0]).forEach((word, at) => {
      if (!UNSPACED_SCRIPT.test(word)) pushWord(tokens, word, startsClause && at === 0, language);
      // No case, no inflection to strip: the word is its own term, a function word none.
      else if (!UNSPACED_STOPWORDS.has(word)) tokens.push({ term: word, kind: 'word', surface: word });
    });
  }
  return tokens;
}
