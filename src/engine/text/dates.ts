/**
 * Dates in text, resolved to a calendar day against the publication date where it is known:
 * "on Thursday" in a report published on Friday 9 February 2024 is 2024-02-08. English and
 * the languages of language.ts, each by its own words (date-words.ts).
 */
import { alternation, ENGLISH_MONTH, ENGLISH_MONTHS, PERIOD_WORDS } from './amount-words';
import { DATE_WORDS, type DateWords } from './date-words';
import type { Language, OtherLanguage } from './language';
import { perOtherLanguage } from './per-language';
import { WORD_END as END, WORD_START as START } from './script';
import { stemWord } from './tokens';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const weekdayTerms = perOtherLanguage(
  (language) => new Set(DATE_WORDS[language].weekdays.flat().flatMap((form) => form.split('-').map((word) => stemWord(word, language)))),
);
const ENGLISH_WEEKDAY_TERMS: ReadonlySet<string> = new Set(WEEKDAYS.map((day) => stemWord(day)));

/** Whether a term is (part of) a day of the week as the tokenizer writes it in that language ("fridai", "donnerstag"). */
export function isWeekdayTerm(term: string, language: Language = 'en'): boolean {
  return (language === 'en' ? ENGLISH_WEEKDAY_TERMS : weekdayTerms(language)).has(term);
}

export interface DateMention {
  /** As written, e.g. "last Thursday", "8 February 2024". */
  surface: string;
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when it cannot be placed (no publication date, or no year to go by). */
  date: string | null;
}

type Qualifier = 'last' | 'next' | 'on';

interface DatePattern {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, published: Date | null) => Date | null;
  /** Whether a match is a date at all, where the words alone do not tell. */
  accept?: (match: RegExpExecArray, text: string) => boolean;
}

const MONTH = `(${ENGLISH_MONTH})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const englishMonth = (name: string) => ENGLISH_MONTHS.findIndex((month) => month.startsWith(name.slice(0, 3).toLowerCase()));
const englishQualifier = (word: string | undefined): Qualifier => {
  const kind = word?.toLowerCase();
  return kind === 'last' || kind === 'next' ? kind : 'on';
};

/** Longest forms first; each match is blanked out before the next pattern runs. */
const ENGLISH_PATTERNS: DatePattern[] = [
  { pattern: new RegExp(`\\b${DAY}\\s+${MONTH}\\b(?:\\.?,?\\s+${YEAR})?(?!\\d)`, 'gu'), resolve: (m, p) => dayOfMonth(englishMonth(m[2]!), m[1]!, m[3], p) },
  { pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d:])`, 'gu'), resolve: (m, p) => dayOfMonth(englishMonth(m[1]!), m[2]!, m[3], p) },
  {
    pattern: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\\s+)?${WEEKDAY}\\b`, 'gu'),
    resolve: (m, p) => weekday(englishQualifier(m[1]), WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]), p),
  },
  { pattern: /\b(yesterday|today|tomorrow)\b/giu, resolve: (m, p) => relativeDay({ yesterday: -1, today: 0, tomorrow: 1 }[m[1]!.toLowerCase()] ?? 0, p) },
];

/** Whether a match at `at` stands first in its sentence, or in a quote, or after a dash or a colon. */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?…:]\s*|\s[-–—]\s*|^[-–—]\s*)["'“„«‹(¿¡\s]*$/u.test(text.slice(0, at));
}

/**
 * Only German writes the days with a capital in the middle of a sentence; elsewhere a capital
 * there makes a name ("Santo Domingo", "Plácido Domingo"), not a Sunday.
 */
function otherPatterns(words: DateWords, months: ReadonlyArray<readonly string[]>, capitalsNameDays: boolean): DatePattern[] {
  const indexOf = (forms: ReadonlyArray<readonly string[]>) => new Map(forms.flatMap((list, index) => list.map((form) => [form, index] as const)));
  const monthIndex = indexOf(months);
  const dayIndex = indexOf(words.weekdays);
  const optional = (name: string, list: readonly string[], around: (group: string) => string) =>
    list.length > 0 ? around(`(?<${name}>${alternation(list)})`) : '';
  const afterYear = words.afterYear ? `(?:${words.afterYear})?` : '';
  const dayAfterOnly = words.dayAfterOnly ?? [];
  const weekdayPattern =
    START +
    optional('before', [...words.lastBefore, ...words.nextBefore, ...dayAfterOnly], (group) => `(?:${group}\\s+)${dayAfterOnly.length > 0 ? '' : '?'}`) +
    `(?<day>${alternation(words.weekdays.flat())})` +
    optional('after', [...words.lastAfter, ...words.nextAfter], (group) => `(?:\\s+${group})?`) +
    END +
    (words.notDayBefore ? `(?!${words.notDayBefore})` : '');
  const qualifier = (groups: Record<string, string | undefined>): Qualifier => {
    const before = groups.before?.toLowerCase();
    const after = groups.after?.toLowerCase();
    if ((before && words.lastBefore.includes(before)) || (after && words.lastAfter.includes(after))) return 'last';
    if ((before && words.nextBefore.includes(before)) || (after && words.nextAfter.includes(after))) return 'next';
    return 'on';
  };
  const offsets = new Map(words.relative);
  const notRelative = words.notRelativeBefore ? `(?!${words.notRelativeBefore})` : '';
  return [
    {
      pattern: new RegExp(`${START}(\\d{1,2})${words.dayToMonth}(${alternation(months.flat())})(?:${words.monthToYear}${YEAR}${afterYear})?${END}`, 'giu'),
      resolve: (m, p) => dayOfMonth(monthIndex.get(m[2]!.toLowerCase()) ?? -1, m[1]!, m[3], p),
    },
    {
      pattern: new RegExp(weekdayPattern, 'giu'),
      resolve: (m, p) => weekday(qualifier(m.groups ?? {}), dayIndex.get(m.groups!.day!.toLowerCase()) ?? -1, p),
      accept: (m, text) => capitalsNameDays || !/^\p{Lu}/u.test(m.groups!.day!) || opensSentence(text, m.index ?? 0),
    },
    {
      // Not the end of a longer word joined by a hyphen ("avant-hier" is not "hier").
      pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(${alternation(words.relative.map(([word]) => word))})${END}${notRelative}`, 'giu'),
      resolve: (m, p) => relativeDay(offsets.get(m[1]!.toLowerCase()) ?? 0, p),
    },
  ];
}

const patternsOf = perOtherLanguage((language: OtherLanguage) => otherPatterns(DATE_WORDS[language], PERIOD_WORDS[language].months, language === 'de'));

const DAY_MS = 86_400_000;

/** The publication day (UTC) from "YYYY-MM-DD" or an ISO date-time; null when absent or unreadable. */
export function publicationDay(published: string | null): Date | null {
  const match = published?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.getUTCDate() === Number(match[3]) ? day : null;
}

function dayOfMonth(month: number, dayText: string, yearText: string | undefined, published: Date | null): Date | null {
  const day = Number(dayText);
  if (month < 0 || day < 1 || day > 31) return null;
  let year = yearText ? Number(yearText) : published?.getUTCFullYear();
  if (year === undefined) return null;
  // Without a year, a day more than half a year after publication is last year's ("December 28" in early January).
  if (!yearText && published && Date.UTC(year, month, day) - published.getTime() > 183 * DAY_MS) year--;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month ? date : null;
}

/**
 * "Thursday" and "on Thursday": the latest such day on or before publication (news mostly
 * reports what happened; the day itself when it is that day). "last Thursday": strictly
 * before; "next Thursday": strictly after.
 */
function weekday(kind: Qualifier, target: number, published: Date | null): Date | null {
  if (!published || target < 0) return null;
  const today = published.getUTCDay();
  if (kind === 'next') return shift(published, (target - today + 7) % 7 || 7);
  const back = (today - target + 7) % 7;
  return shift(published, -(kind === 'last' ? back || 7 : back));
}

function relativeDay(offset: number, published: Date | null): Date | null {
  return published ? shift(published, offset) : null;
}

function shift(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** The dates of a text, in order, each resolved against `published` where it can be. */
export function findDates(text: string, published: string | null, language: Language = 'en'): DateMention[] {
  const day = publicationDay(published);
  const mentions: DateMention[] = [];
  let rest = text;
  for (const { pattern, resolve, accept } of language === 'en' ? ENGLISH_PATTERNS : patternsOf(language)) {
    for (const match of rest.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (accept && !accept(match as RegExpExecArray, rest)) continue;
      const resolved = resolve(match as RegExpExecArray, day);
      const surface = match[0];
      mentions.push({ surface, start, end: start + surface.length, date: resolved ? resolved.toISOString().slice(0, 10) : null });
      rest = rest.slice(0, start) + ' '.repeat(surface.length) + rest.slice(start + surface.length);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
