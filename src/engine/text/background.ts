/**
 * What a sentence asserts apart from what it only recalls. News sentences carry background
 * in set-off clauses: a relative clause (", who has faced isolation over the war,") and the
 * examples after ", including" elaborate the main clause rather than state a fact of their
 * own. A reader who already knows the main clause has been told the sentence's news. A clause
 * with a figure or a day in it reports rather than recalls (", who resigned on Friday,",
 * ", whose shares fell 20%,"): it stays.
 *
 * English only: elsewhere the same pronouns double as articles (German ", die"), and no
 * other language's text has been measured.
 */
import type { Language } from './language';

/**
 * Lowercase on purpose: ", WHO said" is the World Health Organization. Each clause ends at
 * the next comma or with the sentence, so a clause after it is not taken along
 * ("…, including Kyiv and Lviv, killing at least 12 people").
 */
const BACKGROUND_CLAUSES = [/,\s+(?:who|whom|whose)\b[^,]*(?:,|$)/g, /,\s+including\b[^,]*(?:,|$)/g];

/** Figures, days, months and the words that place an event in time. */
const REPORTS =
  /\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|yesterday|today|tomorrow|tonight|(?:last|this|next) (?:week|month|year))\b/;

/** The sentence with its background clauses cut out, or null when it has none. */
export function withoutBackground(text: string, language: Language): string | null {
  if (language !== 'en') return null;
  let main = text;
  for (const clause of BACKGROUND_CLAUSES) main = main.replace(clause, (found) => (REPORTS.test(found) ? found : ','));
  return main === text ? null : main;
}
