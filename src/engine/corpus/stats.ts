import type { ProcessedSentence } from '../text/document';

/** Per-term counts, looked up one term at a time (an index read from storage holds no Map of them all). */
export interface TermCounts {
  get(term: string): number | undefined;
}

/** Corpus-wide counts behind term weights, derived from the documents. */
export interface CorpusStats {
  documentCount: number;
  /** Documents containing a term. */
  documentFrequency: TermCounts;
  /** Content sentences containing a term. */
  sentenceCount: number;
  sentenceFrequency: TermCounts;
  /** Terms written as names in at least half of the sentences that hold them. */
  nameTerms: { has(term: string): boolean };
}

/** A term is a name when it is written as one in at least half of the sentences that hold it. */
export const isNameCount = (nameSentences: number, sentences: number): boolean => nameSentences * 2 >= sentences;

export function countsMatter(sentence: ProcessedSentence): boolean {
  return sentence.kind !== 'boilerplate';
}

export function computeStats(documents: ReadonlyArray<{ sentences: ProcessedSentence[] }>): CorpusStats {
  const documentFrequency = new Map<string, number>();
  const sentenceFrequency = new Map<string, number>();
  const nameCounts = new Map<string, number>();
  let sentenceCount = 0;
  for (const document of documents) {
    const documentTerms = new Set<string>();
    for (const sentence of document.sentences) {
      if (!countsMatter(sentence)) continue;
      sentenceCount++;
      for (const term of sentence.terms) {
        documentTerms.add(term);
        sentenceFrequency.set(term, (sentenceFrequency.get(term) ?? 0) + 1);
      }
      for (const name of sentence.names) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
    }
    for (const term of documentTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const nameTerms = new Set<string>();
  for (const [term, count] of nameCounts) {
    if (isNameCount(count, sentenceFrequency.get(term) ?? 0)) nameTerms.add(term);
  }
  return { documentCount: documents.length, documentFrequency, sentenceCount, sentenceFrequency, nameTerms };
}
