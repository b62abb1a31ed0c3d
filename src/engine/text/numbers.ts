/** Numbers with their unit and scale, so "$240.1bn" and "240.1 billion dollars" compare equal. */
import { alternation, AMOUNT_WORDS } from './amount-words';
import type { Language, OtherLanguage } from './language';
import { perOtherLanguage } from './per-language';
import { UNSPACED_SCRIPT, WORD_END } from './script';

export type NumberUnit = 'money' | 'percent' | 'year' | 'count';

export interface NumberMention {
  value: number;
  unit: NumberUnit;
  /** Currency as written ("$", "US$", "£"), or "" when none. */
  currency: string;
  /** The text as written, e.g. "$218.2bn". */
  surface: string;
  /** Offsets in the text handed to `findNumbers`. */
  start: number;
  end: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  billon: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/**
 * Chinese and Japanese scale characters, written right after the digits and multiplied
 * together: 2401亿 is 240.1 billion, 126万亿 126 trillion, 5千万 50 million.
 */
const UNSPACED_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

function unspacedScale(characters: string): number {
  return [...characters].reduce((product, character) => product * (UNSPACED_SCALES[character] ?? 1), 1);
}

// Bare letter scales ("m", "k", "b") only count when glued to the number ("$3m"), because
// "3 m" is usually metres or a stray letter. In Chinese and Japanese the currency follows the
// amount (2401亿美元, 2兆円).
const NUMBER_PATTERN =
  /(?<currency>(?:US|S|A|C|HK|NZ)?\$|[£€¥₹]|\b(?:USD|EUR|GBP|RMB|CNY|Rs\.?)\s?)?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<glued>bn|mn|tn|trn|bln|mln|[mkb])\b|\s?(?<word>trillion|billion|billon|million|thousand|bn|mn|tn|bln|mln)\b|(?<unspaced>(?:[十百千](?=[万萬亿億]))?(?:[万萬][亿億]?|[亿億]|兆(?![瓦赫帕焦]))))?(?<after>美元|港元|日元|欧元|歐元|英镑|英鎊|卢布|盧布|人民币|人民幣|元|円|ドル|ユーロ)?(?<percent>\s?%|\s(?:percent|per cent)\b)?/giu;

/**
 * The figures of a language that writes a decimal comma ("240,1") and groups thousands with a
 * dot or, in French and Russian, a space ("1.200", "1 200 000"; text reaches here folded, its
 * narrow spaces plain), its scale words, currencies and "per cent" after it. A figure starts
 * and ends at no digit or separator: "12.03.2024" is a date, and "1.5" or "1,000,000", written
 * the English way, are not read at all rather than read wrong.
 */
function otherLanguagePattern(language: OtherLanguage): RegExp {
  const words = AMOUNT_WORDS[language];
  const scale = alternation(words.scales.map(([word]) => word));
  const currency = `[€$£¥₽]|(?:${alternation(words.currencies)})${WORD_END}`;
  const group = words.grouping === '.' ? '\\.' : '[ .]';
  return new RegExp(
    `(?<currency>(?:US|S|A|C|HK|NZ)?\\$|[£€¥₹]|\\b(?:USD|EUR|GBP|RMB|CNY|RUB)\\s?)?` +
      `(?<![\\p{N}.,])(?<digits>\\d{1,3}(?:${group}\\d{3}(?!\\d))+(?:,\\d+)?|\\d+(?:,\\d+)?)(?![.,]?\\d)` +
      `(?:\\s?(?<word>${scale})(?:${WORD_END}|(?<=\\.)))?` +
      `(?:\\s?(?:(?:${alternation(words.linking)})\\s?)?(?<after>${currency}))?` +
      `(?<percent>\\s?%|\\s(?:${alternation(words.percent)})${WORD_END})?`,
    'giu',
  );
}

const otherPattern = perOtherLanguage(otherLanguagePattern);
const patternFor = (language: Language): RegExp => (language === 'en' ? NUMBER_PATTERN : otherPattern(language));

/** The figure's value before its scale, as the language writes decimals and thousands. */
function readDigits(digits: string, language: Language): number {
  if (language === 'en') return Number(digits.replace(/,/g, ''));
  return Number(digits.replace(/[. ]/g, '').replace(',', '.'));
}

function scaleOf(groups: Record<string, string | undefined>, language: Language): number {
  const word = (groups['glued'] ?? groups['word'] ?? '').toLowerCase();
  if (language !== 'en') return AMOUNT_WORDS[language].scales.find(([scale]) => scale === word)?.[1] ?? 1;
  return SCALES[word] ?? unspacedScale(groups['unspaced'] ?? '');
}

/** A letter right before a figure makes it part of a word ("G7"), but in scripts without spaces figures follow words directly. */
const GLUED_LETTER = /[\p{L}_]/u;

export function findNumbers(text: string, language: Language = 'en'): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(patternFor(language))) {
    const groups = match.groups ?? {};
    const digits = groups['digits'] ?? '';
    const start = match.index ?? 0;
    // Part of a word or a longer code ("G7", "2x4"): not a quantity.
    const before = text[start - 1] ?? '';
    if (GLUED_LETTER.test(before) && !UNSPACED_SCRIPT.test(before) && !groups['currency']) continue;
    const scale = scaleOf(groups, language);
    const raw = readDigits(digits, language);
    if (!Number.isFinite(raw)) continue;
    const currency = (groups['currency'] ?? groups['after'] ?? '').trim();
    const value = Number((raw * scale).toPrecision(12));
    let unit: NumberUnit = 'count';
    if (groups['percent']) unit = 'percent';
    else if (currency) unit = 'money';
    else if (scale === 1 && /^\d{4}$/.test(digits) && raw >= 1800 && raw <= 2100) unit = 'year';
    mentions.push({ value, unit, currency, surface: match[0].trim(), start, end: start + match[0].trimEnd().length });
  }
  return mentions;
}

/** The term under which a number is indexed: equal quantities give equal terms. */
export function numberTerm(mention: NumberMention): string {
  return `#${mention.value}${mention.unit === 'percent' ? '%' : ''}`;
}
