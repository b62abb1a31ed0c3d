import { clamp01 } from './format';

export interface Closeness {
  word: 'Very close' | 'Close' | 'Related';
  /** 0..100, rounded. */
  percent: number;
}

/** How to say a related document's score in words and as a percentage. */
export function closeness(score: number): Closeness {
  const percent = Math.round(clamp01(score) * 100);
  const word = percent >= 75 ? 'Very close' : percent >= 50 ? 'Close' : 'Related';
  return { word, percent };
}
