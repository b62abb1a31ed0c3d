import { describe, expect, it } from 'vitest';
import { emptyBase, TermTable, type TermDelta } from './term-table';

const delta = (rows: Record<string, [number, number, number]>): TermDelta => new Map(Object.entries(rows));

describe('TermTable', () => {
  it('keeps the counts of every term through folds, prefixes and non-ASCII terms included', () => {
    const table = new TermTable(emptyBase(), new Map());
    table.apply(delta({ harbour: [1, 2, 0], harb: [1, 1, 0], zürich: [1, 1, 1], '#4.2m': [1, 1, 0] }), 1);
    const once = new TermTable(table.folded(), new Map());
    once.apply(delta({ harbours: [1, 1, 0], a: [1, 3, 0], harbour: [1, 1, 0], 'ñandú': [1, 1, 0] }), 1);
    const twice = new TermTable(once.folded(), new Map());
    expect(twice.baseSize).toBe(7);
    expect(twice.counts('harbour')).toEqual([2, 3, 0]);
    expect(twice.counts('harb')).toEqual([1, 1, 0]);
    expect(twice.counts('harbours')).toEqual([1, 1, 0]);
    expect(twice.counts('zürich')).toEqual([1, 1, 1]);
    expect(twice.counts('ñandú')).toEqual([1, 1, 0]);
    expect(twice.documents('#4.2m')).toBe(1);
    expect(twice.documents('a')).toBe(1);
    expect(twice.documents('harbou')).toBe(0);
    expect(twice.documents('zz')).toBe(0);
  });

  it('drops from the base the terms no document holds any more, and answers from base plus changes', () => {
    const table = new TermTable(emptyBase(), new Map());
    table.apply(delta({ mayor: [1, 1, 1], budget: [1, 2, 0] }), 1);
    const base = new TermTable(table.folded(), new Map());
    base.apply(delta({ mayor: [1, 1, 1] }), -1);
    expect(base.counts('mayor')).toEqual([0, 0, 0]);
    expect(base.documents('budget')).toBe(1);
    const folded = new TermTable(base.folded(), new Map());
    expect(folded.baseSize).toBe(1);
    expect(folded.counts('budget')).toEqual([1, 2, 0]);
  });
});
