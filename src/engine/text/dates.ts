/**
 * Dates in text, resolved to a calendar day against the publication date where it is known:
 * "on Thursday" in a report published on Friday 9 February 2024 is 2024-02-08.
 */
import { stemWord } from './tokens';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const WEEKDAY_TERMS: ReadonlySet<string> = new Set(WEEKDAYS.map((day) => stemWord(day)));

/** Whether a term is a day of the week as the tokenizer writes it ("fridai"). */
export function isWeekdayTerm(term: string): boolean {
  return WEEKDAY_TERMS.has(term);
}

export interface DateMention {
  /** As written, e.g. "last Thursday", "8 February 2024". */
  surface: string;
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when it cannot be placed (no publication date, or no year to go by). */
  date: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Capitalized only: "may" and "march" are also ordinary words.
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** Longest forms first; each match is blanked out before the next pattern runs. */
const PATTERNS: Array<{ pattern: RegExp; resolve: (match: RegExpExecArray, published: Date | null) => Date | null }> = [
  { pattern: new RegExp(`\\b${DAY}\\s+${MONTH}\\b(?:\\.?,?\\s+${YEAR})?(?!\\d)`, 'gu'), resolve: (m, p) => dayOfMonth(m[2]!, m[1]!, m[3], p) },
  { pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d:])`, 'gu'), resolve: (m, p) => dayOfMonth(m[1]!, m[2]!, m[3], p) },
  { pattern: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\\s+)?${WEEKDAY}\\b`, 'gu'), resolve: (m, p) => weekday(m[1], m[2]!, p) },
  { pattern: /\b(yesterday|today|tomorrow)\b/giu, resolve: (m, p) => relativeDay(m[1]!, p) },
];

const DAY_MS = 86_400_000;

/** The publication day (UTC) from "YYYY-MM-DD" or an ISO date-time; null when absent or unreadable. */
export function publicationDay(published: string | null): Date | null {
  const match = published?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.getUTCDate() === Number(match[3]) ? day : null;
}

function dayOfMonth(monthName: string, dayText: string, yearText: string | undefined, published: Date | null): Date | null {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
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
function weekday(qualifier: string | undefined, name: string, published: Date | null): Date | null {
  if (!published) return null;
  const target = WEEKDAYS.indexOf(name.toLowerCase() as (typeof WEEKDAYS)[number]);
  const today = published.getUTCDay();
  const kind = qualifier?.toLowerCase();
  if (kind === 'next') return shift(published, (target - today + 7) % 7 || 7);
  const back = (today - target + 7) % 7;
  return shift(published, -(kind === 'last' ? back || 7 : back));
}

function relativeDay(word: string, published: Date | null): Date | null {
  if (!published) return null;
  return shift(published, { yesterday: -1, today: 0, tomorrow: 1 }[word.toLowerCase()] ?? 0);
}

function shift(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** The dates of a text, in order, each resolved against `published` where it can be. */
export function findDates(text: string, published: string | null): DateMention[] {
  const day = publicationDay(published);
  const mentions: DateMention[] = [];
  let rest = text;
  for (const { pattern, resolve } of PATTERNS) {
    for (const match of rest.matchAll(pattern)) {
      const start = match.index ?? 0;
      const resolved = resolve(match as RegExpExecArray, day);
      const surface = match[0];
      mentions.push({ surface, start, end: start + surface.length, date: resolved ? resolved.toISOString().slice(0, 10) : null });
      rest = rest.slice(0, start) + ' '.repeat(surface.length) + rest.slice(start + surface.length);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
