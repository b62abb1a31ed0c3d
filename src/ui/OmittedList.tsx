import type { OmittedItem, RelatedDocument } from '../engine/types';
import { groupByTopic } from './grouping';
import { OmittedItemView } from './OmittedItemView';

/** The omitted items, best first; under topic headings when several share a topic. */
interface Props {
  items: readonly OmittedItem[];
  related: readonly RelatedDocument[];
  /** Shows an item's claim in the article; offered only for the items in `itemsOnPage`. */
  onReveal?: ((itemId: string) => void) | undefined;
  /** The items whose claim is marked on the page now. */
  itemsOnPage?: readonly string[] | undefined;
}

export function OmittedList({ items, related, onReveal, itemsOnPage = [] }: Props) {
  const { grouped, groups } = groupByTopic(items);
  const revealFor = (item: OmittedItem) => (onReveal && itemsOnPage.includes(item.id) ? onReveal : undefined);
  if (!grouped) {
    return (
      <ol class="items" aria-label="Omitted context, most important first">
        {items.map((item, i) => (
          <OmittedItemView key={item.id} item={item} rank={i + 1} related={related} showTopic onReveal={revealFor(item)} />
        ))}
      </ol>
    );
  }
  return (
    <div class="groups">
      {groups.map((group) => (
        <section class="group" data-testid="topic-group" key={group.topic ?? ''}>
          <h3 class="group-heading">{group.topic ?? 'Other context'}</h3>
          <ol class="items">
            {group.items.map(({ item, rank }) => (
              <OmittedItemView key={item.id} item={item} rank={rank} related={related} showTopic={false} onReveal={revealFor(item)} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
