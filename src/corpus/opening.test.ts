import { describe, expect, it } from 'vitest';
import { openingOfText, shortenAtWord } from './opening';

describe('shortenAtWord', () => {
  it('keeps a text that fits', () => {
    expect(shortenAtWord('Xi and Putin spoke.', 19)).toBe('Xi and Putin spoke.');
  });
  it('cuts at the last word boundary within the length', () => {
    expect(shortenAtWord('Chinese President Xi Jinping and his Russian counterpart Vladimir Putin', 60)).toBe('Chinese President Xi Jinping and his Russian counterpart…');
  });
  it('cuts mid-word when the only boundary would leave too little', () => {
    expect(shortenAtWord('A Donaudampfschifffahrtsgesellschaftskapitänsmütze', 20)).toBe('A Donaudampfschifffa…');
  });
});

describe('openingOfText', () => {
  it('gives the first sentence of the content, not a heading line before it', () => {
    const text = 'Putin And Xi Say They Need To Oppose International Interference\n\nBoth Russia and China have been accused of interfering in other countries themselves. The two leaders spoke on Thursday.';
    expect(openingOfText(text)).toBe('Both Russia and China have been accused of interfering in other countries themselves.');
  });
  it('shortens a long first sentence and gives nothing for a text without one', () => {
    const long = `${'The council met again on Tuesday evening and '.repeat(8)}agreed.`;
    const opening = openingOfText(long)!;
    expect(opening.length).toBeLessThanOrEqual(201);
    expect(opening.endsWith('…')).toBe(true);
    expect(openingOfText('')).toBeUndefined();
  });
});
