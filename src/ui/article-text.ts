/** What the options page's article view says of an article: its name, where it came from, its paragraphs, a safe link. Pure. */
import { shortenAtWord } from '../engine/text/shorten';
import type { CorpusEntry } from '../corpus/types';

/** Longest opening of an untitled article in a control's accessible name. */
export const NAMED_OPENING = 60;

/** What an article is named by for a person: its title, else the start of its first sentence; null when neither (an id is no name). */
export function givenName(entry: Pick<CorpusEntry, 'title' | 'opening'>): string | null {
  return entry.title ?? entry.opening ?? null;
}

/** The article named for a person: its given name, else its id. */
export function entryName(entry: Pick<CorpusEntry, 'id' | 'title' | 'opening'>): string {
  return givenName(entry) ?? entry.id;
}

/** The same, short enough for the accessible name of a control that acts on it. */
export function entryLabel(entry: Pick<CorpusEntry, 'id' | 'title' | 'opening'>): string {
  return entry.title ?? (entry.opening ? shortenAtWord(entry.opening, NAMED_OPENING) : entry.id);
}

export const ORIGIN_DESCRIPTIONS: Record<CorpusEntry['origin'], string> = {
  demo: 'A demo article bundled with Lacuna',
  import: 'Imported from a file',
  capture: 'Kept when you read it',
  added: 'Added from the popup',
  feed: 'From a feed you subscribed to',
};

/** The text's paragraphs: each line that is not blank, trimmed. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The address as a link target when it is a web page (http or https); null for anything else (javascript:, data:, a bare path). */
export function safeLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
