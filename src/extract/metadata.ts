/**
 * Page metadata read from the original document without changing it: JSON-LD, <meta>
 * tags, <link rel=canonical>, <time>, <html lang>.
 */
import { collapseWhitespace } from './text';

const ARTICLE_TYPES =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle)$/;

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  source: string | null;
  published: string | null;
  canonical: string | null;
  lang: string | null;
  ogType: string | null;
  /** The page declares itself an article (og:type article, JSON-LD or microdata Article types). */
  declaredArticle: boolean;
  /** JSON-LD says the article is not free to read. */
  notFree: boolean;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = collapseWhitespace(v);
    return s || null;
  }
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = str(item);
      if (s) return s;
    }
  }
  return null;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every object in the page's JSON-LD blocks (arrays and @graph flattened). Bad JSON is skipped. */
export function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
    } else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!raw) continue;
    const parsed = parseLenient(raw);
    if (parsed !== undefined) visit(parsed, 0);
  }
  return out;
}

/**
 * JSON.parse, retried once without the slips common in hand-written JSON-LD (a comma before
 * a closing bracket, raw line breaks inside strings). Undefined when it still cannot be read.
 */
function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      return JSON.parse(raw.replace(/,\s*([\]}])/g, '$1').replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}" i]`);
      const value = str(el?.getAttribute('content'));
      if (value) return value;
    }
  }
  return null;
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return [collapseWhitespace(v)].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v)) return str(v['name']) ? [str(v['name'])!] : [];
  return [];
}

/**
 * A date as ISO 8601: "YYYY-MM-DD" kept as is, ISO date-times with an offset converted to
 * UTC, ISO date-times without one kept as stated (their zone is unknown), other parseable
 * dates converted (date only when no time is given). Null when it cannot be read.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const out = normalizeDateRaw(value);
  // Placeholder dates ("0001-01-01T00:00:00Z") and far-future ones are no information.
  const year = out ? Number(out.slice(0, 4)) : NaN;
  return year >= 1900 && year <= 2200 ? out : null;
}

function normalizeDateRaw(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (iso) {
    if (!iso[3]) return `${iso[1]}T${iso[2]!.length === 5 ? `${iso[2]}:00` : iso[2]}`;
    const d = new Date(`${iso[1]}T${iso[2]}${iso[3].length === 5 ? `${iso[3].slice(0, 3)}:${iso[3].slice(3)}` : iso[3]}`);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return null;
  if (/\d:\d\d/.test(s)) return d.toISOString();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/** <html lang>, else Content-Language, og:locale ("en_GB" → "en-GB") or JSON-LD inLanguage. */
function readLang(doc: Document, ld: Json[]): string | null {
  const declared =
    str(doc.documentElement?.getAttribute('lang')) ??
    str(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    meta(doc, 'og:locale') ??
    str(ld.map((o) => o['inLanguage']).find((v) => typeof v === 'string'));
  const tag = declared?.split(/[,;\s]/)[0]?.replace(/_/g, '-') ?? '';
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

export function readMetadata(doc: Document, url: string | null): PageMetadata {
  const ld = jsonLdObjects(doc);
  const articles = ld.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const art: Json = articles[0] ?? {};
  const ogType = meta(doc, 'og:type');
  const microdata = doc.querySelector('[itemtype*="schema.org/"][itemtype*="Article" i], [itemtype*="schema.org/BlogPosting" i]') !== null;

  const publisherObj = isObject(art['publisher']) ? art['publisher'] : null;
  const orgs = ld.filter((o) => typesOf(o).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'));
  const source =
    meta(doc, 'og:site_name') ??
    str(publisherObj?.['name']) ??
    meta(doc, 'application-name') ??
    (orgs[0] ? str(orgs[0]['name']) : null);

  const authors = names(art['author']);
  const byline = authors.length > 0 ? [...new Set(authors)].join(', ') : meta(doc, 'author', 'article:author', 'byl', 'parsely-author', 'dc.creator');

  const timeEl =
    doc.querySelector('article time[datetime], time[itemprop="datePublished" i], time[pubdate]') ??
    doc.querySelector('time[datetime]');
  const datedPage = ld.find((o) => str(o['datePublished']) !== null);
  const itemprop = doc.querySelector('[itemprop="datePublished" i]');
  const candidates = [
    str(art['datePublished']),
    datedPage ? str(datedPage['datePublished']) : null,
    ...['article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'].map((k) => meta(doc, k)),
    itemprop ? str(itemprop.getAttribute('content') ?? itemprop.getAttribute('datetime') ?? itemprop.textContent) : null,
    timeEl?.getAttribute('datetime') ?? null,
  ];
  let published: string | null = null;
  for (const c of candidates) {
    published = normalizeDate(c);
    if (published) break;
  }

  const canonical =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null, url) ??
    absolute(meta(doc, 'og:url'), url) ??
    url;

  const h1 = doc.querySelector('h1');
  const titleTag = doc.querySelector('title');
  const title =
    meta(doc, 'og:title', 'twitter:title') ??
    str(art['headline']) ??
    (h1 ? str(h1.textContent) : null) ??
    (titleTag ? str(titleTag.textContent) : null);

  const free = art['isAccessibleForFree'];
  const notFree = free === false || (typeof free === 'string' && free.trim().toLowerCase() === 'false');

  return {
    title,
    byline,
    source,
    published,
    canonical,
    lang: readLang(doc, ld),
    ogType,
    declaredArticle: articles.length > 0 || /^article$/i.test(ogType ?? '') || microdata,
    notFree,
  };
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janvier: 1, feb: 2, february: 2, februar: 2, février: 2, fevrier: 2, mar: 3, march: 3, märz: 3, maerz: 3, mars: 3,
  apr: 4, april: 4, avril: 4, may: 5, mai: 5, jun: 6, june: 6, juni: 6, juin: 6, jul: 7, july: 7, juli: 7, juillet: 7,
  aug: 8, august: 8, août: 8, aout: 8, sep: 9, sept: 9, september: 9, septembre: 9, oct: 10, october: 10, oktober: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11, dec: 12, december: 12, dezember: 12, décembre: 12, decembre: 12,
};
const MONTH = '(jan(?:uary|uar)?|janvier|feb(?:ruary|ruar)?|février|fevrier|mar(?:ch)?|märz|maerz|mars|apr(?:il)?|avril|may|mai|jun[ei]?|juin|jul[yi]?|juillet|aug(?:ust)?|août|aout|sept?(?:ember|embre)?|oct(?:ober|obre)?|oktober|nov(?:ember|embre)?|dec(?:ember|embre)?|dezember|décembre)\.?';
const TIME = '(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?(?:\\s*\\(?\\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST)\\b\\)?)?';
/** "Nov 19, 2019", "Fri 6:45 PM, Feb 16, 2018" (time before), "25. September 2018", "19 November 2019, 9:02". */
const MONTH_FIRST = new RegExp(`(?:${TIME}[\\s,]+(?:[a-z]{3,9}\\.?,?\\s+)?)?\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?${TIME})?`, 'iu');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})(?:,?\\s+(?:at\\s+|um\\s+|à\\s+)?${TIME})?`, 'iu');
const ZONES: Record<string, number> = { EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, GMT: 0, UTC: 0, BST: 1, CET: 1, CEST: 2 };
const PUBLISHED_WORDS = /(?:published|posted|publiziert|veröffentlicht|publié|publicado|pubblicato)\b[^\d]{0,12}$/iu;

function isoFrom(year: number, month: number, day: number, time: string[] | null): string | null {
  if (!month || day < 1 || day > 31 || year < 1990 || year > 2200) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time || time[0] === undefined) return date;
  let hour = Number(time[0]);
  const minute = Number(time[1]);
  const half = time[2]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return date;
  const local = `${date}T${pad(hour)}:${pad(minute)}:00`;
  const zone = time[3] ? ZONES[time[3].toUpperCase()] : undefined;
  if (zone === undefined) return local;
  return new Date(Date.parse(`${local}Z`) - zone * 3_600_000).toISOString();
}

/** The first date written in `text`, with its time when one is given next to it, and where it starts. */
export function parseVisibleDate(text: string): { iso: string; index: number } | null {
  const found: Array<{ iso: string; index: number }> = [];
  const a = MONTH_FIRST.exec(text);
  if (a) {
    const iso = isoFrom(Number(a[7]), MONTHS[a[5]!.toLowerCase().replace(/\.$/, '')] ?? 0, Number(a[6]), a[1] ? [a[1], a[2]!, a[3]!, a[4]!] : a[8] ? [a[8], a[9]!, a[10]!, a[11]!] : null);
    if (iso) found.push({ iso, index: a.index });
  }
  const b = DAY_FIRST.exec(text);
  if (b) {
    const iso = isoFrom(Number(b[3]), MONTHS[b[2]!.toLowerCase().replace(/\.$/, '')] ?? 0, Number(b[1]), b[4] ? [b[4], b[5]!, b[6]!, b[7]!] : null);
    if (iso) found.push({ iso, index: b.index });
  }
  found.sort((x, y) => x.index - y.index);
  return found[0] ?? null;
}

const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'FIGCAPTION']);

/**
 * A publication date printed near the headline, for pages that give none in their markup:
 * the text from a little before the page's <h1> to a few hundred characters after it. A date
 * after "Published"/"Posted" wins; otherwise the first one there. Photo captions are not read
 * (they date the picture).
 */
export function dateNearHeadline(doc: Document, before = 200, after = 500): string | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || !doc.body) return null;
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  let length = 0;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child === h1) start = length;
      if (child.nodeType === 3) {
        const t = (child as Text).data.replace(/\s+/g, ' ');
        parts.push(t);
        length += t.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (UNSEEN.has(el.tagName.toUpperCase()) || isHiddenByAttribute(el)) continue;
        parts.push(' ');
        length += 1;
        if (walk(el)) return true;
        parts.push(' ');
        length += 1;
      }
      if (child === h1) end = length;
      if (end >= 0 && length > end + after) return true;
    }
    return false;
  };
  walk(doc.body);
  if (start < 0) return null;
  const text = parts.join('');
  const from = Math.max(0, start - before);
  const window = text.slice(from, Math.min(text.length, (end < 0 ? text.length : end) + after));
  const headline = start - from;
  // A date after "Published …" first, then the first after the headline's start (a date above
  // it may be that of something quoted), then the first before it.
  const hits: Array<{ iso: string; at: number; published: boolean }> = [];
  for (let offset = 0; hits.length < 8; ) {
    const hit = parseVisibleDate(window.slice(offset));
    if (!hit) break;
    const at = offset + hit.index;
    hits.push({ iso: hit.iso, at, published: PUBLISHED_WORDS.test(window.slice(Math.max(0, at - 40), at)) });
    offset = at + 1;
  }
  return (hits.find((h) => h.published) ?? hits.find((h) => h.at >= headline) ?? hits[0])?.iso ?? null;
}

function isHiddenByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none/i.test(style);
}
