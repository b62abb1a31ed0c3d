import { clamp01 } from './format';

export interface Closeness {
  word: 'Very close' | 'Closely related' | 'Related' | 'Loosely related';
  /** 0..100, rounded down, so that the word and the figure change at the same points. */
  percent: number;
}

/** How to say a related document's score in words and as a percentage; `loose`: it was related only on a second look. */
export function closeness(score: number, loose = false): Closeness {
  // The small addition keeps a score such as 0.29 (28.999… × 100 in floating point) at 29.
  const percent = Math.floor(clamp01(score) * 100 + 1e-9);
  const word = loose ? 'Loosely related' : percent >= 75 ? 'Very close' : percent >= 50 ? 'Closely related' : 'Related';
  return { word, percent };
}
