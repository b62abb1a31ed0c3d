export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** "1 article", "4 articles", "27,344 articles". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}

/** The host of an origin ("https://www.example.com" → "www.example.com"), or the origin as is. */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

/** What the size limit took: said after a change that took the corpus over it. */
export function evictedNotice(n: number): string {
  return `To stay under the size limit, the ${n === 1 ? 'article' : `${count(n, 'article')}`} added earliest ${n === 1 ? 'was' : 'were'} removed.`;
}
