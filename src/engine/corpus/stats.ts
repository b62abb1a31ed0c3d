import type { ProcessedSentence } from '../text/document';

/** Corpus-wide counts behind term weights; derived from the documents, never stored. */
export interface CorpusStats {
  documentCount: number;
  /** Documents containing a term. */
  documentFrequency: Map<string, number>;
  /** Content sentences containing a term. */
  sentenceCount: number;
  sentenceFrequency: Map<string, number>;
  /** Terms written as names in at least half of the sentences that hold them. */
  nameTerms: Set<string>;
}

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
    if (count * 2 >= (sentenceFrequency.get(term) ?? 0)) nameTerms.add(term);
  }
  return { documentCount: documents.length, documentFrequency, sentenceCount, sentenceFrequency, nameTerms };
}
