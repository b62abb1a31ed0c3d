/**
 * Related coverage on the news sets: every article as the query against the rest of its set,
 * on text alone. Ids are made opaque and url, outlet and date removed, because in ECB+ the
 * ids name the event and only one event of each topic has metadata. A title is text: it
 * is kept as the first line of the text, as a plain-text file would carry it.
 */
import { readFileSync } from 'node:fs';
import { buildIndex, findRelated, findRelatedStored, MemoryStorage, StoredIndex, type CorpusDocument } from '../../src/engine';
import { macroAverage, microAverage, type PrecisionRecall, type RetrievalCounts } from './metrics';

export interface NewsRecord {
  id: string;
  title: string | null;
  /** The outlet's name. */
  source: string | null;
  /** YYYY-MM-DD or an ISO date-time. */
  published: string | null;
  text: string;
  event: string;
}

export function readNews(path: string): NewsRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NewsRecord);
}

/**
 * Text alone, under an opaque id (its position in a fixed shuffle, so ids do not follow the
 * file order either); with `provenance`, the outlet's name and the publication date too.
 */
export function textOnly(records: readonly NewsRecord[], { provenance = false } = {}): Array<{ document: CorpusDocument; event: string }> {
  const order = records.map((_, index) => index);
  let seed = 12345;
  for (let index = order.length - 1; index > 0; index--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const other = seed % (index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return records.map((record, index) => ({
    event: record.event,
    document: {
      id: `d${order[index]}`,
      url: null,
      title: null,
      source: provenance ? record.source : null,
      published: provenance ? record.published : null,
      lang: null,
      text: record.title && !record.text.startsWith(record.title) ? `${record.title}\n\n${record.text}` : record.text,
    },
  }));
}

export interface RelatedResult {
  micro: PrecisionRecall;
  macro: PrecisionRecall;
  queries: number;
  ms: number;
}

/** Through the stored index, as the extension and the CLI search (it finds what an index in memory finds). */
export async function evaluateRelated(records: readonly NewsRecord[], { provenance = false } = {}): Promise<RelatedResult> {
  const entries = textOnly(records, { provenance });
  const eventOf = new Map(entries.map((entry) => [entry.document.id, entry.event]));
  const index = await StoredIndex.open(new MemoryStorage());
  await index.add(entries.map((entry) => entry.document));
  const counts: RetrievalCounts[] = [];
  const started = performance.now();
  for (const { document, event } of entries) {
    const related = (await findRelatedStored(document, index)).filter((entry) => entry.doc !== document.id);
    const relevant = entries.filter((other) => other.event === event && other.document.id !== document.id).length;
    const hits = related.filter((entry) => eventOf.get(entry.doc) === event).length;
    counts.push({ hits, retrieved: related.length, relevant });
  }
  const ms = (performance.now() - started) / entries.length;
  return { micro: microAverage(counts), macro: macroAverage(counts), queries: entries.length, ms };
}

export interface AbsentResult {
  queries: number;
  /** Articles that got any related coverage, though none of their story was there. */
  withAny: number;
  documents: number;
}

/**
 * Every article against its set without the other reports of its own story: whatever comes
 * back is another story. A reader's corpus mostly holds no other report of what they read,
 * which the related figures above (every story's reports all there) never show. In memory, one
 * index per story left out (it finds what the stored index finds). With `provenance`, each
 * text keeps its outlet's name and publication date: in BASIL every story has one report from
 * each outlet, all out within 3 days, so neither names the story, and other stories of the
 * article's own outlet or weeks away are there to be found.
 */
export function evaluateStoryAbsent(records: readonly NewsRecord[], { provenance = false } = {}): AbsentResult {
  const entries = textOnly(records, { provenance });
  const result: AbsentResult = { queries: 0, withAny: 0, documents: 0 };
  for (const event of new Set(entries.map((entry) => entry.event))) {
    const index = buildIndex(entries.filter((entry) => entry.event !== event).map((entry) => entry.document));
    for (const { document } of entries.filter((entry) => entry.event === event)) {
      const related = findRelated(document, index);
      result.queries++;
      if (related.length > 0) result.withAny++;
      result.documents += related.length;
    }
  }
  return result;
}
