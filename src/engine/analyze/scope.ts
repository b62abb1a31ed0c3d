/** Time expressions that bound a quantity: "in 2023", "January-November", "last year", "1至11月", "去年". */
import { alternation, ENGLISH_MONTH as MONTH, PERIOD_WORDS } from '../text/amount-words';
import type { Language, OtherLanguage } from '../text/language';
import { perOtherLanguage } from '../text/per-language';
import { foldForMatching } from '../text/normalize';

const YEAR = '(?:18|19|20)\\d{2}';
const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)';

/** Quarters and halves, and a year alone: written alike in every language read. */
const QUARTER = new RegExp(`\\b(?:Q[1-4]|H[12])\\b(?:\\s+${YEAR})?`, 'gu');
const YEAR_ALONE = new RegExp(`\\b${YEAR}\\b`, 'gu');

/** Longest forms first: each match is blanked out before the shorter patterns run. */
const PATTERNS = [
  // Chinese and Japanese: "1至11月", "2023年1-11月", "前11个月", "去年", "上半年", "第一季度".
  new RegExp(`(?:${YEAR}年)?(?<!\\d)\\d{1,2}\\s*(?:至|到|-|~|～)\\s*\\d{1,2}\\s*月份?`, 'gu'),
  /前\d+个月|上半年|下半年|第[一二三四1-4]季度|去年|今年|明年|昨年|前年/gu,
  new RegExp(`\\b${MONTH}\\.?\\s*(?:-|to|through|until)\\s*${MONTH}\\b(?:\\s+${YEAR})?`, 'gu'),
  new RegExp(`\\b(?:first|second|third|fourth|last|past|next|this|previous)\\s+(?:${COUNT}\\s+)?(?:years?|months?|quarters?|half|weeks?|decades?)\\b`, 'giu'),
  QUARTER,
  new RegExp(`\\b${MONTH}\\b(?:\\s+${YEAR})?`, 'gu'),
  YEAR_ALONE,
];

const NOT_A_LETTER_BEFORE = '(?<![\\p{L}])';
const NOT_A_LETTER_AFTER = '(?![\\p{L}])';

/** The same forms in a language read besides English: a range of months, last year, a month, a quarter, a year. */
function otherLanguagePatterns(language: OtherLanguage): RegExp[] {
  const { months, through, lastYear } = PERIOD_WORDS[language];
  const month = `${NOT_A_LETTER_BEFORE}(?:${alternation(months.flat())})${NOT_A_LETTER_AFTER}`;
  return [
    new RegExp(`${month}\\.?\\s*(?:-|\\s(?:${alternation(through)})\\s)\\s*${month}(?:\\s+${YEAR})?`, 'giu'),
    new RegExp(`${NOT_A_LETTER_BEFORE}(?:${alternation(lastYear)})${NOT_A_LETTER_AFTER}`, 'giu'),
    QUARTER,
    new RegExp(`${month}(?:\\s+${YEAR})?`, 'giu'),
    YEAR_ALONE,
  ];
}

const otherPatterns = perOtherLanguage(otherLanguagePatterns);
const patternsFor = (language: Language): RegExp[] => (language === 'en' ? PATTERNS : otherPatterns(language));

export interface TimeScope {
  text: string;
  start: number;
  end: number;
}

/** Time expressions of a sentence, with offsets in the folded text. */
export function timeScopes(sentence: string, language: Language = 'en'): TimeScope[] {
  let text = foldForMatching(sentence);
  const scopes: TimeScope[] = [];
  for (const pattern of patternsFor(language)) {
    text = text.replace(pattern, (match, offset: number) => {
      scopes.push({ text: match.replace(/\s+/g, ' '), start: offset, end: offset + match.length });
      return ' '.repeat(match.length);
    });
  }
  return scopes.sort((a, b) => a.start - b.start);
}
