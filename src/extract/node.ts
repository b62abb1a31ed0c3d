/**
 * Extraction in Node (the CLI, tests): parse HTML with linkedom, then run the same
 * `extractArticle` as the content script.
 */
import { DOMParser } from 'linkedom';
import { extractArticle, type ExtractOptions } from './extract';
import type { Extraction } from './types';

/**
 * Parses a page into a Document. linkedom has no notion of the document's address:
 * `documentURI` is undefined and `baseURI` ignores the URL, which Readability reads to make links
 * absolute. We define them from `url` (or the page's <base href>) so it behaves as in a
 * browser. linkedom does not parse CSS while building the tree, so odd stylesheets
 * (SCSS left in a <style>) cannot break parsing.
 */
export function parseHtml(html: string, url?: string | null): Document {
  const parser = new DOMParser();
  let doc = parser.parseFromString(html, 'text/html') as unknown as Document;
  if (doc.documentElement?.localName !== 'html' || !doc.body || doc.body.childNodes.length === 0) doc = asPage(parser, html);
  const base = doc.querySelector('base[href]')?.getAttribute('href') ?? null;
  let baseURI = url ?? 'about:blank';
  if (base) {
    try {
      baseURI = new URL(base, url ?? undefined).href;
    } catch {
      // Unreadable <base>: keep the page's own address.
    }
  }
  for (const [key, value] of [['documentURI', url ?? 'about:blank'], ['URL', url ?? 'about:blank'], ['baseURI', baseURI]] as const) {
    Object.defineProperty(doc, key, { value, configurable: true });
  }
  return doc;
}

/** Elements a browser puts in <head> when a page leaves out its <head> and <body> tags. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base', 'style']);
/** The tags that frame a page (not custom elements such as <head-line>). */
const PAGE_TAGS = /<!doctype[^>]*>|<\/?(?:html|head|body)(?=[\s/>])[^>]*>/gi;
const attributesOf = (markup: string, tag: 'html' | 'body'): string => new RegExp(`<${tag}(?=[\\s/>])([^>]*)>`, 'i').exec(markup)?.[1] ?? '';

/**
 * The page a browser makes of markup without the tags that frame one (paragraphs, plain text,
 * a page that leaves out its optional <html>, <head> and <body> tags, as minifiers do), which
 * linkedom leaves with no <body> or an empty one: the content in a body, what belongs in the
 * head moved there, the <html> and <body> attributes (a lang, a dir) kept.
 */
function asPage(parser: DOMParser, markup: string): Document {
  const frame = `<!DOCTYPE html><html${attributesOf(markup, 'html')}><head></head><body${attributesOf(markup, 'body')}></body></html>`;
  const doc = parser.parseFromString(frame, 'text/html') as unknown as Document;
  doc.body.innerHTML = markup.replace(PAGE_TAGS, '');
  for (const element of [...doc.body.children]) if (HEAD_ONLY.has(element.localName)) doc.head.append(element);
  return doc;
}

/** Parses `html` and extracts its article (see extractArticle). */
export function extractHtml(html: string, url: string | null = null, options: ExtractOptions = {}): Extraction {
  return extractArticle(parseHtml(html, url), url, options);
}
