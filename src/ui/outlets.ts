import type { OmittedItem, RelatedDocument } from '../engine/types';

/** The name to show for a related document: its outlet, else its title, else its id. */
export function outletName(doc: string, related: readonly RelatedDocument[]): string {
  const found = related.find((r) => r.doc === doc);
  return nonEmpty(found?.source) ?? nonEmpty(found?.title) ?? doc;
}

/** The outlets that report an item, in the order of its sources, each named once. */
export function outletsOf(item: Pick<OmittedItem, 'sources'>, related: readonly RelatedDocument[]): string[] {
  const names: string[] = [];
  for (const source of item.sources) {
    const name = outletName(source.doc, related);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
