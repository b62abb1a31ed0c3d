/**
 * Article extraction: DOM → Extraction. Pure over a `Document` (no browser or Node API), so
 * the content script (live page) and the CLI (linkedom) run the same code. Readability runs
 * on a clone; the page itself is never changed.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleText, Extraction, TextBlock } from './types';
import { REASONS, formFieldCount, looksLikeSearch, probablyReaderable, proseShare, runningParagraphs } from './detect';
import { dateNearHeadline, normalizeDate, readMetadata, type PageMetadata } from './metadata';
import { PAYWALL_TEXT, hasPaywallBox } from './paywall';
import { markPaths, resolvePath } from './paths';
import { pruneContent } from './prune';
import { BLOCK_SEPARATOR, blocksFromContent, collapseWhitespace, type BlockText } from './text';

export interface ExtractOptions {
  /** Extract even when the page does not look like an article. */
  force?: boolean;
}

/** Readability failed in a way that is not "no article here" (a DOM it cannot work with). */
export class ExtractionError extends Error {
  override name = 'ExtractionError';
}

interface Readable {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  content: Element;
}


/**
 * A copy of the page for Readability to work on, with its style sheets left empty: a browser
 * parses the style sheets of a document copied whole, which on pages with a megabyte of
 * inline CSS costs more than all the rest of the extraction. The element tree (and so every
 * element's path) is the same; the copy keeps the page's address for resolving links.
 */
function copyOfPage(doc: Document): Document {
  const root = doc.documentElement;
  const copy = doc.cloneNode(false) as Document;
  if (!root || typeof copy.adoptNode !== 'function') return doc.cloneNode(true) as Document;
  const tree = root.cloneNode(true) as Element;
  for (const style of Array.from(tree.querySelectorAll('style'))) style.textContent = '';
  copy.appendChild(copy.adoptNode(tree));
  return copy;
}

function parseClone(clone: Document): Readable | null {
  let result;
  try {
    result = new Readability<Element>(clone, { keepClasses: true, serializer: (node) => node as Element }).parse();
  } catch (err) {
    throw new ExtractionError(`Readability failed on this page: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!result || !result.content) return null;
  return {
    title: result.title ?? null,
    byline: result.byline ?? null,
    siteName: result.siteName ?? null,
    publishedTime: result.publishedTime ?? null,
    lang: result.lang ?? null,
    content: result.content,
  };
}

function prune(doc: Document, meta: PageMetadata, r: Readable): void {
  const url = meta.canonical ?? (doc.documentURI && doc.documentURI !== 'about:blank' ? doc.documentURI : null);
  pruneContent(r.content, { title: meta.title, byline: meta.byline, url });
  if (r.title && r.title !== meta.title) pruneContent(r.content, { title: r.title, url });
}

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = collapseWhitespace(s);
  return t || null;
}

/**
 * What stands between a title and the site's name: a bar, underscore or bullet, spaced or not;
 * a dash or colon only with spaces around it ("AP-NORC poll", "Vox: Explained" keep theirs),
 * except against Chinese or Japanese, which put no spaces ("标题-新华网").
 */
const CHINESE_OR_JAPANESE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
const BEFORE_SITE = String.raw`(?:\s*[|｜_·•»]\s*|\s+[-–—:]\s+|(?<=${CHINESE_OR_JAPANESE})\s*[-–—]\s*)`;
const AFTER_SITE = String.raw`(?:\s*[|｜_·•»]\s*|\s+[-–—:]\s+|\s*[-–—]\s*(?=${CHINESE_OR_JAPANESE}))`;

/**
 * A title without the site's name the page added to it ("Dam approved | Valley Courier",
 * "标题_新浪新闻"): Readability drops it only from titles of five words or more, and a title in
 * Chinese or Japanese has few spaces. Only the outlet's own name goes, at either end.
 */
export function withoutSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const name = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`${BEFORE_SITE}${name}$`, 'iu'), '').replace(new RegExp(`^${name}${AFTER_SITE}`, 'iu'), '');
  return stripped.trim() ? stripped.trim() : title;
}

function cleanByline(s: string | null | undefined): string | null {
  const t = clean(s);
  if (!t) return null;
  if (/^https?:\/\//i.test(t)) return null;
  const stripped = t
    .replace(/^(?:by|von|par|por|di|door)\s*:?\s+/i, '')
    // A date run into the byline: "Ana Li — November 18, 2019", "Ana LiNovember 15, 2019", "ANA LI - 2019-04-10".
    .replace(/\s*(?:[-–—|,]\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}).*$/i, '')
    .trim();
  // A "byline" longer than a few names is a paragraph Readability mistook for one.
  return stripped && stripped.length <= 200 ? stripped : null;
}

function articleText(meta: PageMetadata, r: Readable | null, url: string | null, text: string, truncated: boolean, doc?: Document): ArticleText {
  return {
    url: meta.canonical ?? url,
    title: withoutSiteName(clean(r?.title) ?? meta.title, meta.source ?? clean(r?.siteName)),
    byline: cleanByline(meta.byline) ?? cleanByline(r?.byline),
    source: meta.source ?? clean(r?.siteName),
    published: meta.published ?? normalizeDate(r?.publishedTime) ?? (doc ? dateNearHeadline(doc) : null),
    lang: meta.lang ?? clean(r?.lang),
    text,
    truncated,
  };
}

function notArticle(meta: PageMetadata, r: Readable | null, url: string | null, reason: string): Extraction {
  return { isArticle: false, reason, article: articleText(meta, r, url, '', false), blocks: [] };
}

/** Drops trailing blocks that are a paywall box Readability took in ("Subscribe to continue reading"). */
function dropPaywallTail(t: BlockText): { text: string; blocks: TextBlock[]; dropped: boolean } {
  const texts = t.blocks.map((b) => t.text.slice(b.start, b.end));
  let n = t.blocks.length;
  while (n > 0 && texts[n - 1]!.length < 300 && PAYWALL_TEXT.test(texts[n - 1]!)) n--;
  if (n === t.blocks.length) return { text: t.text, blocks: t.blocks, dropped: false };
  const blocks = t.blocks.slice(0, n);
  return { text: blocks.length ? t.text.slice(0, blocks[blocks.length - 1]!.end) : '', blocks, dropped: true };
}

/**
 * The extraction in stages; each `yield` is a point where the work may pause and let the
 * page run (between reading the metadata, copying the page, Readability, pruning and
 * reading the text). Readability works on a copy taken at once, so the page may change
 * during a pause without changing what is read.
 */
function* extractionSteps(doc: Document, url: string | null, options: ExtractOptions): Generator<void, Extraction> {
  const force = options.force === true;
  const meta = readMetadata(doc, url);
  const declared = meta.declaredArticle;
  const search = !declared && looksLikeSearch(doc, url);

  if (!force && search) return notArticle(meta, null, url, REASONS.search);
  // Readability's own pre-check turns away short items whose paragraphs are under 100
  // characters or sit in no <p>: it only decides how strictly the text is judged below.
  const readerable = declared || probablyReaderable(doc);
  yield;

  const clone = copyOfPage(doc);
  yield;
  if (clone.body) markPaths(clone.body);
  yield;
  const readable = clone.body ? parseClone(clone) : null;
  if (!readable) {
    return notArticle(meta, null, url, force ? REASONS.noText : REASONS.unreadable);
  }
  yield;
  prune(doc, meta, readable);
  yield;

  const raw = blocksFromContent(readable.content);
  const { text, blocks, dropped } = dropPaywallTail(raw);
  if (!text) return notArticle(meta, readable, url, REASONS.noText);

  if (!force) {
    const texts = blocks.map((b) => text.slice(b.start, b.end));
    const running = runningParagraphs(texts);
    // A short news item is nearly all prose; a list, a profile or a form page is not.
    const prose = proseShare(texts, text.length);
    const linkDensity = text.length > 0 ? raw.linkChars / raw.text.length : 1;
    if (formFieldCount(doc) >= 3 && running < 3 && text.length < 1500) {
      return notArticle(meta, readable, url, REASONS.form);
    }
    const shortItem = running >= 2 && prose >= 0.7 && linkDensity < 0.1;
    const enough = declared
      ? running >= 1 || text.length >= 400
      : (running >= 3 && text.length >= 500 && (readerable || prose >= 0.5)) ||
        (running >= 2 && text.length >= 800 && linkDensity < 0.25) ||
        shortItem;
    if (!enough || linkDensity > 0.5) return notArticle(meta, readable, url, REASONS.littleText);
  }
  yield;

  const lastBlock = blocks[blocks.length - 1];
  const lastSource = lastBlock ? resolvePath(doc, lastBlock.path) : null;
  const truncated = meta.notFree || dropped || hasPaywallBox(doc, lastSource);

  return { isArticle: true, reason: '', article: articleText(meta, readable, url, text, truncated, doc), blocks };
}

/**
 * Decides whether `doc` is an article and extracts its text and metadata. When it is not
 * one (and `force` is not set), `isArticle` is false and `reason` says why in words for a
 * person. Throws ExtractionError only when Readability itself breaks on the document.
 */
export function extractArticle(doc: Document, url: string | null, options: ExtractOptions = {}): Extraction {
  const steps = extractionSteps(doc, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same extraction as `extractArticle`, awaiting `pause()` between its stages so that a
 * page stays responsive: the caller decides how to wait (idle time in a browser).
 */
export async function extractArticleInStages(
  doc: Document,
  url: string | null,
  pause: () => Promise<void>,
  options: ExtractOptions = {},
): Promise<Extraction> {
  const steps = extractionSteps(doc, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

export { BLOCK_SEPARATOR };
