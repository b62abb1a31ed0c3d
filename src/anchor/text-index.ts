/**
 * A normalized view of the text under a DOM node, with a map back to the text nodes.
 *
 * Normalization makes the page's text comparable with the extracted text and with quotes:
 * whitespace runs (non-breaking spaces included) become one space, element boundaries
 * that break words (blocks, <br>) count as a space, zero-width characters disappear,
 * typographic quotes, apostrophes and dashes become their ASCII forms, and case is folded.
 */

/** Elements whose text is never article text (and our own elements). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);

/** Elements whose start and end separate words, as in extraction (src/extract/text.ts). */
const BREAKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Tag prefix of elements the extension itself adds to a page; their text is never anchored. */
export const OWN_TAG_PREFIX = 'LACUNA-';

const DROP = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u0060': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
};

/** The normalized form of one character ('' when it is dropped, ' ' for any space). */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    // ASCII, nearly all of a page: no tables, no regular expressions.
    if (code === 32 || (code >= 9 && code <= 13)) return ' ';
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    return code === 96 ? "'" : ch;
  }
  if (DROP.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/** Plain ASCII without backticks: normalizing it is lower-casing and collapsing whitespace. */
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x5f\x61-\x7e]*$/;
/** Characters whose normalized form differs from themselves (a code point at a time). */
const TO_FOLD = /[A-Z`\t\n\v\f\r]|[^\x20-\x7e]/gu;

/** Normalizes a string the way the index normalizes page text (trimmed). */
export function normalizeText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text.replace(TO_FOLD, foldChar).replace(/ {2,}/g, ' ').trim();
}

/**
 * A stretch of the normalized text that comes from one place: from `offset` on in a text
 * node, one character for one UTF-16 unit (`linear`), or all of it from the unit at
 * `offset` (a character folded to another length, like "…" to "..."); `node` is null for
 * a space standing for an element boundary.
 */
interface Span {
  start: number;
  node: Text | null;
  offset: number;
  linear: boolean;
}

export interface TextIndex {
  /** The normalized text. */
  text: string;
  /** Where the text comes from, in order of `start`; a span runs to the next one's start. */
  spans: Span[];
}

/** The text node and offset the normalized character `at` comes from (null for an element boundary). */
export function sourceOf(index: TextIndex, at: number): { node: Text; offset: number } | null {
  const { spans } = index;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo];
  if (!span?.node) return null;
  return { node: span.node, offset: span.offset + (span.linear ? at - span.start : 0) };
}

/** Where a run of plain printable ASCII and single spaces ends. */
const RUN_END = /[^\x20-\x5f\x61-\x7e]|  /g;

/** Builds the normalized text of everything under `root`, skipping scripts, styles and Lacuna's elements. */
export function buildTextIndex(root: Node): TextIndex {
  const parts: string[] = [];
  const spans: Span[] = [];
  let length = 0;
  let lastSpace = true;
  /** Appends `s`, standing for `width` UTF-16 units at `offset` in `node`; continues the last span where it can. */
  const push = (s: string, node: Text | null, offset: number, width: number): void => {
    const linear = node !== null && s.length === width;
    const last = spans[spans.length - 1];
    if (!(linear && last?.linear && last.node === node && last.offset + (length - last.start) === offset)) spans.push({ start: length, node, offset, linear });
    parts.push(s);
    length += s.length;
  };
  const space = (node: Text | null, offset: number): void => {
    if (lastSpace) return;
    push(' ', node, offset, 1);
    lastSpace = true;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        const data = text.data;
        let i = 0;
        // Fast path for the plain ASCII that makes up most of a page: printable characters
        // and single spaces between them are copied a run at a time, lower-cased.
        let runStart = -1;
        const flushRun = (end: number): void => {
          if (runStart < 0) return;
          push(data.slice(runStart, end).toLowerCase(), text, runStart, end - runStart);
          lastSpace = data.charCodeAt(end - 1) === 32;
          runStart = -1;
        };
        while (i < data.length) {
          const code = data.charCodeAt(i);
          if (code > 32 && code < 127 && code !== 96) {
            // A run goes to the first character needing care, or to the first of two spaces.
            RUN_END.lastIndex = i;
            const end = RUN_END.exec(data);
            runStart = i;
            i = end === null ? data.length : end[0] === '  ' ? end.index + 1 : end.index;
            continue;
          }
          flushRun(i);
          if (code === 32 || (code >= 9 && code <= 13)) {
            space(text, i);
            i++;
            continue;
          }
          // Anything else, one code point at a time.
          const width = code >= 0xd800 && code <= 0xdbff && i + 1 < data.length ? 2 : 1;
          const folded = foldChar(data.slice(i, i + width));
          if (folded === ' ') space(text, i);
          else if (folded) {
            push(folded, text, i, width);
            lastSpace = false;
          }
          i += width;
        }
        flushRun(i);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag) || tag.startsWith(OWN_TAG_PREFIX)) continue;
        const breaks = BREAKS.has(tag);
        if (breaks) space(null, 0);
        walk(child);
        if (breaks) space(null, 0);
      }
    }
  };
  walk(root);
  return { text: parts.join(''), spans };
}

/**
 * The DOM range of the normalized characters [start, end), trimmed of boundary spaces;
 * null when nothing is left.
 */
export function rangeOf(doc: Document, index: TextIndex, start: number, end: number): Range | null {
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  if (start >= end) return null;
  const first = sourceOf(index, start);
  const last = sourceOf(index, end - 1);
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, Math.min(last.node.length, last.offset + 1));
  return range;
}
