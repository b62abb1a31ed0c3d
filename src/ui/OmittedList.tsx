import type { OmittedItem, RelatedDocument } from '../engine/types';
import { groupByTopic } from './grouping';
import { OmittedItemView } from './OmittedItemView';

/** The omitted items, best first; under topic headings when several share a topic. */
interface Props {
  items: readonly OmittedItem[];
  related: readonly RelatedDocument[];
  /** Set when the page shows the claims: each item with a claim can be shown in the article. */
  onReveal?: ((itemId: string) => void) | undefined;
}

export function OmittedList({ items, related, onReveal }: Props) {
  const { grouped, groups } = groupByTopic(items);
  if (!grouped) {
    return (
      <ol class="items" aria-label="Omitted context, most important first">
        {items.map((item, i) => (
          <OmittedItemView key={item.id} item={item} rank={i + 1} related={related} showTopic onReveal={onReveal} />
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
              <OmittedItemView key={item.id} item={item} rank={rank} related={related} showTopic={false} onReveal={onReveal} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
