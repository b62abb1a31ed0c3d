/**
 * Marks documents as copies of the same wire report as documents already stored or earlier in
 * the same batch: the ones sharing their sampled shingles are the candidates, the closest few
 * are compared in full (src/corpus/wire-copies.ts). A copy lists the documents it copies
 * (`copiesOf`); documents already stored are never changed, so removing the new one (an
 * import taken back) leaves every link as it was. Groups are read from the links (wireGroups).
 *
 * The sampled shingles of every document are kept in a store of their own (`wireSketches`,
 * small records) and looked up in memory (WireSketches), loaded once per change of the corpus
 * by another writer: asking the database for each shingle of each document was the cost of
 * an import.
 */
import { areWireCopies, shingles, wireKeys } from '../../corpus/wire-copies';

/** The fields this reads and sets on a stored document. */
export interface WireLinked {
  id: string;
  text: string;
  /** Documents with the same wire text, found when it was added; absent when none. */
  copiesOf?: string[];
}

/** A document's sampled shingles, as stored. */
export interface WireSketch {
  id: string;
  keys: number[];
}

/** Candidates must share this many sampled shingles before their texts are compared. */
const MIN_SHARED_KEYS = 2;
/** At most this many candidates, the ones sharing the most keys, are compared in full. */
const COMPARED = 5;
/** A sampled shingle found in more documents than this is a stock phrase: only the first ones count. */
const KEY_FANOUT = 64;

/**
 * Sampled shingle → the documents holding it, in memory. Kept small, as it holds a key per
 * sixteen words of every article: a key that one document holds (most of them) maps to that
 * document's number, a shared one to a list; keys are sampled hashes divided by 16 (their low
 * bits are zero), so both fit V8's small integers rather than boxed numbers.
 */
export class WireSketches {
  private readonly byKey = new Map<number, number | number[]>();
  private readonly ids: string[] = [];

  constructor(sketches: readonly WireSketch[] = []) {
    for (const sketch of sketches) this.add(sketch);
  }

  add({ id, keys }: WireSketch): void {
    const ordinal = this.ids.push(id) - 1;
    for (const hash of keys) {
      const key = hash >>> 4;
      const held = this.byKey.get(key);
      if (held === undefined) this.byKey.set(key, ordinal);
      else if (typeof held === 'number') this.byKey.set(key, [held, ordinal]);
      else if (held.length < KEY_FANOUT) held.push(ordinal);
    }
  }

  idsWith(hash: number): string[] {
    const held = this.byKey.get(hash >>> 4);
    if (held === undefined) return [];
    return typeof held === 'number' ? [this.ids[held]!] : held.map((ordinal) => this.ids[ordinal]!);
  }
}

/** The documents sharing the most sampled shingles with a text (at least MIN_SHARED_KEYS), most first: those worth comparing in full. */
export function wireCandidates(sketches: WireSketches, set: ReadonlySet<number>, self?: string): string[] {
  const hits = new Map<string, number>();
  for (const key of wireKeys(set)) for (const id of sketches.idsWith(key)) if (id !== self) hits.set(id, (hits.get(id) ?? 0) + 1);
  return [...hits].filter(([, shared]) => shared >= MIN_SHARED_KEYS).sort((a, b) => b[1] - a[1]).slice(0, COMPARED).map(([id]) => id);
}

/**
 * Sets `copiesOf` on each document, in order, and returns their sketches (added to `sketches`;
 * the caller stores them). `texts` reads stored documents' texts (undefined: gone);
 * `shingleSets` are the documents' own shingles when already known.
 */
export async function linkWireCopies(
  sketches: WireSketches,
  texts: (ids: string[]) => Promise<Array<string | undefined>>,
  documents: readonly WireLinked[],
  shingleSets: ReadonlyArray<Set<number>> = documents.map((document) => shingles(document.text)),
): Promise<WireSketch[]> {
  const own = new Map<string, Set<number>>();
  const out: WireSketch[] = [];
  const candidates = documents.map((document, i) => {
    const set = shingleSets[i]!;
    const found = wireCandidates(sketches, set, document.id);
    own.set(document.id, set);
    const keys = wireKeys(set);
    if (keys.length > 0) {
      const sketch = { id: document.id, keys };
      sketches.add(sketch);
      out.push(sketch);
    }
    return found;
  });
  const wanted = [...new Set(candidates.flat().filter((id) => !own.has(id)))];
  for (const [i, text] of (await texts(wanted)).entries()) if (text !== undefined) own.set(wanted[i]!, shingles(text));
  documents.forEach((document, i) => {
    const mine = own.get(document.id)!;
    const copies = candidates[i]!.filter((id) => own.has(id) && areWireCopies(mine, own.get(id)!));
    if (copies.length > 0) document.copiesOf = copies.sort();
    else delete document.copiesOf;
  });
  return out;
}
