/**
 * What the toolbar button says of a tab's result: the badge's count and colour, and the
 * button's title (its tooltip and accessible name), which says in words what the colour does.
 */

/** Navy; grey when the count comes from loosely related coverage only (white on either: contrast 12:1 and 5:1). */
export const BADGE_COLOUR = '#27306b';
export const LOOSE_BADGE_COLOUR = '#6b6f7b';

/** The button's title for a badge `text` (the number of omitted facts; empty: no result), or `defaultTitle`. */
export function badgeTitle(text: string, loose: boolean, defaultTitle: string): string {
  const count = Number(text);
  if (text === '' || !Number.isInteger(count)) return defaultTitle;
  const facts = `${count} ${count === 1 ? 'fact' : 'facts'} this article leaves out`;
  return loose ? `Lacuna: ${facts}, from loosely related coverage only` : `Lacuna: ${facts}`;
}
