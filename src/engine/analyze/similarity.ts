import type { TermWeight } from '../corpus/weights';

/** Share of a sentence's weight whose terms `cover` also holds, in [0, 1]. */
export function coverage(terms: readonly string[], cover: ReadonlySet<string>, weight: TermWeight): number {
  let total = 0;
  let covered = 0;
  for (const term of terms) {
    const value = weight(term);
    total += value;
    if (cover.has(term)) covered += value;
  }
  return total === 0 ? 0 : covered / total;
}

export function totalWeight(terms: Iterable<string>, weight: TermWeight): number {
  let total = 0;
  for (const term of terms) total += weight(term);
  return total;
}

/** Weighted cosine of two term sets. */
export function cosine(a: readonly string[], b: readonly string[], weight: TermWeight): number {
  const bSet = new Set(b);
  let common = 0;
  let normA = 0;
  for (const term of a) {
    const value = weight(term) ** 2;
    normA += value;
    if (bSet.has(term)) common += value;
  }
  let normB = 0;
  for (const term of bSet) normB += weight(term) ** 2;
  return normA === 0 || normB === 0 ? 0 : common / Math.sqrt(normA * normB);
}

/** Symmetric: how far each sentence states what the other does (harmonic mean of both coverages). */
export function mutualCoverage(a: readonly string[], b: readonly string[], weight: TermWeight): number {
  const ab = coverage(a, new Set(b), weight);
  const ba = coverage(b, new Set(a), weight);
  return ab + ba === 0 ? 0 : (2 * ab * ba) / (ab + ba);
}
