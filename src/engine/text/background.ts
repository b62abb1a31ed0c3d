/**
 * What a sentence asserts apart from what it only recalls. News sentences carry background
 * in set-off clauses: a relative clause on a person (", who has faced isolation over the war,")
 * and the examples after ", including" elaborate the main clause rather than state a fact of
 * their own. A reader who already knows the main clause has been told the sentence's news.
 *
 * English only: elsewhere the same pronouns double as articles (German ", die"), and no
 * other language's text has been measured.
 */
import type { Language } from './language';

/**
 * Lowercase on purpose: ", WHO said" is the World Health Organization. A relative clause ends
 * at the next comma or with the sentence; an ", including" list runs to the end.
 */
const BACKGROUND_CLAUSES = [/,\s+(?:who|whom|whose)\b[^,]*(?:,|$)/g, /,\s+including\b[\s\S]*$/g];

/** The sentence with its background clauses cut out, or null when it has none. */
export function withoutBackground(text: string, language: Language): string | null {
  if (language !== 'en') return null;
  let main = text;
  for (const clause of BACKGROUND_CLAUSES) main = main.replace(clause, ',');
  return main === text ? null : main;
}
