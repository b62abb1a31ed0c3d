/**
 * Plain text from Readability's content element: one block per paragraph-like element,
 * whitespace inside a block collapsed, blocks joined by a blank line. Each block keeps the
 * path of the element it came from (see paths.ts).
 */
import type { TextBlock } from './types';
import { pathOf } from './paths';

/** Elements whose start and end break the text into separate blocks. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

/**
 * Elements whose text is not article text. Photo captions are left out: they are credits and
 * descriptions of pictures rather than running text (the engine treats them as boilerplate).
 */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME',
  'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'FIGCAPTION',
]);

export const BLOCK_SEPARATOR = '\n\n';

/** Collapses every run of whitespace (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

export interface BlockText {
  text: string;
  blocks: TextBlock[];
  /** Source element (in the clone) of each block, same order as `blocks`. */
  elements: Element[];
  /** Characters inside links, for link density. */
  linkChars: number;
}

export function blocksFromContent(root: Element): BlockText {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  const elements: Element[] = [];
  let buffer = '';
  let linkBuffer = 0;
  let linkChars = 0;
  let source: Element = root;
  let offset = 0;

  const flush = (): void => {
    const text = collapseWhitespace(buffer);
    if (text) {
      if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
      blocks.push({ start: offset, end: offset + text.length, path: pathOf(source) ?? [] });
      elements.push(source);
      parts.push(text);
      offset += text.length;
      linkChars += Math.min(linkBuffer, text.length);
    }
    buffer = '';
    linkBuffer = 0;
  };

  const walk = (node: Node, block: Element, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT_NODE */) {
        const data = (child as Text).data;
        if (buffer === '' || /^\s*$/.test(buffer)) source = block;
        buffer += data;
        if (inLink) linkBuffer += collapseWhitespace(data).length;
      } else if (child.nodeType === 1 /* ELEMENT_NODE */) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') {
          buffer += ' ';
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(el, el, inLink);
          flush();
        } else {
          walk(el, block, inLink || tag === 'A');
        }
      }
    }
  };

  walk(root, root, false);
  flush();
  return { text: parts.join(BLOCK_SEPARATOR), blocks, elements, linkChars };
}
