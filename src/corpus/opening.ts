/** How an article without a title is named for the reader: by the start of its first sentence. */
import { isBoilerplateLine } from '../engine/text/boilerplate';
import type { ProcessedSentence } from '../engine/text/document';
import { segmentText } from '../engine/text/sentences';

/** Longest opening kept: lists show two lines of it. */
export const OPENING_LENGTH = 200;
/** The text read to find it: a first sentence longer than this is cut anyway. */
const OPENING_SCAN = 2_000;

/** The text whole when it fits in `length` characters; else cut at the last word boundary within them (or mid-word, for a very long word), with "…". */
export function shortenAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space >= length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first sentence that states something (no heading, no page furniture), shortened; undefined when there is none. */
export function openingOf(sentences: readonly ProcessedSentence[]): string | undefined {
  const first = sentences.find((sentence) => sentence.kind === 'content');
  return first && asOpening(first.text);
}

/**
 * The same from a text, its start only, segmented as the engine segments it but neither
 * tokenized nor checked for lines repeated further on (page furniture by its own look only):
 * stored by the thousand, an import names each untitled article in a tenth of a millisecond.
 */
export function openingOfText(text: string): string | undefined {
  const first = segmentText(text.slice(0, OPENING_SCAN)).find(
    (segment) => !segment.heading && /\p{L}/u.test(segment.text) && !isBoilerplateLine(segment.text),
  );
  return first && asOpening(first.text);
}

function asOpening(sentence: string): string {
  return shortenAtWord(sentence.replace(/\s+/g, ' ').trim(), OPENING_LENGTH);
}
