/** How an article without a title is named for the reader: by the start of its first sentence. */
import { isBoilerplateLine } from '../engine/text/boilerplate';
import type { ProcessedSentence } from '../engine/text/document';
import { shortenAtWord } from '../engine/text/shorten';
import { segmentText } from '../engine/text/sentences';

/** Longest opening kept: lists show two lines of it. */
export const OPENING_LENGTH = 200;
/** The text read to find it: a first sentence running past it is taken as far as it goes. */
const OPENING_SCAN = 2_000;
/** Letters a line of a script without capitals needs to name an article (see caselessLine). */
const FALLBACK_LETTERS = 8;

/**
 * The first sentence that states something (no heading, no page furniture), shortened; failing
 * that, its first line in a script without capitals (see caselessLine); undefined when there is none.
 */
export function openingOf(sentences: readonly ProcessedSentence[]): string | undefined {
  const first = sentences.find((sentence) => sentence.kind === 'content') ?? sentences.find((sentence) => caselessLine(sentence.text));
  return first && asOpening(first.text);
}

/**
 * The same from a text, its start only, segmented as the engine segments it but neither
 * tokenized nor checked for lines repeated further on (page furniture by its own look only):
 * stored by the thousand, an import names each untitled article in a tenth of a millisecond.
 */
export function openingOfText(text: string): string | undefined {
  const start = text.slice(0, OPENING_SCAN);
  const segments = segmentText(start);
  // A sentence the scan cut short has lost its final stop: it is no heading.
  const cut = text.length > start.length ? start.trimEnd().length : Infinity;
  const sentence = segments.find((segment) => (!segment.heading || segment.end >= cut) && /\p{L}/u.test(segment.text) && !isBoilerplateLine(segment.text));
  const first = sentence ?? segments.find((segment) => caselessLine(segment.text));
  return first && asOpening(first.text);
}

/**
 * A line with some letters, none of them capital or small: Chinese, Japanese, Arabic, Hebrew,
 * Thai… Where the engine finds no sentence in such a text (Thai writes no full stop; documents
 * indexed before the engine read 。 as one were all headings to it), the first such line names
 * the article.
 */
function caselessLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= FALLBACK_LETTERS && !/[\p{Lu}\p{Ll}]/u.test(text);
}

function asOpening(sentence: string): string {
  return shortenAtWord(sentence.replace(/\s+/g, ' ').trim(), OPENING_LENGTH);
}
