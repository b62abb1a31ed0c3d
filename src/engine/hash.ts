/** FNV-1a, run twice with different offsets for 64 bits: a short stable id, not a secure hash. */
export function fnv1a(text: string, offset = 0x811c9dc5): number {
  let hash = offset >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function stableId(text: string): string {
  const high = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a(text, 0x2f1a7c3b).toString(16).padStart(8, '0');
  return high + low;
}

/** A 53-bit hash (two FNV-1a runs), safe as a number key: collisions are rare enough to count lines by. */
export function hash53(text: string): number {
  return fnv1a(text, 0x811c9dc5) * 0x200000 + (fnv1a(text, 0x2f1a7c3b) & 0x1fffff);
}
