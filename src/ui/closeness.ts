import { isLooselyRelated } from '../engine/types';
import { clamp01 } from './format';

export interface Closeness {
  word: 'Very close' | 'Close' | 'Related' | 'Loosely related';
  /** 0..100, rounded down, so that the word and the figure change at the same points. */
  percent: number;
}

/** How to say a related document's score in words and as a percentage. */
export function closeness(score: number): Closeness {
  // The small addition keeps a score such as 0.29 (28.999… × 100 in floating point) at 29.
  const percent = Math.floor(clamp01(score) * 100 + 1e-9);
  // Scores have four decimals, so the figure rounded down stays under 35 exactly when the score is loose.
  const word = percent >= 75 ? 'Very close' : percent >= 50 ? 'Close' : isLooselyRelated(score) ? 'Loosely related' : 'Related';
  return { word, percent };
}
