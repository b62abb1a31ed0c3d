/** FNV-1a, run twice with different offsets for 64 bits: a short stable id, not a secure hash. */
function fnv1a(text: string, offset: number): number {
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
