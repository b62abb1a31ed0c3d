import { describe, expect, it } from 'vitest';
import { shortenAtWord } from './shorten';

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
  it('never cuts a character outside the basic plane in two', () => {
    const cut = shortenAtWord('🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊', 7);
    expect(cut).toBe('🌊🌊🌊…');
  });
});
