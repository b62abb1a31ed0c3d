import { Fragment } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { CardItem, PageMark } from '../messages';

interface Props {
  mark: PageMark;
  /** Closes the card (its close button; Escape is handled by the page script). */
  onClose(): void;
  /** The page's own scheme; null: follow the reader's preference. */
  scheme?: 'light' | 'dark' | null;
  /** Taller than the room beside the claim: the card scrolls inside its own border, in its own colours. */
  maxHeight?: number | null;
}

/** What the reader learns about one marked claim: the facts other coverage adds, and any conflicting version. */
export function ClaimCard({ mark, onClose, scheme = null, maxHeight = null }: Props) {
  const headingId = useId();
  const cautionId = useId();
  const n = mark.items.length;
  const coverage = mark.loose ? 'Loosely related coverage' : 'Other coverage';
  return (
    <div
      class={`card card-${mark.kind}`}
      style={maxHeight !== null ? { maxHeight: `${maxHeight}px` } : undefined}
      data-scheme={scheme ?? undefined}
      role="dialog"
      aria-labelledby={headingId}
      aria-describedby={mark.loose ? cautionId : undefined}
      data-testid="claim-card"
      data-mark-id={mark.id}
    >
      <div class="card-head">
        <h2 id={headingId} class="card-heading">
          {heading(coverage, mark.kind, n)}
        </h2>
        <button type="button" class="card-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {mark.loose && (
        <p id={cautionId} class="card-caution" data-testid="card-caution">
          None of the articles this comes from is clearly about this story: it may come from another one.
        </p>
      )}
      {mark.discrepancies.map((d, i) => (
        <div class="card-discrepancy" data-testid="card-discrepancy" key={`d${i}`}>
          <p class="card-note">{d.note}</p>
          <figure class="card-quote">
            <blockquote dir="auto">{d.articleQuote}</blockquote>
            <figcaption>This article</figcaption>
          </figure>
          <figure class="card-quote">
            <blockquote dir="auto">{d.otherQuote}</blockquote>
            <figcaption>{d.outlet}</figcaption>
          </figure>
        </div>
      ))}
      {n > 0 && mark.kind === 'discrepancy' && <h3 class="card-subheading">{coverage} also adds</h3>}
      {n > 0 && (
        <ul class="card-items">
          {mark.items.map((item) => (
            <CardItemView item={item} key={item.id} />
          ))}
        </ul>
      )}
    </div>
  );
}

function heading(coverage: string, kind: PageMark['kind'], facts: number): string {
  if (kind === 'discrepancy') return `${coverage} reports this differently`;
  return `${coverage} adds ${facts === 1 ? 'a fact' : `${facts} facts`}`;
}

function CardItemView({ item }: { item: CardItem }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const outlets = [...new Set(item.sources.map((s) => s.outlet))];
  return (
    <li class="card-item" data-testid="card-item" data-item-id={item.id}>
      <p class="card-item-text" dir="auto">{item.text}</p>
      <p class="card-meta">
        Reported by{' '}
        {outlets.map((name, i) => (
          <Fragment key={name}>
            {i > 0 && ', '}
            <span class="card-outlet" data-testid="card-outlet">
              {name}
            </span>
          </Fragment>
        ))}
      </p>
      {item.sources.length > 0 && (
        <button type="button" class="card-link" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {`${open ? 'Hide' : 'Show'} the exact ${item.sources.length === 1 ? 'sentence' : `sentences (${item.sources.length})`}`}
        </button>
      )}
      <div id={panelId} hidden={!open}>
        {open &&
          item.sources.map((source, i) => (
            <figure class="card-quote" data-testid="card-source" key={i}>
              <blockquote dir="auto">{source.quote}</blockquote>
              <figcaption>{source.outlet}</figcaption>
            </figure>
          ))}
      </div>
    </li>
  );
}
