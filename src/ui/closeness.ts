import { RELATED_THRESHOLD } from '../engine/types';
import { clamp01 } from './format';

export interface Closeness {
  word: 'Very close' | 'Close' | 'Related' | 'Loosely related';
  /** 0..100, rounded down, so that the word and the figure change at the same points. */
  percent: number;
}

const LOOSE_PERCENT = Math.round(RELATED_THRESHOLD * 100);

/** How to say a related document's score in words and as a percentage. */
export function closeness(score: number): Closeness {
  // The small addition keeps a score such as 0.29 (28.999… × 100 in floating point) at 29.
  const percent = Math.floor(clamp01(score) * 100 + 1e-9);
  const word = percent >= 75 ? 'Very close' : percent >= 50 ? 'Close' : percent >= LOOSE_PERCENT ? 'Related' : 'Loosely related';
  return { word, percent };
}

/** Related only on a second look, not by its similarity to the article alone: it may tell another story. */
export function isLooselyRelated(score: number): boolean {
  return closeness(score).word === 'Loosely related';
}
