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
import { wordsOnly, type FoundDiscrepancy } from './discrepancies';
import { cosine } from './similarity';

/** Sentences this alike in their other words report the same event. */
export const SAME_EVENT = 0.5;
/** Dates further apart than this are different events, not two datings of one. */
const NEAR_DAYS = 14;
const DAY_MS = 86_400_000;

type Placed = DateMention & { date: string };

function placedDates(text: string, published: string | null): Placed[] {
  return findDates(text, published).filter((mention): mention is Placed => mention.date !== null);
}

function undatedWords(sentence: ProcessedSentence): string[] {
  return wordsOnly(sentence).filter((term) => !isWeekdayTerm(term));
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

export function findDateDiscrepancies(
  article: PreparedArticle,
  documents: IndexedDocument[],
  weight: TermWeight,
): FoundDiscrepancy[] {
  const articleSentences = article.content
    .map((sentence) => ({ sentence, dates: placedDates(sentence.text, article.input.published), words: undatedWords(sentence) }))
    .filter((entry) => entry.dates.length > 0);
  const found: FoundDiscrepancy[] = [];
  if (articleSentences.length === 0) return found;
  for (const document of documents) {
    for (const sentence of document.sentences) {
      if (sentence.kind !== 'content') continue;
      const dates = placedDates(sentence.text, document.published);
      if (dates.length === 0) continue;
      const words = undatedWords(sentence);
      let best: { similarity: number; entry: (typeof articleSentences)[number]; pair: [Placed, Placed] } | null = null;
      for (const entry of articleSentences) {
        const similarity = cosine(words, entry.words, weight);
        if (similarity < SAME_EVENT || (best && similarity <= best.similarity)) continue;
        const pair = conflictingDates(entry.dates, dates);
        if (pair) best = { similarity, entry, pair };
      }
      if (!best) continue;
      const [here, there] = best.pair;
      found.push({
        corpusSentence: sentence,
        discrepancy: {
          kind: 'date',
          article: { quote: best.entry.sentence.text },
          corpus: { doc: document.id, quote: sentence.text },
          note: `${here.surface} (${here.date}) here, ${there.surface} (${there.date}) in ${document.source ?? document.id}`,
        },
      });
    }
  }
  return found;
}
