/**
 * The same event dated differently across outlets: "spoke on Thursday" in a report published
 * on Friday 9 February is 8 February; "spoke on Wednesday" in another of that day is the 7th.
 * Days of the week are placed against each text's own publication date, so "on Thursday" in a
 * report of Friday and "yesterday" in one of that Friday agree; without a publication date a
 * day of the week is not placed and says nothing.
 */
import type { IndexedDocument } from '../corpus/corpus-index';
import type { TermWeight } from '../corpus/weights';
import { findDates, isWeekdayTerm, type DateMention } from '../text/dates';
import type { ProcessedSentence } from '../text/document';
import type { PreparedArticle } from './article';
import type { Language } from '../text/language';
import { findConflicts, wordsOnly, type ConflictKind, type FoundDiscrepancy } from './discrepancies';

/** Sentences this alike in their other words report the same event. */
export const SAME_EVENT = 0.5;
/** Dates further apart than this are different events, not two datings of one. */
const NEAR_DAYS = 14;
const DAY_MS = 86_400_000;

type Placed = DateMention & { date: string };

function placedDates(text: string, published: string | null, language: Language): Placed[] {
  return findDates(text, published, language).filter((mention): mention is Placed => mention.date !== null);
}

function undatedWords(sentence: ProcessedSentence, language: Language): string[] {
  return wordsOnly(sentence, language).filter((term) => !isWeekdayTerm(term, language));
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

/** The closest pair of dates that differ, when the two sentences share no date at all. */
function conflictingDates(article: Placed[], corpus: Placed[]): [Placed, Placed] | null {
  if (article.some((a) => corpus.some((c) => c.date === a.date))) return null;
  let best: [Placed, Placed] | null = null;
  for (const a of article) {
    for (const c of corpus) {
      const apart = daysApart(a.date, c.date);
      if (apart <= NEAR_DAYS && (!best || apart < daysApart(best[0].date, best[1].date))) best = [a, c];
    }
  }
  return best;
}

const DATES: ConflictKind<Placed, [Placed, Placed]> = {
  minimum: SAME_EVENT,
  mentions: placedDates,
  words: undatedWords,
  conflict: conflictingDates,
  discrepancy: ({ article, corpus }, [here, there], document) => ({
    kind: 'date',
    article: { quote: article.text },
    corpus: { doc: document.id, quote: corpus.text },
    note: `${here.surface} (${here.date}) here, ${there.surface} (${there.date}) in ${document.source ?? document.id}`,
  }),
};

export function findDateDiscrepancies(article: PreparedArticle, documents: IndexedDocument[], weight: TermWeight): FoundDiscrepancy[] {
  return findConflicts(article, documents, weight, DATES);
}
