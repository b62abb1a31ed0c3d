/**
 * The corpus index kept in storage and read in part: documents are added and removed one
 * batch at a time without rebuilding the rest, and a query reads the term counts (opened
 * with the index), the postings of its few most telling terms, and the records of its
 * candidate documents. Layout (keys of the IndexStorage):
 *   meta            format, version, tag, counts, segments, removed document numbers
 *   terms, terms-delta   term counts (term-table.ts)
 *   boilerplate     per outlet, its repeated lines; l/<outlet>: how often each line stands in its documents
 *   d/<n>           document n: metadata and processed sentences
 *   p/<segment>/<shard>, n/<segment>, i/<segment>   a segment's postings, norms when written, ids
 */
import { hash53 } from '../../hash';
import type { CorpusDocument } from '../../types';
import { documentLineKeys, markOutletBoilerplate, MIN_OUTLET_DOCUMENTS, processDocument, repeatsNeeded, termFrequencies } from '../corpus-index';
import type { IndexedDocument } from '../search-index';
import { readDocument, storeSentences } from '../serialize';
import { isNameCount, type CorpusStats } from '../stats';
import { documentWeights, type TermWeight } from '../weights';
import { PostingsBuilder, shardKey, shardOf, shardsFor, termPostings, type SegmentMeta, type Shard, type TermPostings } from './postings';
import { Lru } from './lru';
import type { IndexStorage } from './storage';
import { TermIds } from './term-ids';
import { documentCounts, emptyBase, isTermBase, TermTable, type TermDelta } from './term-table';

const FORMAT = 'lacuna-stored-index';
/** Bump whenever tokenization, segmentation or the stored shape changes: old indexes must be rebuilt. */
export const STORED_INDEX_VERSION = 4;
/** Merge the newest two segments while the older is at most this many times the newer. */
const MERGE_FACTOR = 2;
/** Fold the term changes into the base table when they hold this many terms (plus an eighth of the base). */
const FOLD_TERMS = 4096;
/** Term weights kept between queries (cleared when the corpus changes, or when this many). */
const WEIGHT_CACHE = 100_000;
/**
 * What is kept of the parts read, between queries, until the next write: 500 shards (about
 * ten kB each: some 5 MB), 1,000 weighted term vectors (12 bytes a term: 2 to 4 kB
 * each; a corpus of a thousand documents is then scored from memory) and 200 documents at most.
 */
const CACHED_SHARDS = 500;
const CACHED_VECTORS = 1000;
const CACHED_DOCUMENTS = 200;
/** Numbered terms of the vectors held, at most: past this the vectors are dropped and numbering starts again. */
const MAX_TERM_IDS = 200_000;

interface Meta {
  format: typeof FORMAT;
  version: number;
  /** What the index reflects, e.g. the corpus revision; set by the host. */
  tag: string | null;
  nextDocument: number;
  nextSegment: number;
  documentCount: number;
  sentenceCount: number;
  segments: SegmentMeta[];
  removed: number[];
}

interface OutletLines {
  documents: number;
  /** hash53(line key) → documents of the outlet holding the line. */
  counts: Map<number, number>;
}

export class StoredIndexError extends Error {}

export interface StoredIndexOptions {
  /** Postings per shard of a new segment (smaller: more, smaller reads). */
  postingsPerShard?: number;
}

function fail(reason: string): never {
  throw new StoredIndexError(`Not a Lacuna stored index of version ${STORED_INDEX_VERSION}: ${reason}. Rebuild the index.`);
}

function statsOf(terms: TermTable, meta: Meta): CorpusStats {
  const cache = new Map<string, [number, number, number]>();
  const counts = (term: string): [number, number, number] => {
    let entry = cache.get(term);
    if (!entry) cache.set(term, (entry = terms.counts(term)));
    return entry;
  };
  return {
    documentCount: meta.documentCount,
    sentenceCount: meta.sentenceCount,
    documentFrequency: { get: (term) => terms.documents(term) || undefined },
    sentenceFrequency: { get: (term) => counts(term)[1] || undefined },
    nameTerms: { has: (term) => counts(term)[2] > 0 && isNameCount(counts(term)[2], counts(term)[1]) },
  };
}

const emptyMeta = (): Meta => ({
  format: FORMAT, version: STORED_INDEX_VERSION, tag: null, nextDocument: 0, nextSegment: 0, documentCount: 0, sentenceCount: 0, segments: [], removed: [],
});

function checkMeta(value: unknown): Meta {
  if (typeof value !== 'object' || value === null) fail('"meta" is not an object');
  const meta = value as Partial<Meta>;
  if (meta.format !== FORMAT) fail('no "format" marker in "meta"');
  if (meta.version !== STORED_INDEX_VERSION) fail(`stored version is ${String(meta.version)}`);
  if (!Array.isArray(meta.segments) || !Array.isArray(meta.removed) || typeof meta.documentCount !== 'number') fail('"meta" lacks its segments or counts');
  return meta as Meta;
}

const recordKey = (document: number): string => `d/${document}`;
const vectorKey = (document: number): string => `v/${document}`;

/** A document's terms (in the order its vector takes them) and their lead-weighted counts: enough to score it exactly. */
export interface TermVector {
  terms: string[];
  counts: Uint16Array;
}

/** A document's term vector under the current weights (terms by their TermIds number), with its norm: what a query scores against. */
export interface WeightedVector {
  terms: Int32Array;
  values: Float64Array;
  norm: number;
}
const normsKey = (segment: number): string => `n/${segment}`;
const idsKey = (segment: number): string => `i/${segment}`;
const linesKey = (source: string): string => `l/${source}`;

export class StoredIndex {
  private removedSet: Set<number>;
  private numbers: Map<string, number> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly weights = new Map<string, number>();
  private weightFunction: TermWeight | null = null;
  private normsByNumber: Float32Array | null = null;
  private scores = new Float64Array(0);
  private readonly shardCache = new Lru<string, Shard>(CACHED_SHARDS);
  private readonly vectorCache = new Lru<number, WeightedVector>(CACHED_VECTORS);
  /** The numbers of the terms of the vectors held. */
  readonly termIds = new TermIds();
  private readonly documentCache = new Lru<number, IndexedDocument>(CACHED_DOCUMENTS);

  private constructor(
    private readonly storage: IndexStorage,
    private meta: Meta,
    private terms: TermTable,
    private boilerplate: Record<string, string[]>,
    private norms: Map<number, Float32Array>,
    private readonly options: StoredIndexOptions,
  ) {
    this.removedSet = new Set(meta.removed);
  }

  /** Opens the index kept in `storage`, or an empty one when it holds none. Throws a StoredIndexError when it holds another format. */
  static async open(storage: IndexStorage, options: StoredIndexOptions = {}): Promise<StoredIndex> {
    const [meta, base, delta, boilerplate] = await storage.get(['meta', 'terms', 'terms-delta', 'boilerplate']);
    if (meta === undefined) return new StoredIndex(storage, emptyMeta(), new TermTable(emptyBase(), new Map()), {}, new Map(), options);
    const checked = checkMeta(meta);
    if (!isTermBase(base)) fail('"terms" is missing or not a term table');
    if (delta !== undefined && !(delta instanceof Map)) fail('"terms-delta" is not a Map');
    const normValues = await storage.get(checked.segments.map((segment) => normsKey(segment.id)));
    const norms = new Map<number, Float32Array>();
    checked.segments.forEach((segment, at) => {
      const values = normValues[at];
      if (!(values instanceof Float32Array)) fail(`the norms of segment ${segment.id} are missing`);
      norms.set(segment.id, values);
    });
    return new StoredIndex(storage, checked, new TermTable(base, (delta as TermDelta | undefined) ?? new Map()), (boilerplate as Record<string, string[]>) ?? {}, norms, options);
  }

  get tag(): string | null {
    return this.meta.tag;
  }

  get documentCount(): number {
    return this.meta.documentCount;
  }

  /** A score per document number, all zero, for a query to sum into: it must leave them zero. */
  scoreBuffer(): Float64Array {
    if (this.scores.length < this.meta.nextDocument) this.scores = new Float64Array(this.meta.nextDocument);
    return this.scores;
  }

  get segments(): readonly SegmentMeta[] {
    return this.meta.segments;
  }

  get boilerplateLines(): Readonly<Record<string, readonly string[]>> {
    return this.boilerplate;
  }

  /** The corpus counts, read term by term from the term table. */
  stats(): CorpusStats {
    return statsOf(this.terms, this.meta);
  }

  isRemoved(document: number): boolean {
    return this.removedSet.has(document);
  }

  /** Norm of a document's vector under the weights of the time it was added: to rank candidates, not to score them. */
  storedNorm(document: number): number {
    if (!this.normsByNumber) {
      this.normsByNumber = new Float32Array(this.meta.nextDocument);
      for (const segment of this.meta.segments) this.normsByNumber.set(this.norms.get(segment.id)!, segment.from);
    }
    return this.normsByNumber[document] ?? 0;
  }

  /** Runs `task` alone: writes and queries never interleave (a merge deletes what a query would read). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Every term's postings in every segment (removed documents included: the caller skips them). */
  async readPostings(terms: readonly string[]): Promise<Map<string, TermPostings[]>> {
    const wanted: Array<{ term: string; key: string }> = [];
    for (const term of terms) {
      for (const segment of this.meta.segments) wanted.push({ term, key: shardKey(segment.id, shardOf(term, segment.shards)) });
    }
    const keys = [...new Set(wanted.map((entry) => entry.key))];
    const values = await this.cached(keys, this.shardCache, (key) => key, (value, key) => {
      if (!value) fail(`postings shard ${key} is missing`);
      return value as Shard;
    });
    const shards = new Map(keys.map((key, at) => [key, values[at]!]));
    const found = new Map<string, TermPostings[]>(terms.map((term) => [term, []]));
    for (const { term, key } of wanted) {
      const postings = termPostings(shards.get(key)!, term);
      if (postings) found.get(term)!.push(postings);
    }
    return found;
  }

  /** The records of these documents, their outlet's furniture marked as it stands now. */
  async readDocuments(numbers: readonly number[]): Promise<Map<number, IndexedDocument>> {
    const values = await this.cached(numbers, this.documentCache, recordKey, (value, number) => {
      if (value === undefined) fail(`document ${number} is missing`);
      const document = readDocument(value, recordKey(number));
      return { ...document, sentences: markOutletBoilerplate(document.sentences, document.source, this.boilerplate) };
    });
    return new Map(numbers.map((number, at) => [number, values[at]!]));
  }

  /** The term vectors of these documents under the current weights, their terms numbered by `termIds`. */
  async readVectors(numbers: readonly number[]): Promise<WeightedVector[]> {
    if (this.termIds.size > MAX_TERM_IDS) {
      this.vectorCache.clear();
      this.termIds.clear();
    }
    const weight = this.documentWeight();
    return this.cached(numbers, this.vectorCache, vectorKey, (value, number) => {
      const vector = value as TermVector | undefined;
      if (!vector || !Array.isArray(vector.terms) || !(vector.counts instanceof Uint16Array)) fail(`the term vector of document ${number} is missing`);
      const terms = new Int32Array(vector.terms.length);
      const values = new Float64Array(vector.terms.length);
      let squares = 0;
      vector.terms.forEach((term, k) => {
        const value = (1 + Math.log(vector.counts[k]!)) * weight(term);
        terms[k] = this.termIds.idOf(term);
        values[k] = value;
        squares += value * value;
      });
      return { terms, values, norm: Math.sqrt(squares) };
    });
  }

  /** Live document ids → their numbers. */
  async documentNumbers(): Promise<Map<string, number>> {
    if (this.numbers) return this.numbers;
    const lists = await this.storage.get(this.meta.segments.map((segment) => idsKey(segment.id)));
    const numbers = new Map<string, number>();
    this.meta.segments.forEach((segment, at) => {
      const ids = lists[at];
      if (!Array.isArray(ids)) fail(`the ids of segment ${segment.id} are missing`);
      ids.forEach((id: string, offset) => {
        if (!this.removedSet.has(segment.from + offset)) numbers.set(id, segment.from + offset);
      });
    });
    return (this.numbers = numbers);
  }

  /** Adds documents (one new segment); a document with the id of one already indexed replaces it. */
  add(documents: readonly CorpusDocument[], tag: string | null = this.meta.tag): Promise<void> {
    return this.exclusive(async () => {
      const numbers = await this.documentNumbers();
      const replaced = documents.filter((document) => numbers.has(document.id)).map((document) => document.id);
      if (replaced.length > 0) await this.removeNow(replaced, tag);
      if (documents.length > 0) await this.addNow(documents, tag);
      else if (tag !== this.meta.tag) await this.writeMeta({ ...this.meta, tag }, []);
      await this.mergeSegments();
      await this.foldTerms();
    });
  }

  /** Removes the documents with these ids (unknown ids are ignored); their postings go at the next merge. */
  remove(ids: readonly string[], tag: string | null = this.meta.tag): Promise<void> {
    return this.exclusive(() => this.removeNow(ids, tag));
  }

  private async writeMeta(meta: Meta, entries: Array<readonly [string, unknown]>): Promise<void> {
    await this.storage.put([...entries, ['meta', meta]]);
    this.meta = meta;
    this.removedSet = new Set(meta.removed);
    this.forget();
  }

  /** Drops what is kept between queries: the corpus changed. */
  private forget(): void {
    this.weights.clear();
    this.weightFunction = null;
    this.normsByNumber = null;
    this.shardCache.clear();
    this.vectorCache.clear();
    this.termIds.clear();
    this.documentCache.clear();
  }

  /** The values of `keys`, from the cache where it has them. */
  private async cached<K, V>(keys: readonly K[], cache: Lru<K, V>, key: (k: K) => string, read: (value: unknown, k: K) => V): Promise<V[]> {
    const found = keys.map((k) => cache.get(k));
    const missing = keys.filter((_, at) => found[at] === undefined);
    const values = await this.storage.get(missing.map(key));
    const fresh = new Map(missing.map((k, at) => [k, read(values[at], k)]));
    for (const [k, value] of fresh) cache.set(k, value);
    return keys.map((k, at) => found[at] ?? fresh.get(k)!);
  }

  private async outletLines(sources: string[]): Promise<Map<string, OutletLines>> {
    const values = await this.storage.get(sources.map(linesKey));
    return new Map(sources.map((source, at) => [source, (values[at] as OutletLines | undefined) ?? { documents: 0, counts: new Map() }]));
  }

  private async addNow(input: readonly CorpusDocument[], tag: string | null): Promise<void> {
    const processed = input.map(processDocument);
    // Each outlet's repeated lines, counted over its documents so far and these.
    const sources = [...new Set(processed.flatMap((document) => (document.source ? [document.source] : [])))];
    const lines = await this.outletLines(sources);
    const boilerplate = { ...this.boilerplate };
    for (const source of sources) {
      const outlet = lines.get(source)!;
      const counts = new Map(outlet.counts);
      const texts = new Map((boilerplate[source] ?? []).map((key) => [hash53(key), key]));
      let outletDocuments = outlet.documents;
      for (const document of processed) {
        if (document.source !== source) continue;
        outletDocuments++;
        for (const key of documentLineKeys(document.sentences)) {
          const hash = hash53(key);
          counts.set(hash, (counts.get(hash) ?? 0) + 1);
          texts.set(hash, key);
        }
      }
      lines.set(source, { documents: outletDocuments, counts });
      const needed = repeatsNeeded(outletDocuments);
      const repeated = outletDocuments < MIN_OUTLET_DOCUMENTS ? [] : [...texts].filter(([hash]) => (counts.get(hash) ?? 0) >= needed).map(([, key]) => key).sort();
      if (repeated.length > 0) boilerplate[source] = repeated;
      else delete boilerplate[source];
    }
    const documents = processed.map((document) => ({
      ...document,
      sentences: markOutletBoilerplate(document.sentences, document.source, boilerplate),
    }));

    let sentenceCount = this.meta.sentenceCount;
    const terms = this.terms.copy();
    for (const document of documents) {
      const counts = documentCounts(document.sentences);
      terms.apply(counts.delta, 1);
      sentenceCount += counts.sentences;
    }
    const from = this.meta.nextDocument;
    const meta: Meta = { ...this.meta, tag, nextDocument: from + documents.length, documentCount: this.meta.documentCount + documents.length, sentenceCount };
    const weight = documentWeights(statsOf(terms, meta));
    const postings = new PostingsBuilder();
    const norms = new Float32Array(documents.length);
    const entries: Array<readonly [string, unknown]> = [];
    documents.forEach((document, offset) => {
      let squares = 0;
      const frequencies = termFrequencies(document.sentences);
      for (const [term, count] of frequencies) {
        postings.add(term, from + offset, count);
        const value = (1 + Math.log(count)) * weight(term);
        squares += value * value;
      }
      norms[offset] = Math.sqrt(squares);
      const vector: TermVector = { terms: [...frequencies.keys()], counts: Uint16Array.from(frequencies.values(), (count) => Math.min(count, 0xffff)) };
      entries.push([vectorKey(from + offset), vector]);
      const { sentences, ...metadata } = document;
      entries.push([recordKey(from + offset), { ...metadata, sentences: storeSentences(sentences) }]);
    });
    const segment: SegmentMeta = { id: meta.nextSegment, from, to: meta.nextDocument, shards: shardsFor(postings.size, this.options.postingsPerShard), postings: postings.size };
    meta.nextSegment++;
    meta.segments = [...meta.segments, segment];
    postings.shards(segment.shards).forEach((shard, number) => entries.push([shardKey(segment.id, number), shard]));
    if (this.meta.nextDocument === 0) entries.push(['terms', emptyBase()]);
    entries.push([normsKey(segment.id), norms], [idsKey(segment.id), documents.map((document) => document.id)]);
    for (const [source, outlet] of lines) entries.push([linesKey(source), outlet]);
    entries.push(['boilerplate', boilerplate], ['terms-delta', terms.delta]);
    await this.writeMeta(meta, entries);
    this.terms = terms;
    this.boilerplate = boilerplate;
    this.norms.set(segment.id, norms);
    documents.forEach((document, offset) => this.numbers?.set(document.id, from + offset));
  }

  private async removeNow(ids: readonly string[], tag: string | null): Promise<void> {
    const numbers = await this.documentNumbers();
    const gone = [...new Set(ids)].flatMap((id) => (numbers.has(id) ? [numbers.get(id)!] : []));
    if (gone.length === 0) {
      if (tag !== this.meta.tag) await this.writeMeta({ ...this.meta, tag }, []);
      return;
    }
    const records = await this.readDocuments(gone);
    let sentenceCount = this.meta.sentenceCount;
    const terms = this.terms.copy();
    const sources = [...new Set([...records.values()].flatMap((document) => (document.source ? [document.source] : [])))];
    const lines = await this.outletLines(sources);
    for (const document of records.values()) {
      const counts = documentCounts(document.sentences);
      terms.apply(counts.delta, -1);
      sentenceCount -= counts.sentences;
      const stored = document.source ? lines.get(document.source) : undefined;
      if (!stored) continue;
      const outlet = { documents: stored.documents - 1, counts: new Map(stored.counts) };
      lines.set(document.source!, outlet);
      for (const key of documentLineKeys(document.sentences)) {
        const hash = hash53(key);
        outlet.counts.set(hash, Math.max(0, (outlet.counts.get(hash) ?? 0) - 1));
      }
    }
    const meta: Meta = { ...this.meta, tag, documentCount: this.meta.documentCount - gone.length, sentenceCount, removed: [...this.meta.removed, ...gone] };
    const entries: Array<readonly [string, unknown]> = gone.flatMap((number) => [[recordKey(number), undefined], [vectorKey(number), undefined]] as const);
    for (const [source, outlet] of lines) entries.push([linesKey(source), outlet]);
    entries.push(['terms-delta', terms.delta]);
    await this.writeMeta(meta, entries);
    this.terms = terms;
    for (const document of records.values()) numbers.delete(document.id);
  }

  /** Merges the newest two segments while the older is not much larger (so segments stay few, and large merges rare). */
  private async mergeSegments(): Promise<void> {
    for (;;) {
      const segments = this.meta.segments;
      const newer = segments.at(-1);
      const older = segments.at(-2);
      if (!newer || !older || older.to - older.from > MERGE_FACTOR * (newer.to - newer.from)) return;
      await this.merge(older, newer);
    }
  }

  private async merge(older: SegmentMeta, newer: SegmentMeta): Promise<void> {
    const removed = this.removedSet;
    const keep = (document: number): boolean => !removed.has(document);
    const postings = older.postings + newer.postings;
    const merged: SegmentMeta = { id: this.meta.nextSegment, from: older.from, to: newer.to, shards: Math.max(older.shards, newer.shards, shardsFor(postings, this.options.postingsPerShard)), postings: 0 };
    const cache = new Map<string, Shard>();
    const read = async (segment: SegmentMeta, shard: number): Promise<Shard> => {
      const key = shardKey(segment.id, shard & (segment.shards - 1));
      let value = cache.get(key);
      if (!value) {
        [value] = (await this.storage.get([key])) as Array<Shard | undefined>;
        if (!value) fail(`postings shard ${key} is missing`);
        // A segment with fewer shards than the merged one is read for several of them: keep it.
        if (segment.shards < merged.shards) cache.set(key, value);
      }
      return value;
    };
    const BATCH = 64;
    for (let start = 0; start < merged.shards; start += BATCH) {
      const entries: Array<readonly [string, unknown]> = [];
      for (let shard = start; shard < Math.min(merged.shards, start + BATCH); shard++) {
        const builder = new PostingsBuilder();
        for (const segment of [older, newer]) {
          const input = await read(segment, shard);
          input.terms.forEach((term) => {
            if (shardOf(term, merged.shards) === shard) builder.addAll(term, termPostings(input, term)!, keep);
          });
        }
        merged.postings += builder.size;
        entries.push([shardKey(merged.id, shard), builder.shard(merged.shards, shard)]);
      }
      await this.storage.put(entries);
    }
    this.forget();
    const [olderIds, newerIds] = (await this.storage.get([idsKey(older.id), idsKey(newer.id)])) as string[][];
    const norms = new Float32Array(merged.to - merged.from);
    norms.set(this.norms.get(older.id)!, 0);
    norms.set(this.norms.get(newer.id)!, older.to - older.from);
    const entries: Array<readonly [string, unknown]> = [[normsKey(merged.id), norms], [idsKey(merged.id), [...olderIds!, ...newerIds!]]];
    for (const segment of [older, newer]) {
      for (let shard = 0; shard < segment.shards; shard++) entries.push([shardKey(segment.id, shard), undefined]);
      entries.push([normsKey(segment.id), undefined], [idsKey(segment.id), undefined]);
    }
    const meta: Meta = {
      ...this.meta,
      nextSegment: merged.id + 1,
      segments: [...this.meta.segments.filter((segment) => segment !== older && segment !== newer), merged],
      // Removed documents of the merged range have no postings any more.
      removed: this.meta.removed.filter((document) => document < merged.from || document >= merged.to),
    };
    await this.writeMeta(meta, entries);
    this.norms.set(merged.id, norms);
    this.norms.delete(older.id);
    this.norms.delete(newer.id);
  }

  private async foldTerms(): Promise<void> {
    if (this.terms.delta.size < FOLD_TERMS + this.terms.baseSize / 8) return;
    const base = this.terms.folded();
    await this.storage.put([['terms', base], ['terms-delta', new Map()]]);
    this.terms = new TermTable(base, new Map());
    this.forget();
  }

  /** Each term's weight for finding documents under the current counts; kept across queries until the next write. */
  documentWeight(): TermWeight {
    const cache = this.weights;
    let weight = this.weightFunction;
    if (!weight) weight = this.weightFunction = documentWeights(this.stats());
    return (term) => {
      let value = cache.get(term);
      if (value === undefined) {
        if (cache.size >= WEIGHT_CACHE) cache.clear();
        cache.set(term, (value = weight(term)));
      }
      return value;
    };
  }
}
