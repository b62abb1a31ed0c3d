/** The text whole when it fits in `length` characters; else cut at the last word boundary within them (or mid-word, for a very long word), with "…". */
export function shortenAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space >= length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
