// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { RelatedDocument } from '../engine/types';
import { outletName, outletsOf } from './outlets';
import { DOC, ITEM_MULTIPOLAR, ITEM_ONE_CHINA, RELATED } from './test-fixtures';

describe('outletName', () => {
  const related: RelatedDocument[] = [
    { doc: 'a.txt', title: 'A title', source: 'Outlet A', score: 0.9 },
    { doc: 'b.txt', title: 'Only a title', source: null, score: 0.8 },
    { doc: 'c.txt', title: null, source: null, score: 0.7 },
    { doc: 'd.txt', title: '  ', source: '   ', score: 0.6 },
  ];

  it('is the source when there is one', () => {
    expect(outletName('a.txt', related)).toBe('Outlet A');
  });
  it('falls back to the title, then to the doc id', () => {
    expect(outletName('b.txt', related)).toBe('Only a title');
    expect(outletName('c.txt', related)).toBe('c.txt');
  });
  it('treats blank source and title as missing', () => {
    expect(outletName('d.txt', related)).toBe('d.txt');
  });
  it('is the doc id for a doc not in related', () => {
    expect(outletName('zzz.json#3', related)).toBe('zzz.json#3');
  });
});

describe('outletsOf', () => {
  it('names the outlets in the order of the item’s sources', () => {
    expect(outletsOf(ITEM_ONE_CHINA, RELATED)).toEqual(['Al Jazeera', 'AFP', 'The Straits Times']);
    expect(outletsOf(ITEM_MULTIPOLAR, RELATED)).toEqual(['Al Jazeera', 'HuffPost UK']);
  });
  it('names an outlet once when two of its documents report the item', () => {
    const related: RelatedDocument[] = [...RELATED, { doc: 'afp-2.txt', title: 'Later AFP copy', source: 'AFP', score: 0.5 }];
    const item = { sources: [{ doc: DOC.afp, quote: 'x' }, { doc: 'afp-2.txt', quote: 'y' }, { doc: DOC.huffpost, quote: 'z' }] };
    expect(outletsOf(item, related)).toEqual(['AFP', 'HuffPost UK']);
  });
  it('is empty for an item without sources', () => {
    expect(outletsOf({ sources: [] }, RELATED)).toEqual([]);
  });
});
