/**
 * Postings of a stored index, by segment (LSM style): each batch of added documents is a
 * segment of its own, covering a range of document numbers; segments are merged as they
 * grow. A segment's postings are split by term hash into shards, so that a query reads the
 * shards of its few terms, never the whole segment. A posting is a document number and the
 * term's (lead-weighted) count in it: weights come from the current counts at query time.
 */
import { fnv1a } from '../../hash';

export interface SegmentMeta {
  id: number;
  /** Document numbers from .. to (exclusive). */
  from: number;
  to: number;
  shards: number;
  postings: number;
}

/** One shard: its terms, and for term i the postings ends[i-1] .. ends[i]. */
export interface Shard {
  terms: string[];
  ends: Uint32Array;
  documents: Uint32Array;
  counts: Uint16Array;
}

export interface TermPostings {
  documents: Uint32Array;
  counts: Uint16Array;
}

/** About this many postings a shard: about ten kilobytes to read. */
export const POSTINGS_PER_SHARD = 2048;
const MAX_COUNT = 0xffff;

export const shardKey = (segment: number, shard: number): string => `p/${segment}/${shard}`;
export const shardOf = (term: string, shards: number): number => fnv1a(term) & (shards - 1);

export function shardsFor(postings: number, perShard = POSTINGS_PER_SHARD): number {
  let shards = 1;
  while (shards * perShard < postings) shards *= 2;
  return shards;
}

export function termPostings(shard: Shard, term: string): TermPostings | null {
  const at = shard.terms.indexOf(term);
  if (at < 0) return null;
  const start = at === 0 ? 0 : shard.ends[at - 1]!;
  const end = shard.ends[at]!;
  return { documents: shard.documents.subarray(start, end), counts: shard.counts.subarray(start, end) };
}

/** Collects postings term by term (documents in increasing number) and cuts them into shards. */
export class PostingsBuilder {
  private readonly lists = new Map<string, { documents: number[]; counts: number[] }>();
  size = 0;

  add(term: string, document: number, count: number): void {
    let list = this.lists.get(term);
    if (!list) this.lists.set(term, (list = { documents: [], counts: [] }));
    list.documents.push(document);
    list.counts.push(Math.min(count, MAX_COUNT));
    this.size++;
  }

  addAll(term: string, postings: TermPostings, keep: (document: number) => boolean): void {
    for (let i = 0; i < postings.documents.length; i++) {
      const document = postings.documents[i]!;
      if (keep(document)) this.add(term, document, postings.counts[i]!);
    }
  }

  /** All `count` shards, empty ones included (a missing shard then means a damaged index). */
  shards(count: number): Shard[] {
    const byShard: string[][] = Array.from({ length: count }, () => []);
    for (const term of this.lists.keys()) byShard[shardOf(term, count)]!.push(term);
    return byShard.map((terms) => this.encode(terms));
  }

  /** Shard number `only` of `count`. */
  shard(count: number, only: number): Shard {
    return this.encode([...this.lists.keys()].filter((term) => shardOf(term, count) === only));
  }

  private encode(terms: string[]): Shard {
    const ends = new Uint32Array(terms.length);
    let total = 0;
    terms.forEach((term, at) => (ends[at] = total += this.lists.get(term)!.documents.length));
    const documents = new Uint32Array(total);
    const counts = new Uint16Array(total);
    let offset = 0;
    for (const term of terms) {
      const list = this.lists.get(term)!;
      documents.set(list.documents, offset);
      counts.set(list.counts, offset);
      offset += list.documents.length;
    }
    return { terms, ends, documents, counts };
  }
}
