import type { CorpusDocument } from '../types';
import { processText, type ProcessedSentence } from '../text/document';
import { lineKey } from '../text/normalize';
import { resolveLanguage } from '../text/language';
import { scoreVector, type IndexedDocument, type Posting, type SearchIndex } from './search-index';
import { computeStats, countsMatter, type CorpusStats } from './stats';
import { documentWeights, rememberWeights } from './weights';

export type { IndexedDocument, Posting } from './search-index';

/** The corpus tokenized, segmented and indexed once, for many analyses, all in memory. */
export interface CorpusIndex extends SearchIndex {
  readonly documents: IndexedDocument[];
  readonly boilerplateLines: Record<string, string[]>;
  readonly stats: CorpusStats;
  /** term → documents with their tf-idf weight, for related-coverage search. */
  readonly postings: Map<string, Posting[]>;
  /** Euclidean norm of each document's tf-idf vector. */
  readonly norms: number[];
}

/** Outlets need this many documents before repetition says anything. */
export const MIN_OUTLET_DOCUMENTS = 3;

/** In how many of an outlet's documents a line must stand to be its page furniture. */
export function repeatsNeeded(outletDocuments: number): number {
  return Math.max(MIN_OUTLET_DOCUMENTS, Math.ceil(outletDocuments * 0.2));
}

/** The distinct non-empty line keys of a document's sentences. */
export function documentLineKeys(sentences: readonly ProcessedSentence[]): Set<string> {
  const keys = new Set(sentences.map((sentence) => lineKey(sentence.text)));
  keys.delete('');
  return keys;
}

export function findRepeatedLines(documents: IndexedDocument[]): Record<string, string[]> {
  const bySource = new Map<string, IndexedDocument[]>();
  for (const document of documents) {
    if (!document.source) continue;
    bySource.set(document.source, [...(bySource.get(document.source) ?? []), document]);
  }
  const repeated: Record<string, string[]> = {};
  for (const [source, outletDocuments] of bySource) {
    if (outletDocuments.length < MIN_OUTLET_DOCUMENTS) continue;
    const counts = new Map<string, number>();
    for (const document of outletDocuments) {
      for (const key of documentLineKeys(document.sentences)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const needed = repeatsNeeded(outletDocuments.length);
    const lines = [...counts].filter(([, count]) => count >= needed).map(([key]) => key);
    if (lines.length > 0) repeated[source] = lines.sort();
  }
  return repeated;
}

export function markOutletBoilerplate(
  sentences: ProcessedSentence[],
  source: string | null,
  boilerplateLines: Readonly<Record<string, readonly string[]>>,
): ProcessedSentence[] {
  const lines = source ? boilerplateLines[source] : undefined;
  if (!lines) return sentences;
  const keys = new Set(lines);
  return sentences.map((sentence) =>
    keys.has(lineKey(sentence.text)) ? { ...sentence, kind: 'boilerplate' } : sentence,
  );
}

/** Builds the derived parts (stats, postings) from documents already processed. */
export function assembleIndex(
  processed: IndexedDocument[],
  boilerplateLines: Record<string, string[]>,
): CorpusIndex {
  const documents = processed.map((document) => ({
    ...document,
    sentences: markOutletBoilerplate(document.sentences, document.source, boilerplateLines),
  }));
  const stats = computeStats(documents);
  const weight = rememberWeights(documentWeights(stats));
  const postings = new Map<string, Posting[]>();
  const norms: number[] = [];
  documents.forEach((document, documentIndex) => {
    const vector = documentVector(document.sentences, weight);
    let squares = 0;
    for (const [term, value] of vector) {
      squares += value * value;
      const list = postings.get(term);
      if (list) list.push({ document: documentIndex, weight: value });
      else postings.set(term, [{ document: documentIndex, weight: value }]);
    }
    norms.push(Math.sqrt(squares));
  });
  let numbers: Map<string, number> | null = null;
  const index: CorpusIndex = {
    documents,
    boilerplateLines,
    stats,
    documentWeight: weight,
    postings,
    norms,
    document: (document) => documents[document],
    documentNumber: (id) => (numbers ??= new Map(documents.map((document, at) => [document.id, at]))).get(id),
    norm: (document) => norms[document] ?? 0,
    search: (query) => scoreVector(query, index),
  };
  return index;
}

/** A news text says what its story is in its title and first sentences: they count this many times. */
export const LEAD_WEIGHT = 2;
export const LEAD_SENTENCES = 4;

/** Sublinear tf-idf over the sentences that are not page furniture, the lead counting more. */
export function documentVector(
  sentences: ProcessedSentence[],
  weight: (term: string) => number,
): Map<string, number> {
  const vector = new Map<string, number>();
  for (const [term, count] of termFrequencies(sentences)) vector.set(term, (1 + Math.log(count)) * weight(term));
  return vector;
}

/** How often each term occurs in the sentences that are not page furniture, the lead counting LEAD_WEIGHT times. */
export function termFrequencies(sentences: readonly ProcessedSentence[]): Map<string, number> {
  const frequency = new Map<string, number>();
  let counted = 0;
  for (const sentence of sentences) {
    if (!countsMatter(sentence)) continue;
    const times = counted++ < LEAD_SENTENCES ? LEAD_WEIGHT : 1;
    for (const term of sentence.terms) frequency.set(term, (frequency.get(term) ?? 0) + times);
  }
  return frequency;
}

/** A document's metadata with its text segmented and tokenized: what both indexes keep of it. */
export function processDocument(document: CorpusDocument): IndexedDocument {
  const language = resolveLanguage(document.lang, document.text);
  return {
    id: document.id,
    url: document.url,
    title: document.title,
    source: document.source,
    published: document.published,
    lang: document.lang,
    language,
    sentences: processText(document.text, language),
  };
}

export function buildIndex(documents: CorpusDocument[]): CorpusIndex {
  const processed = documents.map(processDocument);
  return assembleIndex(processed, findRepeatedLines(processed));
}
