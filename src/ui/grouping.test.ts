// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { OmittedItem } from '../engine/types';
import { groupByTopic } from './grouping';
import { OMITTED } from './test-fixtures';

function item(id: string, topic: string | null): OmittedItem {
  return { id, text: id, topic, score: 0.5, sources: [], claim: null };
}

describe('groupByTopic', () => {
  it('orders groups by their best item and keeps ranks inside them', () => {
    const { grouped, groups } = groupByTopic(OMITTED);
    expect(grouped).toBe(true);
    expect(groups.map((g) => g.topic)).toEqual(['Taiwan', 'Russia–China ties', 'Trade', null]);
    expect(groups.map((g) => g.items.map((i) => i.rank))).toEqual([[1, 4], [2, 3], [5], [6]]);
  });

  it('puts a top-ranked item without topic first, not last', () => {
    const { groups } = groupByTopic([item('x', null), item('y', 'A'), item('z', 'A')]);
    expect(groups.map((g) => g.topic)).toEqual([null, 'A']);
  });

  it('treats a blank topic as none', () => {
    const { groups } = groupByTopic([item('x', ' '), item('y', null)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.items.map((i) => i.item.id)).toEqual(['x', 'y']);
  });

  it('does not group when every topic has one item, or when all share one', () => {
    expect(groupByTopic([item('a', 'A'), item('b', 'B'), item('c', null)]).grouped).toBe(false);
    expect(groupByTopic([item('a', 'A'), item('b', 'A')]).grouped).toBe(false);
    expect(groupByTopic([]).grouped).toBe(false);
  });
});
