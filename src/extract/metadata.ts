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
