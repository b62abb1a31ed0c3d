import type { Discrepancy, RelatedDocument } from '../engine/types';
import { outletName } from './outlets';

export function Discrepancies({ items, related }: { items: readonly Discrepancy[]; related: readonly RelatedDocument[] }) {
  return (
    <section class="section" aria-labelledby="disagree-heading">
      <h2 id="disagree-heading" class="section-heading">
        Where outlets disagree
      </h2>
      <ul class="discrepancies">
        {items.map((d, i) => (
          <li class="discrepancy" data-testid="discrepancy" key={i}>
            <p class="discrepancy-note">{d.note}</p>
            <figure class="quote">
              <blockquote dir="auto">{d.article.quote}</blockquote>
              <figcaption>This article</figcaption>
            </figure>
            <figure class="quote">
              <blockquote dir="auto">{d.corpus.quote}</blockquote>
              <figcaption>{outletName(d.corpus.doc, related)}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
