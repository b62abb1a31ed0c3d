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
  // A fragment (paragraphs, plain text) gets no <html> or <body> from linkedom, as it does in a
  // browser: give it the page around it.
  if (doc.documentElement?.localName !== 'html') doc = parser.parseFromString(asPage(html), 'text/html') as unknown as Document;
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

function asPage(fragment: string): string {
  const inner = /<body[\s>]/i.test(fragment) ? fragment : `<body>${fragment}</body>`;
  return `<!DOCTYPE html><html>${inner}</html>`;
}

/** Parses `html` and extracts its article (see extractArticle). */
export function extractHtml(html: string, url: string | null = null, options: ExtractOptions = {}): Extraction {
  return extractArticle(parseHtml(html, url), url, options);
}
