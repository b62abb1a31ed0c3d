/**
 * The text whole when it fits in `length` characters; else cut at the last word boundary within
 * them (or mid-word, for a very long word), with "…", never between the two halves of a
 * character outside the basic plane (an emoji, a rare ideograph).
 */
export function shortenAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  let cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  if (space >= length / 2) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
