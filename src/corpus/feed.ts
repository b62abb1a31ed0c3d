/**
 * RSS (2.0, 0.9x, 1.0/RDF) and Atom feeds to a list of items. Pure, and without a DOM: it
 * runs in Chrome's service worker, which has no DOMParser. Tolerant of what feeds in the
 * wild do: CDATA, HTML and numeric entities, namespace prefixes, missing fields, stray or
 * unclosed tags. What is not a feed at all (a web page, JSON, plain text) is refused with a
 * reason a reader can act on.
 */
import { decode, decodeBytes } from './decode';

export interface FeedItem {
  /** The item's guid or Atom id, when it has one. */
  id: string | null;
  /** Its page, resolved against the feed's address. */
  url: string | null;
  title: string | null;
  /** ISO date, or null when absent or unreadable. */
  published: string | null;
  /** The feed's own text of the item (full content when given, else the summary), as plain text with blank lines between paragraphs. */
  text: string | null;
}

export interface Feed {
  kind: 'rss' | 'atom';
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
}

export type FeedParse = { ok: true; feed: Feed } | { ok: false; reason: string };

export const NOT_A_FEED_PAGE = 'this address gives a web page, not an RSS or Atom feed';

// ---- a small, forgiving XML reader ----

interface XmlElement {
  /** Qualified name as written (`content:encoded`). */
  name: string;
  /** Lower-cased local name (`encoded`). */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e',
  hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb', bull: '\u2022', middot: '\u00b7', copy: '\u00a9',
  reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3', deg: '\u00b0', shy: '\u00ad',
  eacute: '\u00e9', egrave: '\u00e8', ecirc: '\u00ea', agrave: '\u00e0', aacute: '\u00e1', acirc: '\u00e2',
  auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc', Auml: '\u00c4', Ouml: '\u00d6', Uuml: '\u00dc', szlig: '\u00df',
  ccedil: '\u00e7', ntilde: '\u00f1', oacute: '\u00f3', iacute: '\u00ed', uacute: '\u00fa', Eacute: '\u00c9',
};

/** Replaces character references and the named entities above; leaves unknown ones as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/**
 * Reads XML into a tree, never throwing: a closing tag closes the nearest open element of
 * that name (elements left open inside it are closed too); one that matches nothing is
 * ignored; whatever is open at the end is closed.
 */
function readXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', local: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const top = (): XmlElement => stack[stack.length - 1]!;
  let i = 0;
  const pushText = (text: string): void => {
    if (text) top().children.push(text);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      pushText(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i) pushText(decodeEntities(xml.slice(i, lt)));
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      pushText(xml.slice(lt + 9, end < 0 ? xml.length : end));
      i = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith('<!', lt)) {
      // DOCTYPE, possibly with an internal subset in brackets.
      const bracket = xml.indexOf('[', lt);
      const close = xml.indexOf('>', lt);
      const end = bracket >= 0 && bracket < close ? xml.indexOf(']>', bracket) : close;
      i = end < 0 ? xml.length : end + (bracket >= 0 && bracket < close ? 2 : 1);
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      i = end < 0 ? xml.length : end + 2;
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, end < 0 ? xml.length : end).trim();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      i = end < 0 ? xml.length : end + 1;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(xml.slice(lt, lt + 65536));
      if (!m) {
        pushText('<');
        i = lt + 1;
        continue;
      }
      const name = m[1]!;
      let attrSource = m[2]!;
      const selfClosing = attrSource.trimEnd().endsWith('/');
      if (selfClosing) attrSource = attrSource.trimEnd().slice(0, -1);
      const element: XmlElement = { name, local: localName(name), attrs: parseAttrs(attrSource), children: [] };
      top().children.push(element);
      i = lt + m[0].length;
      if (!selfClosing) stack.push(element);
    }
  }
  return root;
}

function elements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => typeof c !== 'string');
}

function child(parent: XmlElement, local: string): XmlElement | undefined {
  return elements(parent).find((e) => e.local === local);
}

function childrenNamed(parent: XmlElement, local: string): XmlElement[] {
  return elements(parent).filter((e) => e.local === local);
}

/** Every text inside an element, CDATA included, as written. */
function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Markup of an element's children written back (Atom's xhtml content). */
function markupOf(element: XmlElement): string {
  return element.children
    .map((c) => {
      if (typeof c === 'string') return c.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `<${c.local}>${markupOf(c)}</${c.local}>`;
    })
    .join('');
}

function oneLine(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return t || null;
}

// ---- HTML in feeds to plain text ----

const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|tr|table|figure|figcaption|pre|hr|dd|dt|dl)$/i;

/** HTML (escaped in the feed, or in CDATA) as plain text: paragraphs separated by blank lines; scripts, styles and tags dropped. */
export function htmlToText(html: string): string {
  const withoutCode = html.replace(/<(script|style|noscript|iframe)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const marked = withoutCode.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) => (BLOCK.test(name) ? '\n\n' : ''));
  return decodeEntities(marked)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

// ---- dates and addresses ----

/** An RSS (RFC 822) or Atom (RFC 3339) date as ISO 8601, or null when it cannot be read. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  let text = value.trim();
  // "Tue, 10 Jun 2003 04:00:00 +0000": a day name some feeds spell out or misspell is not needed.
  text = text.replace(/^[A-Za-z]+,\s*/, '');
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms).toISOString();
  return iso.startsWith('+') || iso.startsWith('-') ? null : iso;
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// ---- RSS and Atom ----

/** The longest text among an item's fields, read as HTML when `html`. */
function bestText(candidates: Array<{ raw: string; html: boolean }>): string | null {
  let best = '';
  for (const { raw, html } of candidates) {
    const text = html ? htmlToText(raw) : raw.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
    if (text.length > best.length) best = text;
  }
  return best || null;
}

function rssItem(item: XmlElement, base: string | null): FeedItem {
  const guid = child(item, 'guid');
  const guidText = oneLine(textOf(guid));
  const isPermaLink = guid?.attrs['ispermalink']?.toLowerCase() !== 'false';
  // <link> as text (RSS), or an Atom link inside RSS with href.
  const links = childrenNamed(item, 'link');
  const linkText = links.map((l) => oneLine(textOf(l)) ?? l.attrs['href'] ?? null).find((l) => l) ?? null;
  const url = resolve(linkText, base) ?? (guidText && isPermaLink ? resolve(guidText, base) : null) ?? resolve(item.attrs['rdf:about'] ?? null, base);
  const date = oneLine(textOf(child(item, 'pubdate'))) ?? oneLine(textOf(child(item, 'date'))) ?? oneLine(textOf(child(item, 'published'))) ?? oneLine(textOf(child(item, 'updated')));
  const bodies = [...childrenNamed(item, 'description'), ...childrenNamed(item, 'encoded'), ...childrenNamed(item, 'summary')].map((e) => ({ raw: textOf(e), html: true }));
  return {
    id: guidText,
    url,
    title: oneLine(htmlToText(textOf(child(item, 'title')))),
    published: feedDate(date),
    text: bestText(bodies),
  };
}

function atomText(element: XmlElement | undefined): { raw: string; html: boolean } | null {
  if (!element) return null;
  const type = (element.attrs['type'] ?? 'text').toLowerCase();
  if (type === 'xhtml') return { raw: markupOf(element), html: true };
  return { raw: textOf(element), html: type === 'html' || type === 'text/html' };
}

function atomLink(parent: XmlElement, base: string | null): string | null {
  const links = childrenNamed(parent, 'link');
  const alternate = links.find((l) => (l.attrs['rel'] ?? 'alternate').toLowerCase() === 'alternate' && l.attrs['href']) ?? links.find((l) => l.attrs['href']);
  return resolve(alternate?.attrs['href'] ?? null, base);
}

function atomEntry(entry: XmlElement, base: string | null): FeedItem {
  const here = resolve(entry.attrs['xml:base'] ?? null, base) ?? base;
  const title = atomText(child(entry, 'title'));
  const bodies = [atomText(child(entry, 'content')), atomText(child(entry, 'summary'))].filter((b): b is { raw: string; html: boolean } => b !== null);
  return {
    id: oneLine(textOf(child(entry, 'id'))),
    url: atomLink(entry, here),
    title: title ? oneLine(title.html ? htmlToText(title.raw) : title.raw) : null,
    published: feedDate(oneLine(textOf(child(entry, 'published'))) ?? oneLine(textOf(child(entry, 'updated')))),
    text: bestText(bodies),
  };
}

/** Why a text that is not a feed is not one, for a person. */
function notAFeed(text: string, root: XmlElement | undefined): string {
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (root?.local === 'html' || start.startsWith('<!doctype html') || /^<(head|body|meta|title|script|div)\b/.test(start)) return NOT_A_FEED_PAGE;
  if (start.startsWith('{') || start.startsWith('[')) return 'this address gives JSON, not an RSS or Atom feed';
  if (!root) return 'this address gives plain text, not an RSS or Atom feed';
  return `this address gives an XML document whose root is <${root.name}>, not an RSS or Atom feed`;
}

/**
 * Parses a feed's text. `base` is the feed's address (relative links are resolved against
 * it). Items without an address or text are kept: the caller decides what to skip.
 */
export function parseFeed(text: string, base: string | null): FeedParse {
  if (text.trim() === '') return { ok: false, reason: 'the server sent an empty answer, not a feed' };
  const document = readXml(text.replace(/^\uFEFF/, ''));
  const root = elements(document)[0];
  if (!root || !['rss', 'rdf', 'feed'].includes(root.local)) return { ok: false, reason: notAFeed(text, root) };
  if (root.local === 'feed') {
    const here = resolve(root.attrs['xml:base'] ?? null, base) ?? base;
    const title = atomText(child(root, 'title'));
    return {
      ok: true,
      feed: {
        kind: 'atom',
        title: title ? oneLine(title.html ? htmlToText(title.raw) : title.raw) : null,
        link: atomLink(root, here),
        items: childrenNamed(root, 'entry').map((entry) => atomEntry(entry, here)),
      },
    };
  }
  const channel = child(root, 'channel');
  // RSS 2.0 puts items in the channel; RSS 1.0 (RDF) next to it.
  const items = [...(channel ? childrenNamed(channel, 'item') : []), ...childrenNamed(root, 'item')];
  const siteLink = channel ? (childrenNamed(channel, 'link').map((l) => oneLine(textOf(l))).find((l) => l) ?? null) : null;
  return {
    ok: true,
    feed: {
      kind: 'rss',
      title: channel ? oneLine(htmlToText(textOf(child(channel, 'title')))) : null,
      link: resolve(siteLink, base),
      items: items.map((item) => rssItem(item, base)),
    },
  };
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), lower-cased. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * A feed's bytes as text: by its byte-order mark, as UTF-8, or in the encoding its XML
 * declaration names (a `charset` the server gave is tried as well); or why it cannot be read.
 */
export function decodeFeed(bytes: Uint8Array, charset: string | null = null): { ok: true; text: string } | { ok: false; reason: string } {
  const declared = declaredEncoding(bytes) ?? charset?.toLowerCase() ?? null;
  if (declared && !/^utf-?8$/.test(declared) && !/^utf-?16/.test(declared) && bytes[0] !== 0xef && bytes[0] !== 0xfe && bytes[0] !== 0xff) {
    const text = decode(bytes, declared);
    if (text !== null) return { ok: true, text };
    return { ok: false, reason: `the feed declares the encoding "${declared}", but it cannot be decoded as ${declared}` };
  }
  const decoded = decodeBytes(bytes, { html: true });
  if (!decoded.ok) return { ok: false, reason: decoded.reason === 'the file is empty' ? 'the server sent an empty answer, not a feed' : `the feed could not be read: ${decoded.reason.replace(/\bfile\b/g, 'answer')}` };
  return { ok: true, text: decoded.text };
}
