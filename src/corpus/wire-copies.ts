/**
 * The same agency (wire) text republished by several outlets: found by the word 5-grams two
 * texts share. Pure; the store keeps each document's sampled shingles as index keys, so that
 * the documents that may be copies of a new one are found without reading the corpus.
 */

/** Word n-grams of this length are compared. */
const SHINGLE_WORDS = 5;
/** One shingle in this many becomes an index key (chosen by hash, so two copies sample the same ones). */
const KEY_SAMPLE = 16;
/**
 * Two texts are copies of one report when this share of the shorter one's shingles is in the
 * other. Tuned on the dev news sets (../shared/data/news): BASIL's independent reports of one
 * event share at most 0.35 (quotes); ECB+'s reprints of one agency story (AP on several sites)
 * 0.40–1, its rewrites below. On the seeds the AFP text and the reports built on it share
 * 0.43–0.75 with it, the independent HuffPost report at most 0.13.
 */
export const WIRE_COPY_OVERLAP = 0.4;
/** Shorter texts are not compared: a few shared phrases would decide. */
const MIN_SHINGLES = 40;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The hashed word 5-grams of a text (case, punctuation and typography ignored). */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** The shingles kept as index keys; none for a text too short to compare. */
export function wireKeys(shingleSet: ReadonlySet<number>): number[] {
  if (shingleSet.size < MIN_SHINGLES) return [];
  return [...shingleSet].filter((hash) => hash % KEY_SAMPLE === 0);
}

/** The share of the smaller set found in the other, 0 when either is too short to compare. */
export function wireOverlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHINGLES) return 0;
  let shared = 0;
  for (const hash of small) if (large.has(hash)) shared++;
  return shared / small.size;
}

export function areWireCopies(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return wireOverlap(a, b) >= WIRE_COPY_OVERLAP;
}

/**
 * One outlet's article read again (another address, its title line in or out, a newsletter
 * prompt more or less) when each text holds this share of the other's shingles; a wire copy
 * republished by another outlet is a report of its own and stays.
 */
export const SAME_ARTICLE_OVERLAP = 0.9;

/** Whether two texts are the same article's, each holding nearly all of the other. */
export function isSameArticleText(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (Math.min(a.size, b.size) < MIN_SHINGLES) return false;
  let shared = 0;
  for (const hash of a) if (b.has(hash)) shared++;
  return shared / a.size >= SAME_ARTICLE_OVERLAP && shared / b.size >= SAME_ARTICLE_OVERLAP;
}

/**
 * The groups of documents carrying one wire report, from each document's links to the ones
 * it copies (links to documents no longer there are ignored): for each document in a group of
 * two or more, the ids of the others, in the order given.
 */
export function wireGroups(entries: ReadonlyArray<{ id: string; copiesOf: readonly string[] }>): Map<string, string[]> {
  const parent = new Map<string, string>(entries.map((entry) => [entry.id, entry.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(id, at);
    return at;
  };
  for (const entry of entries) {
    for (const other of entry.copiesOf) if (parent.has(other)) parent.set(root(entry.id), root(other));
  }
  const members = new Map<string, string[]>();
  for (const entry of entries) {
    const key = root(entry.id);
    members.set(key, [...(members.get(key) ?? []), entry.id]);
  }
  const groups = new Map<string, string[]>();
  for (const ids of members.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) groups.set(id, ids.filter((other) => other !== id));
  }
  return groups;
}
