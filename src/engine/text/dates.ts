/** Calendar words: days of the week, which say when within a week, not which story. */
import { stemWord } from './tokens';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const WEEKDAY_TERMS: ReadonlySet<string> = new Set(WEEKDAYS.map((day) => stemWord(day)));

/** Whether a term is a day of the week as the tokenizer writes it ("fridai"). */
export function isWeekdayTerm(term: string): boolean {
  return WEEKDAY_TERMS.has(term);
}
