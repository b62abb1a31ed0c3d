/**
 * One query's window on a stored index: a SearchIndex answered synchronously from what has
 * been read so far. When an answer needs postings or documents not read yet it throws
 * MissingData naming them; `resolve` reads them and runs the computation again, so the
 * analysis stays synchronous and reads only what it touches.
 */
import { documentVector } from '../corpus-index';
import { byScore, vectorNorm, type IndexedDocument, type ScoredDocument, type SearchIndex } from '../search-index';
import type { CorpusStats } from '../stats';
import type { TermWeight } from '../weights';
import type { TermPostings } from './postings';
import type { StoredIndex } from './stored-index';

/** A query's candidates come from this many of its terms, the heaviest ... */
export const QUERY_TERMS = 40;
/** ... and this many documents, best by those terms, are scored exactly. */
export const CANDIDATES = 100;
/** More rounds than any analysis needs: a bug, not a slow query, if reached. */
const MAX_ROUNDS = 100;

/** What a synchronous answer needs read first: a search, or documents. */
export class MissingData extends Error {
  constructor(
    readonly documents: readonly number[],
    readonly search?: { query: ReadonlyMap<string, number>; floor: number },
  ) {
    super('data not read yet');
  }
}

/** The `count` documents of highest rank, best first (ties by number, as byScore orders them). */
function best(documents: readonly number[], ranks: Float64Array, count: number): number[] {
  // The count-th highest rank: only documents at or above it need sorting.
  const cut = documents.length > count ? Float64Array.from(ranks).sort()[ranks.length - count]! : -Infinity;
  const kept: ScoredDocument[] = [];
  documents.forEach((document, at) => {
    if (ranks[at]! >= cut) kept.push({ document, score: ranks[at]! });
  });
  return kept.sort(byScore).slice(0, count).map(({ document }) => document);
}

export class QueryView implements SearchIndex {
  readonly stats: CorpusStats;
  readonly boilerplateLines: SearchIndex['boilerplateLines'];
  readonly documentWeight: TermWeight;
  private readonly postings = new Map<string, TermPostings[]>();
  private readonly documents = new Map<number, IndexedDocument>();
  private readonly numbers = new Map<string, number>();
  private readonly vectors = new Map<number, Map<string, number>>();
  /** Searches answered, by query vector (the caller keeps its vectors across rounds) and floor. */
  private readonly searches = new WeakMap<ReadonlyMap<string, number>, Map<number, ScoredDocument[]>>();

  constructor(private readonly index: StoredIndex) {
    this.stats = index.stats();
    this.boilerplateLines = index.boilerplateLines;
    this.documentWeight = index.documentWeight();
  }

  document(document: number): IndexedDocument {
    const found = this.documents.get(document);
    if (!found) throw new MissingData([document]);
    return found;
  }

  documentNumber(id: string): number | undefined {
    return this.numbers.get(id);
  }

  private vector(document: number): Map<string, number> {
    let vector = this.vectors.get(document);
    if (!vector) this.vectors.set(document, (vector = documentVector(this.document(document).sentences, this.documentWeight)));
    return vector;
  }

  norm(document: number): number {
    return vectorNorm(this.vector(document));
  }

  /** Answered from the searches read so far; an unread one is read (see resolve) and the computation run again. */
  search(query: ReadonlyMap<string, number>, floor = 0): ScoredDocument[] {
    const found = this.searches.get(query)?.get(floor);
    if (!found) throw new MissingData([], { query, floor });
    return found;
  }

  /**
   * The documents at `floor` or above among the CANDIDATES best by the query's QUERY_TERMS
   * heaviest terms (against their norm when written), with their exact cosine; reads the
   * postings of those terms, the candidates' term vectors and the records of those kept.
   */
  private async runSearch(query: ReadonlyMap<string, number>, floor: number): Promise<ScoredDocument[]> {
    const terms = [...query]
      .filter(([, value]) => value > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, QUERY_TERMS)
      .map(([term]) => term);
    const unread = terms.filter((term) => !this.postings.has(term));
    if (unread.length > 0) for (const [term, postings] of await this.index.readPostings(unread)) this.postings.set(term, postings);

    // Dot products with the heaviest terms, to pick the candidates: summed per document in term order.
    const partial = this.index.scoreBuffer();
    const touched: number[] = [];
    for (const term of terms) {
      const factor = query.get(term)! * this.documentWeight(term);
      for (const { documents, counts } of this.postings.get(term)!) {
        for (let i = 0; i < documents.length; i++) {
          const document = documents[i]!;
          if (partial[document] === 0) {
            if (this.index.isRemoved(document)) continue;
            touched.push(document);
          }
          partial[document] = partial[document]! + factor * (1 + Math.log(counts[i]!));
        }
      }
    }
    const ranks = Float64Array.from(touched, (document) => partial[document]! / (this.index.storedNorm(document) || 1));
    for (const document of touched) partial[document] = 0;
    const candidates = best(touched, ranks, CANDIDATES);
    const vectors = await this.index.readVectors(candidates);

    // The exact cosine, summed in the order an index in memory sums it (the query's), so the figures are the same.
    const queryNorm = vectorNorm(query);
    const position = this.index.termIds.mark(query.keys());
    const queryValues = Float64Array.from(query.values());
    const valueAt = new Float64Array(queryValues.length);
    const shared = new Int32Array(queryValues.length);
    const scored: ScoredDocument[] = [];
    candidates.forEach((document, at) => {
      const { terms: vectorTerms, values, norm } = vectors[at]!;
      let count = 0;
      for (let k = 0; k < vectorTerms.length; k++) {
        const where = position(vectorTerms[k]!);
        if (where < 0) continue;
        valueAt[where] = values[k]!;
        shared[count++] = where;
      }
      const inOrder = shared.subarray(0, count).sort();
      let dot = 0;
      for (let i = 0; i < count; i++) dot += queryValues[inOrder[i]!]! * valueAt[inOrder[i]!]!;
      if (norm > 0 && queryNorm > 0) {
        const score = Math.min(1, dot / (norm * queryNorm));
        if (score >= floor) scored.push({ document, score });
      }
    });
    await this.readDocuments(scored.map(({ document }) => document));
    return scored.sort(byScore);
  }

  private async readDocuments(numbers: readonly number[]): Promise<void> {
    const unread = numbers.filter((number) => !this.documents.has(number));
    if (unread.length === 0) return;
    for (const [number, document] of await this.index.readDocuments(unread)) {
      this.documents.set(number, document);
      this.numbers.set(document.id, number);
    }
  }

  /** Runs `compute` until it no longer needs anything unread. */
  async resolve<T>(compute: () => T): Promise<T> {
    for (let round = 0; ; round++) {
      try {
        return compute();
      } catch (error) {
        if (!(error instanceof MissingData) || round >= MAX_ROUNDS) throw error;
        if (error.search) {
          const { query, floor } = error.search;
          const answered = this.searches.get(query) ?? new Map<number, ScoredDocument[]>();
          answered.set(floor, await this.runSearch(query, floor));
          this.searches.set(query, answered);
        }
        await this.readDocuments(error.documents);
      }
    }
  }
}
