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

/** Normalizes a string the way the index normalizes page text (trimmed). */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = foldChar(ch);
    if (folded === ' ') {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
    } else out += folded;
  }
  return out.trimEnd();
}

export interface TextIndex {
  /** The normalized text. */
  text: string;
  /** For each character of `text`: its text node, or null for a space standing for an element boundary. */
  nodes: Array<Text | null>;
  /** For each character of `text`: the offset in its text node (UTF-16). */
  offsets: number[];
}

/** Builds the normalized text of everything under `root`, skipping scripts, styles and Lacuna's elements. */
export function buildTextIndex(root: Node): TextIndex {
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  let lastSpace = true;
  /** `s` stands for `width` UTF-16 units at `offset` in `node`; each unit of it maps back there. */
  const push = (s: string, node: Text | null, offset: number, width = 1): void => {
    for (let k = 0; k < s.length; k++) {
      parts.push(s[k]!);
      index.nodes.push(node);
      index.offsets.push(offset + (s.length === width ? k : 0));
    }
  };
  const space = (node: Text | null, offset: number): void => {
    if (lastSpace) return;
    push(' ', node, offset);
    lastSpace = true;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        const data = text.data;
        let i = 0;
        // Fast path for the plain ASCII runs that make up most of a page: no per-character
        // strings or calls, one slice per run.
        let runStart = -1;
        const flushRun = (end: number): void => {
          if (runStart < 0) return;
          parts.push(data.slice(runStart, end).toLowerCase());
          for (let k = runStart; k < end; k++) {
            index.nodes.push(text);
            index.offsets.push(k);
          }
          runStart = -1;
          lastSpace = false;
        };
        while (i < data.length) {
          const code = data.charCodeAt(i);
          if (code > 32 && code < 127 && code !== 96) {
            if (runStart < 0) runStart = i;
            i++;
            continue;
          }
          flushRun(i);
          if (code === 32 || (code >= 9 && code <= 13)) {
            space(text, i);
            i++;
            continue;
          }
          break;
        }
        flushRun(i);
        for (const ch of data.slice(i)) {
          const folded = foldChar(ch);
          if (folded === ' ') space(text, i);
          else if (folded) {
            push(folded, text, i, ch.length);
            lastSpace = false;
          }
          i += ch.length;
        }
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
  index.text = parts.join('');
  return index;
}

/**
 * The DOM range of the normalized characters [start, end), trimmed of boundary spaces;
 * null when nothing is left.
 */
export function rangeOf(doc: Document, index: TextIndex, start: number, end: number): Range | null {
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  if (start >= end) return null;
  const startNode = index.nodes[start];
  const endNode = index.nodes[end - 1];
  if (!startNode || !endNode) return null;
  const range = doc.createRange();
  range.setStart(startNode, index.offsets[start] ?? 0);
  range.setEnd(endNode, Math.min(endNode.length, (index.offsets[end - 1] ?? 0) + 1));
  return range;
}
