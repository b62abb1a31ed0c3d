import { stemmer } from 'stemmer';
import { foldForMatching } from './normalize';
import { findNumbers, numberTerm, type NumberMention } from './numbers';
import { foldSpelling } from './spelling';
import { STOPWORDS } from './stopwords';

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

/** Porter applied twice joins more forms of one word ("interfering", "interference"). */
/** Stems of the words met so far: news repeats its words, and stemming is much of tokenizing. */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

export function stemWord(lowercaseWord: string): string {
  let stem = stems.get(lowercaseWord);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(lowercaseWord, (stem = stemmer(stemmer(foldSpelling(lowercaseWord)))));
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

/** Terms of a sentence: words (stopwords dropped, stemmed), names and numbers. */
export function tokenize(sentence: string): Token[] {
  const text = applyAliases(foldForMatching(sentence));
  const numbers = findNumbers(text);
  const tokens: Token[] = numbers.map((number) => ({
    term: numberTerm(number),
    kind: 'number' as const,
    surface: number.surface,
  }));
  const words = maskNumbers(text, numbers);
  let first = true;
  for (const match of words.matchAll(WORD)) {
    const surface = match[0].replace(/['\u2019](s)?$/i, '');
    const index = match.index ?? 0;
    const before = words.slice(Math.max(0, index - 2), index);
    const startsClause = first || /["'(\[:]\s*$/.test(before);
    first = false;
    const lower = surface.toLowerCase();
    const allCaps = surface.length >= 2 && surface === surface.toUpperCase();
    if (!allCaps && (lower.length < 2 || STOPWORDS.has(lower))) continue;
    const capitalized = /^\p{Lu}/u.test(surface);
    const kind: TokenKind = allCaps || (capitalized && !startsClause) ? 'name' : 'word';
    tokens.push({ term: stemWord(lower.replace(/['\u2019]/g, '')), kind, surface });
  }
  return tokens;
}
