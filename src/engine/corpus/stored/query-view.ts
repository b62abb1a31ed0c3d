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
    readonly search?: { key: string; query: ReadonlyMap<string, number>; floor: number },
  ) {
    super('data not read yet');
  }
}

function queryKey(query: ReadonlyMap<string, number>, floor: number): string {
  let key = String(floor);
  for (const [term, value] of query) key += `\u0001${term}\u0002${value}`;
  return key;
}

export class QueryView implements SearchIndex {
  readonly stats: CorpusStats;
  readonly boilerplateLines: SearchIndex['boilerplateLines'];
  private readonly weight: TermWeight;
  private readonly postings = new Map<string, TermPostings[]>();
  private readonly documents = new Map<number, IndexedDocument>();
  private readonly numbers = new Map<string, number>();
  private readonly vectors = new Map<number, Map<string, number>>();
  private readonly searches = new Map<string, ScoredDocument[]>();

  constructor(private readonly index: StoredIndex) {
    this.stats = index.stats();
    this.boilerplateLines = index.boilerplateLines;
    this.weight = index.documentWeight();
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
    if (!vector) this.vectors.set(document, (vector = documentVector(this.document(document).sentences, this.weight)));
    return vector;
  }

  norm(document: number): number {
    return vectorNorm(this.vector(document));
  }

  /** Answered from the searches read so far; an unread one is read (see resolve) and the computation run again. */
  search(query: ReadonlyMap<string, number>, floor = 0): ScoredDocument[] {
    const key = queryKey(query, floor);
    const found = this.searches.get(key);
    if (!found) throw new MissingData([], { key, query, floor });
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

    const partial = new Map<number, number>();
    for (const term of terms) {
      const factor = query.get(term)! * this.weight(term);
      for (const { documents, counts } of this.postings.get(term)!) {
        for (let i = 0; i < documents.length; i++) {
          const document = documents[i]!;
          if (this.index.isRemoved(document)) continue;
          partial.set(document, (partial.get(document) ?? 0) + factor * (1 + Math.log(counts[i]!)));
        }
      }
    }
    const candidates = [...partial]
      .map(([document, dot]) => ({ document, score: dot / (this.index.storedNorm(document) || 1) }))
      .sort(byScore)
      .slice(0, CANDIDATES)
      .map(({ document }) => document);
    const vectors = await this.index.readVectors(candidates);

    // The exact cosine, summed in the order an index in memory sums it (the query's), so the figures are the same.
    const queryNorm = vectorNorm(query);
    const position = new Map([...query.keys()].map((term, at) => [term, at]));
    const queryValues = [...query.values()];
    const scored: ScoredDocument[] = [];
    const norms = this.index.currentNorms;
    candidates.forEach((document, at) => {
      const { terms: vectorTerms, counts } = vectors[at]!;
      let norm = norms.get(document);
      const known = norm !== undefined;
      let squares = 0;
      const shared: Array<[number, number]> = [];
      vectorTerms.forEach((term, k) => {
        const where = position.get(term);
        if (known && where === undefined) return;
        const value = (1 + Math.log(counts[k]!)) * this.weight(term);
        squares += value * value;
        if (where !== undefined) shared.push([where, value]);
      });
      if (norm === undefined) norms.set(document, (norm = Math.sqrt(squares)));
      shared.sort((a, b) => a[0] - b[0]);
      let dot = 0;
      for (const [where, value] of shared) dot += queryValues[where]! * value;
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
        if (error.search) this.searches.set(error.search.key, await this.runSearch(error.search.query, error.search.floor));
        await this.readDocuments(error.documents);
      }
    }
  }
}
