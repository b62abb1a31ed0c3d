/**
 * Is this page an article? Cheap signals read from the original document (nothing is
 * changed), used before and after Readability runs.
 */
import { isProbablyReaderable } from '@mozilla/readability';

export const REASONS = {
  littleText: 'This page has little running text: it looks like a home page or list, not an article.',
  search: 'This page looks like a list of search results, not an article.',
  form: 'This page is mostly a form, not an article.',
  unreadable: 'No article body could be found on this page: its text is not laid out as paragraphs.',
  noText: 'No text could be extracted from this page.',
} as const;

/** Hidden by attribute or inline style, on the element or an ancestor. Needs no layout or CSSOM. */
export function isHidden(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return true;
    const style = cur.getAttribute('style');
    if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  }
  return false;
}

/**
 * Readability's own pre-check, with a visibility test that reads attributes only: the
 * default one reads `node.style`, which DOM implementations without CSS support lack.
 */
export function probablyReaderable(doc: Document): boolean {
  // Readability's defaults (paragraphs of 140+ characters, score 20) miss short posts of
  // five or six plain paragraphs; the checks after extraction still turn away lists and teasers.
  return isProbablyReaderable(doc, {
    minContentLength: 100,
    minScore: 10,
    visibilityChecker: (node) => {
      const el = node as Element;
      if (typeof el.getAttribute !== 'function') return true;
      if (el.hasAttribute('hidden')) return false;
      const style = el.getAttribute('style');
      return !(style && /display\s*:\s*none/i.test(style));
    },
  });
}

/** The URL, title or page state says this is a page of search results. */
export function looksLikeSearch(doc: Document, url: string | null): boolean {
  if (url) {
    try {
      const u = new URL(url);
      if (/(^|\/)(search|suche|recherche|buscar|busca|cerca)(\/|$|\.)/i.test(u.pathname)) return true;
      for (const key of ['q', 'query', 's', 'search', 'keyword', 'keywords', 'searchTerm', 'term']) {
        if (u.searchParams.get(key)) return true;
      }
    } catch {
      // Not a URL we can read: no signal from it.
    }
  }
  const title = `${doc.querySelector('title')?.textContent ?? ''} ${doc.querySelector('h1')?.textContent ?? ''}`;
  if (/\bsearch results?\b|\bresults? for\b|\b\d[\d,]* results?\b/i.test(title)) return true;
  const filled = Array.from(doc.querySelectorAll('input[type="search" i], input[name="q"], input[name="query"], input[name="s"]'))
    .some((input) => isQuery(input.getAttribute('value') ?? '', input));
  return filled;
}

/**
 * A search box's value that someone typed, not the prompt some pages put in the value
 * instead of a placeholder ("Search", "Search…", "Search this site").
 */
function isQuery(value: string, input: Element): boolean {
  const v = value.trim();
  if (v === '') return false;
  if (v === (input.getAttribute('placeholder') ?? '').trim()) return false;
  return !/^(?:search|suche|suchen|recherche|rechercher|buscar|busca|cerca|zoeken|sök|søg|szukaj|поиск|検索|搜索)\b[^]{0,20}$/iu.test(v);
}

/** Input types of a form that asks only who you are and what you have to say. */
const IDENTITY_INPUTS = new Set(['text', 'email', 'url', 'checkbox', 'hidden', 'submit', 'button', 'image', 'reset']);

/**
 * A comment or sign-up form whatever its names: an email field, otherwise only text, web
 * address and checkbox fields and at most one text area (name, email, website, comment;
 * first name, last name, email). Forms that ask for anything else (a number, a choice from
 * a list, a date, a password) are tasks of their own: registrations, contact, orders.
 */
function isCommentOrSignup(form: Element): boolean {
  let email = false;
  for (const el of Array.from(form.querySelectorAll('input, select, textarea'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'SELECT') return false;
    if (tag === 'TEXTAREA') continue;
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (!IDENTITY_INPUTS.has(type)) return false;
    if (type === 'email' || /e-?mail/i.test(el.getAttribute('name') ?? '')) email = true;
  }
  return email && form.querySelectorAll('textarea').length <= 1;
}

/** Number of visible form fields a person fills in (not search boxes, buttons or hidden inputs). */
export function formFieldCount(doc: Document): number {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll('form input, form select, form textarea'))) {
    // Comment, newsletter and login forms sit beside articles; they do not make a form page.
    const form = el.closest('form');
    if (form && /comment|reply|respond|newsletter|subscri|signup|sign-up|login|log-in|search/i.test(`${form.id} ${form.getAttribute('class') ?? ''} ${form.getAttribute('action') ?? ''}`)) continue;
    if (form && isCommentOrSignup(form)) continue;
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (['hidden', 'submit', 'button', 'reset', 'image', 'search'].includes(type)) continue;
    if (el.tagName.toUpperCase() === 'INPUT' && /^(q|s|query|search)$/i.test(el.getAttribute('name') ?? '')) continue;
    if (isHidden(el)) continue;
    n++;
  }
  return n;
}

/**
 * Paragraphs that read like running text: long enough, ending like a sentence, words in a
 * row (or, in Chinese and Japanese, which put no spaces between words, a run of their script).
 */
export function runningTexts(texts: readonly string[]): string[] {
  return texts.filter(
    (t) =>
      t.length >= 80 &&
      /[.!?…"”’»)。！？」』）]$/.test(t) &&
      (/[a-z\u00c0-\uffff]{2,}\s+\S+\s+\S+/i.test(t) || /[\u3040-\u30ff\u3400-\u9fff]{8}/.test(t)),
  );
}

/**
 * Share of the text in paragraphs of prose: 80 characters or more of words, whether or not
 * they end like a sentence (a news item's first line often has no full stop).
 */
export function proseShare(texts: readonly string[], total: number): number {
  if (total <= 0) return 0;
  const prose = texts.filter((t) => t.length >= 80 && (/[a-z\u00c0-\uffff]{2,}\s+\S+\s+\S+/i.test(t) || /[\u3040-\u30ff\u3400-\u9fff]{8}/.test(t)));
  return prose.reduce((n, t) => n + t.length, 0) / total;
}

/** Count of paragraphs that read like running text. */
export function runningParagraphs(texts: readonly string[]): number {
  return runningTexts(texts).length;
}
