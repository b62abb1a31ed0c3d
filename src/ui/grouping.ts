import type { OmittedItem } from '../engine/types';

export interface RankedItem {
  item: OmittedItem;
  /** 1 for the item the reader should see first. */
  rank: number;
}

export interface TopicGroup {
  /** null: the items without a topic ("Other context"). */
  topic: string | null;
  items: RankedItem[];
}

export interface Grouping {
  /** False when headings would not help: every item in a group of its own, or all in one. */
  grouped: boolean;
  /** Groups ordered by their best item's rank; items keep their rank order. */
  groups: TopicGroup[];
}

/**
 * Groups ranked items by topic. Items keep the rank `omitted` gives them (its order); a
 * group comes where its best item does, "Other context" (no topic) included, so the best
 * item is always first.
 */
export function groupByTopic(items: readonly OmittedItem[]): Grouping {
  const groups: TopicGroup[] = [];
  const byTopic = new Map<string | null, TopicGroup>();
  items.forEach((item, index) => {
    const topic = item.topic?.trim() || null;
    let group = byTopic.get(topic);
    if (!group) {
      group = { topic, items: [] };
      byTopic.set(topic, group);
      groups.push(group);
    }
    group.items.push({ item, rank: index + 1 });
  });
  const grouped = groups.length > 1 && groups.some((g) => g.items.length > 1);
  return { grouped, groups };
}
