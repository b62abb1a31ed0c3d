import { describe, expect, it } from 'vitest';
import { badgeTitle } from './badge';

const DEFAULT = 'Lacuna: what this article leaves out';

describe('the toolbar button’s title', () => {
  it('says how many facts the article leaves out, and when they come from loosely related coverage only', () => {
    expect(badgeTitle('5', false, DEFAULT)).toBe('Lacuna: 5 facts this article leaves out');
    expect(badgeTitle('1', true, DEFAULT)).toBe('Lacuna: 1 fact this article leaves out, from loosely related coverage only');
    expect(badgeTitle('0', false, DEFAULT)).toBe('Lacuna: 0 facts this article leaves out');
  });
  it('goes back to the default without a result', () => {
    expect(badgeTitle('', false, DEFAULT)).toBe(DEFAULT);
  });
});
