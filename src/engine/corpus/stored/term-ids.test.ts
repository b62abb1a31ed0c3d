import { describe, expect, it } from 'vitest';
import { TermIds } from './term-ids';

describe('TermIds', () => {
  it('numbers each term once, in the order first met', () => {
    const ids = new TermIds();
    expect([ids.idOf('harbour'), ids.idOf('budget'), ids.idOf('harbour')]).toEqual([0, 1, 0]);
    expect(ids.size).toBe(2);
  });

  it("gives a marked query's positions until the next mark, -1 for the other terms", () => {
    const ids = new TermIds();
    const [harbour, budget, mayor] = ['harbour', 'budget', 'mayor'].map((term) => ids.idOf(term));
    const first = ids.mark(['council', 'budget', 'harbour']);
    expect([first(harbour!), first(budget!), first(mayor!)]).toEqual([2, 1, -1]);
    const second = ids.mark(['mayor']);
    expect([second(harbour!), second(budget!), second(mayor!)]).toEqual([-1, -1, 0]);
  });

  it('marks terms numbered after the last mark, past the first thousand', () => {
    const ids = new TermIds();
    ids.mark(['a']);
    const terms = Array.from({ length: 3000 }, (_, at) => `term${at}`);
    terms.forEach((term) => ids.idOf(term));
    const position = ids.mark(['term2999', 'term0']);
    expect([position(ids.idOf('term2999')), position(ids.idOf('term0')), position(ids.idOf('term5'))]).toEqual([0, 1, -1]);
  });

  it('starts again from nothing when cleared', () => {
    const ids = new TermIds();
    ids.idOf('harbour');
    ids.clear();
    expect(ids.size).toBe(0);
    expect(ids.idOf('budget')).toBe(0);
  });
});
