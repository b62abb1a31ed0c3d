/**
 * Sentence segmentation that survives text taken from real pages: Intl.Segmenter, plus
 * repairs for abbreviations and for sentences that a page broke over several paragraphs.
 * Offsets are always in the original text.
 */
import { collapseWhitespace } from './normalize';
import { STOPWORDS } from './stopwords';

export interface Segment {
  /** The original text with runs of whitespace collapsed to one space. */
  text: string;
  start: number;
  end: number;
  /** Index of the block (paragraph after repairs) the segment belongs to. */
  block: number;
  /** No terminal punctuation: a title, heading, caption label or credit, not a sentence. */
  heading: boolean;
}

interface Span {
  start: number;
  end: number;
}

/**
 * A sentence's last mark, then closing quotes and brackets: Latin marks, the ideographic and
 * full-width ones of Chinese and Japanese, the danda, the Arabic question mark and full stop
 * of Urdu, the Armenian and Ethiopic full stops.
 */
const TERMINAL = /[.!?\u2026\u3002\uFF01\uFF1F\uFF0E\uFF61\u0964\u0965\u061F\u06D4\u0589\u1362]["'\u201D\u2019\u00BB)\]\u300D\u300F\uFF09\u3011\u300B\u3009]*$/u;
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st sen rep gov gen lt col capt sgt maj cmdr adm rev hon pres supt insp
  jan feb mar apr jun jul aug sep sept oct nov dec vol fig approx dept univ assn vs e.g i.e cf al`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    lines.push({ start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return lines;
}

function lastWord(text: string): string {
  const match = /([\p{L}']+)[^\p{L}]*$/u.exec(text);
  return match?.[1] ?? '';
}

/** A line that stops mid-sentence and a next line that carries the sentence on. */
function continuesOnNextLine(line: string, next: string): boolean {
  if (TERMINAL.test(line) || /:$/.test(line)) return false;
  if (/^["'\u201C\u2018(\[]?\p{Ll}/u.test(next)) return true;
  if (/[,;(\u2013\u2014-]$/u.test(line)) return true;
  const word = lastWord(line);
  return word.length > 0 && word === word.toLowerCase() && STOPWORDS.has(word);
}

/** Paragraphs, with those a page broke mid-sentence joined back. */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  for (const line of splitLines(text)) {
    const previous = blocks[blocks.length - 1];
    if (
      previous &&
      continuesOnNextLine(text.slice(previous.start, previous.end), text.slice(line.start, line.end))
    ) {
      previous.end = line.end;
    } else {
      blocks.push({ ...line });
    }
  }
  return blocks;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function rawSegments(text: string, block: Span): Span[] {
  // Newlines inside a repaired block would be hard breaks for the segmenter; spaces keep offsets.
  const flat = text.slice(block.start, block.end).replace(/[\r\n]/g, ' ');
  const spans: Span[] = [];
  for (const part of segmenter.segment(flat)) {
    const lead = part.segment.length - part.segment.trimStart().length;
    const trimmed = part.segment.trim();
    if (trimmed.length === 0) continue;
    const start = block.start + part.index + lead;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

/** The stops of Chinese and Japanese: no abbreviation or decimal ends in one. */
const IDEOGRAPHIC_STOP = /[\u3002\uFF01\uFF1F\uFF61]["'\u201D\u2019\u300D\u300F\uFF09\u3011\u300B\u3009]*$/u;

/** True when a break after `before` and before `after` is a false one. */
function isFalseBreak(before: string, after: string): boolean {
  // "去年增长了5%。2023年…": a sentence there may start with a figure.
  if (IDEOGRAPHIC_STOP.test(before)) return false;
  if (/^["'\u201C\u2018(\[]?[\p{Ll}\p{N}]/u.test(after)) return true;
  const tail = /(?:^|[\s(\["'\u201C\u2018])([\p{L}.]+)\.$/u.exec(before);
  if (!tail?.[1]) return false;
  const word = tail[1].toLowerCase();
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return true;
  if (/^\p{Lu}$/u.test(tail[1])) return true; // an initial: "John F. Kennedy"
  if (/^(\p{L}\.)+\p{L}$/u.test(tail[1])) {
    // "U.S." ends a sentence only when a sentence obviously starts after it.
    const nextWord = /^["'\u201C\u2018]?(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
    return !STOPWORDS.has(nextWord);
  }
  return false;
}

export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  splitBlocks(text).forEach((block, blockIndex) => {
    const spans: Span[] = [];
    for (const span of rawSegments(text, block)) {
      const previous = spans[spans.length - 1];
      if (previous && isFalseBreak(text.slice(previous.start, previous.end), text.slice(span.start, span.end))) {
        previous.end = span.end;
      } else {
        spans.push(span);
      }
    }
    for (const span of spans) {
      const original = text.slice(span.start, span.end);
      segments.push({
        text: collapseWhitespace(original),
        start: span.start,
        end: span.end,
        block: blockIndex,
        heading: !TERMINAL.test(original),
      });
    }
  });
  return segments;
}
