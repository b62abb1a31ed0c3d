import type { RelatedDocument } from '../engine/types';
import { closeness } from './closeness';
import { count } from './format';
import { outletName } from './outlets';
import { shortenAtWord } from '../engine/text/shorten';
import { NAMED_OPENING } from './article-text';

interface Props {
  related: readonly RelatedDocument[];
  /** The first sentence of each related document that has no title, by id: shown in its place. */
  openings?: Readonly<Record<string, string>> | undefined;
  /** The reader says a document tells another story; absent: not offered (the article has no address to remember it by). */
  onSetAside?: ((doc: string) => void) | undefined;
}

export function RelatedList({ related, openings = {}, onSetAside }: Props) {
  return (
    <section class="section" aria-labelledby="related-heading">
      <h2 id="related-heading" class="section-heading">
        Compared with {count(related.length, 'related article')}
      </h2>
      <ul class="related">
        {related.map((doc) => {
          const outlet = outletName(doc.doc, related);
          const given = doc.title?.trim();
          const first = given || !Object.hasOwn(openings, doc.doc) ? undefined : openings[doc.doc];
          const title = given || first || 'Untitled';
          const named = given ? ` “${given}”` : first ? ` beginning “${shortenAtWord(first, NAMED_OPENING)}”` : '';
          const { word, percent } = closeness(doc.score, doc.loose === true);
          return (
            <li class="related-doc" data-testid="related-doc" key={doc.doc}>
              <div class="related-text">
                <span class="related-outlet">{outlet}</span>
                {title !== outlet && (
                  <span class={given ? 'related-title' : first ? 'related-title opening' : 'related-title untitled'} dir="auto">
                    {title}
                  </span>
                )}
                {onSetAside && (
                  <button
                    type="button"
                    class="link-button set-aside"
                    data-testid="set-aside"
                    aria-label={`Not this story: leave out ${outlet}’s article${named} and analyze again`}
                    onClick={() => onSetAside(doc.doc)}
                  >
                    Not this story
                  </button>
                )}
              </div>
              <div class="closeness">
                <span class="closeness-bar" aria-hidden="true">
                  <span class="closeness-fill" style={{ width: `${percent}%` }} />
                </span>
                <span class="closeness-label">
                  {word} <span class="closeness-percent">{percent}%</span>
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
