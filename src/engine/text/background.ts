/**
 * What a sentence asserts apart from what it only recalls. News sentences carry background
 * in set-off clauses: a relative clause (", who has faced isolation over the war,") and the
 * examples after ", including" elaborate the main clause rather than state a fact of their
 * own. A reader who already knows the main clause has been told the sentence's news. A clause
 * with a figure or a time in it reports rather than recalls (", who resigned on Friday,",
 * ", whose shares fell 20%,", ", including two children"): it stays.
 *
 * English only: elsewhere the same pronouns double as articles (German ", die"), and no
 * other language's text has been measured.
 */
import { ENGLISH_MONTHS } from './amount-words';
import { WEEKDAYS } from './dates';
import type { Language } from './language';

/** Lowercase on purpose: ", WHO said" is the World Health Organization. Ends at the next comma. */
const RELATIVE_CLAUSE = /,\s+(?:who|whom|whose)\b[^,]*(?:,|$)/g;
const EXAMPLES = /,\s+including\b/g;
/**
 * A comma that opens a clause of its own rather than the next example ("…, including Kyiv and
 * Lviv, killing at least 12 people"; "…, including Kyiv, Lviv and Odesa." is one list).
 */
const CLAUSE_OPENING = /^,\s+(?:\p{L}+ing|who|whom|whose|which|where|when|while|whereas|but|yet|so|said|says|according|and\s+(?:the|a|an|its|his|her|their|it|he|she|they|we|this|that))\b/iu;

/** Figures, spelt-out counts, days, months and the words that place an event in time. */
const REPORTS = new RegExp(
  [
    '\\d',
    '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|scores|hundreds?|thousands?|millions?|billions?)\\b',
    `\\b(?:${[...WEEKDAYS, ...ENGLISH_MONTHS].map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|')})\\b`,
    '\\b(?:yesterday|today|tomorrow|tonight|overnight|(?:last|this|next) (?:night|morning|evening|week|month|year)|(?:hours|days|weeks|months) (?:after|before|ago|later|earlier))\\b',
  ].join('|'),
);

/** Where the examples that start at `at` end: before the comma that opens a clause, or with the sentence. */
function examplesEnd(text: string, at: number): number {
  for (let comma = text.indexOf(',', at + 1); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    if (CLAUSE_OPENING.test(text.slice(comma))) return comma;
  }
  return text.length;
}

/** The spans of a sentence's background clauses that recall, in order. */
function backgroundSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(RELATIVE_CLAUSE)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  for (const match of text.matchAll(EXAMPLES)) spans.push([match.index ?? 0, examplesEnd(text, match.index ?? 0)]);
  return spans.filter(([start, end]) => !REPORTS.test(text.slice(start, end))).sort((a, b) => a[0] - b[0]);
}

/** The sentence with its background clauses cut out (each leaves a comma), or null when it has none. */
export function withoutBackground(text: string, language: Language): string | null {
  if (language !== 'en') return null;
  const spans = backgroundSpans(text);
  if (spans.length === 0) return null;
  let main = '';
  let from = 0;
  for (const [start, end] of spans) {
    if (start < from) continue;
    main += text.slice(from, start) + ',';
    from = end;
  }
  return (main + text.slice(from)).replace(/,\s*,/g, ',');
}
