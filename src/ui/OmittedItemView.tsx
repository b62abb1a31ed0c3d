import { Fragment } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { OmittedItem, RelatedDocument } from '../engine/types';
import { outletName, outletsOf } from './outlets';

interface Props {
  item: OmittedItem;
  rank: number;
  related: readonly RelatedDocument[];
  /** False inside a topic group, whose heading already names the topic. */
  showTopic: boolean;
  onReveal?: ((itemId: string) => void) | undefined;
}

export function OmittedItemView({ item, rank, related, showTopic, onReveal }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const outlets = outletsOf(item, related);
  const n = item.sources.length;
  return (
    <li class="item" data-testid="omitted-item" data-item-id={item.id}>
      <span class="rank" aria-hidden="true">
        {rank}
      </span>
      <div class="item-body">
        <p class="item-text" dir="auto">
          <span class="visually-hidden">{`Number ${rank}: `}</span>
          {item.text}
        </p>
        <p class="item-meta">
          {showTopic && item.topic && <span class="topic">{item.topic}</span>}
          <span class="reported-by">
            Reported by{' '}
            {outlets.map((name, i) => (
              <Fragment key={name}>
                {i > 0 && ', '}
                <span class="outlet" data-testid="item-source">
                  {name}
                </span>
              </Fragment>
            ))}
          </span>
        </p>
        {item.claim && onReveal && (
          <button type="button" class="link-button reveal" data-testid="reveal-claim" onClick={() => onReveal(item.id)}>
            Show in the article
          </button>
        )}
        {n > 0 && (
          <button
            type="button"
            class="link-button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            <span class="chevron" aria-hidden="true" />
            {`${open ? 'Hide' : 'Show'} what ${n === 1 ? 'it wrote' : `they wrote (${n})`}`}
          </button>
        )}
        <div id={panelId} class="quotes" hidden={!open}>
          {open &&
            item.sources.map((source) => (
              <figure class="quote" data-testid="source-quote" key={source.doc}>
                <blockquote dir="auto">{source.quote}</blockquote>
                <figcaption>{outletName(source.doc, related)}</figcaption>
              </figure>
            ))}
          {open && item.claim && (
            <p class="claim">
              Where it fits in this article: next to <q dir="auto">{item.claim.text}</q>
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
