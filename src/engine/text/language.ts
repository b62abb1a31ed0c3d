/**
 * The languages the engine stems besides English, and which one a text is written in.
 * Stemmers and function-word lists are Snowball's, as packaged by @orama/stemmers and
 * @orama/stopwords (one small module per language).
 */
import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as germanStem } from '@orama/stemmers/german';
import { stemmer as italianStem } from '@orama/stemmers/italian';
import { stemmer as portugueseStem } from '@orama/stemmers/portuguese';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';
import { stopwords as dutchStopwords } from '@orama/stopwords/dutch';
import { stopwords as frenchStopwords } from '@orama/stopwords/french';
import { stopwords as germanStopwords } from '@orama/stopwords/german';
import { stopwords as italianStopwords } from '@orama/stopwords/italian';
import { stopwords as portugueseStopwords } from '@orama/stopwords/portuguese';
import { stopwords as russianStopwords } from '@orama/stopwords/russian';
import { stopwords as spanishStopwords } from '@orama/stopwords/spanish';
import { STOPWORDS } from './stopwords';

/** English, and the languages with a stemmer of their own. Any other language is read by English rules. */
export type Language = 'en' | 'de' | 'es' | 'fr' | 'it' | 'nl' | 'pt' | 'ru';
export type OtherLanguage = Exclude<Language, 'en'>;

export interface LanguageRules {
  /** Lowercased word to stem. */
  stem: (word: string) => string;
  /** Function words, lowercased: never terms. */
  stopwords: ReadonlySet<string>;
  /** Whether a capital inside a sentence marks a name (German capitalizes every noun). */
  capitalMarksName: boolean;
}

/** Ways of saying "said" and "according to": like the English list's, no fact of their own. */
const REPORTING_WORDS: Record<OtherLanguage, string> = {
  de: 'sagte sagt sagten gesagt erklärte erklärt erklärten laut angaben teilte teilt teilten mitteilte mitgeteilt hieß heißt',
  es: 'dijo dice afirmó según',
  fr: 'dit déclaré selon',
  it: 'detto dichiarato secondo',
  nl: 'zei zegt volgens',
  pt: 'disse afirmou segundo',
  ru: 'сказал сказала заявил заявила словам',
};

function rules(stem: (word: string) => string, stopwords: readonly string[], language: OtherLanguage, capitalMarksName = true): LanguageRules {
  return { stem, stopwords: new Set([...stopwords, ...REPORTING_WORDS[language].split(' ')]), capitalMarksName };
}

/** English is not here: its stemming and list stay in tokens.ts and stopwords.ts. */
export const LANGUAGE_RULES: Record<OtherLanguage, LanguageRules> = {
  de: rules(germanStem, germanStopwords, 'de', false),
  es: rules(spanishStem, spanishStopwords, 'es'),
  fr: rules(frenchStem, frenchStopwords, 'fr'),
  it: rules(italianStem, italianStopwords, 'it'),
  nl: rules(dutchStem, dutchStopwords, 'nl'),
  pt: rules(portugueseStem, portugueseStopwords, 'pt'),
  ru: rules(russianStem, russianStopwords, 'ru'),
};

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || (typeof value === 'string' && Object.hasOwn(LANGUAGE_RULES, value));
}

/** For each function word, the languages that list it: one lookup a word tells them all. */
const FUNCTION_WORD_LANGUAGES = new Map<string, Language[]>();
function listFunctionWords(language: Language, words: Iterable<string>): void {
  for (const word of words) FUNCTION_WORD_LANGUAGES.set(word, [...(FUNCTION_WORD_LANGUAGES.get(word) ?? []), language]);
}
listFunctionWords('en', STOPWORDS);
for (const [language, { stopwords }] of Object.entries(LANGUAGE_RULES)) listFunctionWords(language as Language, stopwords);

/** Enough words to tell the language; the rest of a long text would only cost time. */
const SAMPLE_WORDS = 400;
/** Fewer words than this (a headline, a caption) tell no language by their function words. */
const MIN_WORDS = 12;
/** In running text of a language, at least this share of the words are its function words (typically 0.3 to 0.5). */
const MIN_SHARE = 0.15;
/** A declared language stands while its function words are at least this part of the best language's in the text. */
const DECLARED_RATIO = 0.75;

/** The first words of a text, lowercased. */
function sample(text: string): string[] {
  const words: string[] = [];
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (words.length === SAMPLE_WORDS) break;
    words.push(word.toLowerCase());
  }
  return words;
}

/** Share of the words that each language lists as function words. */
function functionWordShares(words: readonly string[]): Map<Language, number> {
  const hits = new Map<Language, number>();
  for (const word of words) {
    for (const language of FUNCTION_WORD_LANGUAGES.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  return new Map([...hits].map(([language, count]) => [language, count / words.length]));
}

/**
 * The language a text is read by: the one it declares (an `lang` attribute, a feed's language)
 * when the text bears it out about as well as any other, otherwise the one whose function
 * words it uses most, otherwise
 * English rules (a language without a stemmer here, or a tie with English). A text too short
 * to tell is read by the language it declares, if any.
 */
export function resolveLanguage(declared: string | null | undefined, text: string): Language {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  const stated = primary && isLanguage(primary) ? primary : null;
  const words = sample(text);
  if (words.length < MIN_WORDS) return stated ?? 'en';
  const shares = functionWordShares(words);
  let best: Language = 'en';
  let bestShare = Math.max(MIN_SHARE, shares.get('en') ?? 0);
  for (const [language, share] of shares) {
    if (share > bestShare) {
      best = language;
      bestShare = share;
    }
  }
  // Related languages share function words: a declaration stands when its share is near the best.
  const statedShare = stated ? (shares.get(stated) ?? 0) : 0;
  return stated && statedShare >= MIN_SHARE && statedShare >= DECLARED_RATIO * bestShare ? stated : best;
}
