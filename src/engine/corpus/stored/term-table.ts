/**
 * Corpus-wide term counts of a stored index (documents, sentences and name uses per term):
 * a sorted base table, read whole when the index opens, and a small table of changes since
 * the base was written, folded into it when it grows (so that adding a document rewrites
 * the changes, not every term of the corpus).
 */
import type { ProcessedSentence } from '../../text/document';
import { countsMatter } from '../stats';

/**
 * Terms sorted by code unit, each with its counts at the same position. The terms are one
 * string, term i from starts[i] to starts[i + 1] (the separator before it excluded): a
 * corpus of 100,000 news articles has some 730,000 terms, which as separate strings took
 * more than twice the memory (31 MB against 13) and most of the time to open the index.
 */
export interface TermBase {
  terms: string;
  starts: Uint32Array;
  documents: Uint32Array;
  sentences: Uint32Array;
  names: Uint32Array;
}

/** Between two terms in TermBase.terms: no term holds it. */
const SEPARATOR = '\u0000';

function baseOf(terms: readonly string[], documents: Uint32Array, sentences: Uint32Array, names: Uint32Array): TermBase {
  const starts = new Uint32Array(terms.length + 1);
  let at = 0;
  terms.forEach((term, index) => {
    starts[index] = at;
    at += term.length + 1;
  });
  starts[terms.length] = at;
  return { terms: terms.join(SEPARATOR), starts, documents, sentences, names };
}

/** Whether a value read from storage has a TermBase's shape. */
export function isTermBase(value: unknown): value is TermBase {
  const base = value as Partial<TermBase> | undefined;
  return typeof base?.terms === 'string' && base.starts instanceof Uint32Array && base.documents instanceof Uint32Array;
}

/** term → [documents, sentences, name uses]: changes to the base, possibly negative. */
export type TermDelta = Map<string, [number, number, number]>;

export const emptyBase = (): TermBase => baseOf([], new Uint32Array(0), new Uint32Array(0), new Uint32Array(0));

/** What one document adds to the counts; its content sentences are `sentences`. */
export function documentCounts(sentences: readonly ProcessedSentence[]): { delta: TermDelta; sentences: number } {
  const delta: TermDelta = new Map();
  const row = (term: string): [number, number, number] => {
    let entry = delta.get(term);
    if (!entry) delta.set(term, (entry = [0, 0, 0]));
    return entry;
  };
  let counted = 0;
  for (const sentence of sentences) {
    if (!countsMatter(sentence)) continue;
    counted++;
    for (const term of sentence.terms) {
      const entry = row(term);
      entry[0] = 1;
      entry[1]++;
    }
    for (const name of sentence.names) row(name)[2]++;
  }
  return { delta, sentences: counted };
}

export class TermTable {
  constructor(
    private base: TermBase,
    readonly delta: TermDelta,
  ) {}

  get baseSize(): number {
    return this.base.starts.length - 1;
  }

  /** Base term i. */
  private term(index: number): string {
    return this.base.terms.slice(this.base.starts[index]!, this.base.starts[index + 1]! - 1);
  }

  /** Base term i compared with `term` by code unit, as `<` compares strings: negative, 0 or positive. */
  private compare(index: number, term: string): number {
    const { terms, starts } = this.base;
    const start = starts[index]!;
    const length = starts[index + 1]! - 1 - start;
    const shorter = Math.min(length, term.length);
    for (let at = 0; at < shorter; at++) {
      const difference = terms.charCodeAt(start + at) - term.charCodeAt(at);
      if (difference !== 0) return difference;
    }
    return length - term.length;
  }

  private find(term: string): number {
    let low = 0;
    let high = this.baseSize - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(middle, term);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** [documents, sentences, name uses] of a term. */
  counts(term: string): [number, number, number] {
    const at = this.find(term);
    const change = this.delta.get(term);
    const base: [number, number, number] = at < 0 ? [0, 0, 0] : [this.base.documents[at]!, this.base.sentences[at]!, this.base.names[at]!];
    return change ? [base[0] + change[0], base[1] + change[1], base[2] + change[2]] : base;
  }

  /** Documents holding a term: the one count a query needs for every term it meets. */
  documents(term: string): number {
    const at = this.find(term);
    return (at < 0 ? 0 : this.base.documents[at]!) + (this.delta.get(term)?.[0] ?? 0);
  }

  /** A table of the same counts whose changes can be applied without touching this one. */
  copy(): TermTable {
    return new TermTable(this.base, new Map(this.delta));
  }

  /** Adds (sign 1) or takes away (sign -1) one document's counts. */
  apply(delta: TermDelta, sign: 1 | -1): void {
    for (const [term, [documents, sentences, names]] of delta) {
      const [d, s, n] = this.delta.get(term) ?? [0, 0, 0];
      this.delta.set(term, [d + sign * documents, s + sign * sentences, n + sign * names]);
    }
  }

  /** The base with the changes folded in; terms no document holds any more are dropped. */
  folded(): TermBase {
    const added = [...this.delta.keys()].filter((term) => this.find(term) < 0).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const total = this.baseSize + added.length;
    const out = { terms: [] as string[], documents: new Uint32Array(total), sentences: new Uint32Array(total), names: new Uint32Array(total) };
    let size = 0;
    const push = (term: string): void => {
      const [documents, sentences, names] = this.counts(term);
      if (documents <= 0 && sentences <= 0 && names <= 0) return;
      out.terms.push(term);
      out.documents[size] = Math.max(0, documents);
      out.sentences[size] = Math.max(0, sentences);
      out.names[size] = Math.max(0, names);
      size++;
    };
    let next = 0;
    for (let index = 0; index < this.baseSize; index++) {
      const term = this.term(index);
      while (next < added.length && added[next]! < term) push(added[next++]!);
      push(term);
    }
    while (next < added.length) push(added[next++]!);
    return baseOf(out.terms, out.documents.slice(0, size), out.sentences.slice(0, size), out.names.slice(0, size));
  }
}
