/**
 * What Readability keeps that is not the story: site navigation, bylines and datelines,
 * photo captions and credits, share and follow widgets, newsletter and "read more" boxes,
 * related-article lists, author boxes. Removed from Readability's output (which lives in a
 * clone of the page) before its text is read. Rules look at tags, ARIA roles, class and id
 * names, link density and the wording of short blocks; none names a site.
 */
import { collapseWhitespace } from './text';

/** Page chrome by element. A form's labels and prompts are never the story (comment,
 * sign-up and search boxes that Readability keeps when they sit inside the article's container). */
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'MENU', 'FORM']);
const CHROME_ROLES = /^(?:navigation|menu|menubar|banner|contentinfo|complementary|dialog|search)$/i;

/**
 * Class or id words of widgets that are not the story. Matched as whole words inside a name
 * split at "-", "_" and camelCase ("relatedContent", "author-bio", "share_tools").
 */
const WIDGET_WORDS = new Set([
  'byline', 'bylines', 'dateline', 'author', 'authors', 'bio', 'caption', 'captions', 'credit', 'credits',
  'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'social', 'related', 'newsletter', 'signup', 'subscribe',
  'subscription', 'promo', 'advert', 'advertisement', 'sponsored', 'copyright', 'comments', 'tags',
  'timestamp', 'toolbar', 'slideshow', 'readmore', 'recirc', 'outbrain', 'taboola', 'nativo',
  'ad', 'ads', 'rail', 'sidebar', 'rollover', 'tooltip', 'popover', 'hovercard',
]);

/** Short blocks that say what they are by their wording. */
const BOILERPLATE_TEXT = [
  // Credits and captions: "Photo: X", "Image copyright X", "(Image: GETTY)", "© X".
  /^(?:photo|image|picture|foto|video|source|credit|illustration)s?(?: copyright)?\s*(?::|by\b|copyright\b)/i,
  /\((?:photo|image|picture|credit|pictured|source)s?\s*:[^)]*\)\s*$/i,
  /^(?:©|\(c\)|copyright\b)/i,
  // Datelines and bylines on their own: "Published 11:11 PM EST", "Updated on: …", "By Ana Li - 11/18/19".
  /^\|?\s*(?:published|updated|posted|last updated|first published)\b[^.!?]{0,80}$/i,
  /^by\s+[\p{Lu}][^.!?]{0,80}\b(?:\d{1,2}[:/]\d{2}|\d{4})\b[^.!?]{0,40}$/iu,
  // Prompts to go elsewhere.
  // A prompt on its own or before a colon: "Related: …", "DON'T MISS", "Read more". Not "More than 600 people…".
  /^(?:related(?: stories| articles| news| content| coverage)?|see more|see also|read more|read next|more|also|don'?t miss|recommended(?: for you)?|trending(?: now)?|most (?:read|popular)|you may also like\b.*|more (?:from|on|about) [^:]{1,40})\s*(?::|…|\.\.\.|$)/i,
  /^(?:follow|like|join) (?:us|[\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*)?) on (?:twitter|facebook|instagram|youtube|tiktok|linkedin)\b/iu,
  /^(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletters?|inbox|youtube|channel|alerts)\b/i,
  /^get .{0,60}\b(?:in|to) your inbox\b/i,
  /^continue reading(?: below)?$/i,
  /\b(?:may|can) be (?:reached|contacted) at\b/i,
  /^citation:|\bsubject to copyright\b|\ball rights reserved\b/i,
  /^(?:share|share this|share on|tweet|email|print|comments?|leave a comment|view comments|enlarge image|advert(?:isement)?|sign in|log in|skip to content)$/i,
];

const SHORT = 160;

function nameWords(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter(Boolean);
}

function isWidget(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase())) return true;
  if (CHROME_ROLES.test(el.getAttribute('role') ?? '')) return true;
  return nameWords(el).some((w) => WIDGET_WORDS.has(w));
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += collapseWhitespace(a.textContent ?? '').length;
  return n;
}

/** A list whose items are nearly all links: a list of other articles or of site sections. */
function isLinkList(el: Element, text: string): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return false;
  // One or two links are often the story's own ("Get it on Amazon"); a list of other pages is longer.
  return el.querySelectorAll('li').length >= 3 && text.length > 0 && linkTextLength(el) / text.length > 0.8;
}

/** The host without "www." and other subdomains beyond the last two labels. */
function siteOf(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).hostname.split('.').slice(-2).join('.');
  } catch {
    return null;
  }
}

/**
 * A paragraph or heading that is nothing but a link to another page of the same site: a
 * teaser for another article. Links elsewhere (a shop, a tool, a tweet button) are the
 * story's own.
 */
function isTeaser(el: Element, text: string, page: string | null): boolean {
  if (!page || !/^(?:P|H[1-6])$/.test(el.tagName.toUpperCase()) || text.length === 0) return false;
  if (linkTextLength(el) / text.length < 0.9) return false;
  return Array.from(el.querySelectorAll('a[href]')).some((a) => siteOf(a.getAttribute('href'), page) === siteOf(page, null));
}

const comparable = (s: string): string => collapseWhitespace(s).toLowerCase().replace(/^by\s+/, '');

export interface PruneHints {
  /** The article's title and byline, which the story does not repeat as a block of its own. */
  title?: string | null;
  byline?: string | null;
  /** The page's address: its own URL printed as a block is dropped, links to it mark teasers. */
  url?: string | null;
}

/** Removes, in place, everything under `content` that is not the story. */
export function pruneContent(content: Element, hints: PruneHints = {}): void {
  const page = hints.url ?? null;
  const repeats = new Set([hints.title, hints.byline, page].filter((s): s is string => !!s).map(comparable));
  const total = collapseWhitespace(content.textContent ?? '').length;
  // Never let one rule take the story itself: a match that holds most of the text is a wrapper.
  const tooBig = (text: string): boolean => text.length > total * 0.5 || (text.length > 400 && text.length > total * 0.3);
  const all = Array.from(content.querySelectorAll('*'));
  for (const el of all) {
    if (!el.isConnected && !content.contains(el)) continue;
    const text = collapseWhitespace(el.textContent ?? '');
    if (tooBig(text)) continue;
    if (
      isWidget(el) ||
      isLinkList(el, text) ||
      (text.length <= SHORT && (isBoilerplateText(el, text) || isTeaser(el, text, page))) ||
      (repeats.has(comparable(text)) && isWholeBlock(el))
    ) {
      el.remove();
    }
  }
}

const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DIV', 'SPAN', 'FIGURE', 'SECTION', 'DD', 'DT', 'TD']);

/** A block of its own: a span or div inside a paragraph is part of its sentence. */
function isWholeBlock(el: Element): boolean {
  return TEXT_BLOCKS.has(el.tagName.toUpperCase()) && el.parentElement?.tagName.toUpperCase() !== 'P';
}

function isBoilerplateText(el: Element, text: string): boolean {
  return text !== '' && isWholeBlock(el) && BOILERPLATE_TEXT.some((re) => re.test(text));
}
