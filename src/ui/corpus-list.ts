/** Searching and sorting the corpus list of the options page. Pure. */
import type { CorpusEntry } from '../corpus/types';
import { givenName } from './article-text';

export type SortKey = 'added' | 'outlet' | 'date' | 'title';

export const SORT_LABELS: Record<SortKey, string> = {
  added: 'Newest added',
  outlet: 'Outlet',
  date: 'Date published',
  title: 'Title',
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Entries whose title (or opening, for an untitled one), outlet, address or id contain every word of `query` (case and accents ignored). */
export function searchEntries(entries: readonly CorpusEntry[], query: string): CorpusEntry[] {
  const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const hay = fold([e.title, e.opening, e.source, e.url, e.id].filter(Boolean).join(' '));
    return words.every((w) => hay.includes(w));
  });
}

/** Missing values sort last whatever the key. */
function compareMissingLast(a: string | null, b: string | null, desc = false): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return desc ? collator.compare(b, a) : collator.compare(a, b);
}

export function sortEntries(entries: readonly CorpusEntry[], key: SortKey): CorpusEntry[] {
  const byTitle = (a: CorpusEntry, b: CorpusEntry): number => compareMissingLast(givenName(a), givenName(b)) || collator.compare(a.id, b.id);
  const compare: Record<SortKey, (a: CorpusEntry, b: CorpusEntry) => number> = {
    added: (a, b) => b.addedAt - a.addedAt || byTitle(a, b),
    outlet: (a, b) => compareMissingLast(a.source, b.source) || byTitle(a, b),
    date: (a, b) => compareMissingLast(a.published, b.published, true) || byTitle(a, b),
    title: byTitle,
  };
  return [...entries].sort(compare[key]);
}

/** Bytes for a person: "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
