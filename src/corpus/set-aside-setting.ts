/**
 * Related articles the reader set aside as another story than the article's ("Not this
 * story"): per article, by its address, in `storage.local`; never its related coverage again
 * until the reader brings them back.
 */
import type { LocalArea } from './capture-setting';
import { urlKey } from './keys';

export const SET_ASIDE_KEY = 'setAside';
/** Articles remembered; beyond this, the ones set aside for longest are forgotten first. */
export const SET_ASIDE_ARTICLES = 500;

type SetAsideMap = Record<string, string[]>;

/**
 * The key an article's choices are kept under: its address as duplicates compare it (urlKey),
 * without what does not name the article either (scheme, "www.", utm_ tracking parameters), so
 * that the same article reached by a tracked link or over http keeps them.
 */
export function articleKey(url: string): string {
  const key = urlKey(url);
  if (!key) return url.trim();
  const address = new URL(key);
  for (const name of [...address.searchParams.keys()]) if (/^utm_/i.test(name)) address.searchParams.delete(name);
  return `${address.host.replace(/^www\./, '')}${address.pathname}${address.search}`;
}

async function readAll(area: LocalArea): Promise<SetAsideMap> {
  const value = (await area.get(SET_ASIDE_KEY))[SET_ASIDE_KEY];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const map: SetAsideMap = {};
  for (const [article, docs] of Object.entries(value)) {
    if (Array.isArray(docs)) map[article] = docs.filter((doc): doc is string => typeof doc === 'string');
  }
  return map;
}

/** The documents set aside for an article (none for an article without an address). */
export async function setAsideFor(area: LocalArea, article: string | null): Promise<string[]> {
  if (!article) return [];
  return (await readAll(area))[articleKey(article)] ?? [];
}

/** Adds documents to an article's list, which becomes the most recent. */
function addTo(map: SetAsideMap, article: string, docs: readonly string[]): void {
  const key = articleKey(article);
  const kept = [...new Set([...(map[key] ?? []), ...docs])];
  delete map[key];
  map[key] = kept;
}

/** Removes documents from an article's list, and the list when nothing is left in it. */
function takeFrom(map: SetAsideMap, article: string, docs: readonly string[]): void {
  const key = articleKey(article);
  const left = (map[key] ?? []).filter((doc) => !docs.includes(doc));
  if (left.length > 0) map[key] = left;
  else delete map[key];
}

async function write(area: LocalArea, map: SetAsideMap): Promise<void> {
  await area.set({ [SET_ASIDE_KEY]: Object.fromEntries(Object.entries(map).slice(-SET_ASIDE_ARTICLES)) });
}

/** What the corpus knows of both sides of a choice: the documents kept at an address, a document's address. */
export interface CorpusAddresses {
  idsAt(url: string): Promise<string[]>;
  urlOf(id: string): Promise<string | null>;
}

/**
 * "Not this story" holds both ways: the document is set aside for the article, and the
 * article's copies in the corpus for the document's own address, so that reading the
 * document later does not offer the article either. One write. Returns the document's address.
 */
export async function setAsideBothWays(area: LocalArea, corpus: CorpusAddresses, article: string, doc: string): Promise<string | null> {
  const [articleIds, docUrl] = await Promise.all([corpus.idsAt(article), corpus.urlOf(doc)]);
  const map = await readAll(area);
  addTo(map, article, [doc]);
  const reverse = articleIds.filter((id) => id !== doc);
  if (docUrl && reverse.length > 0 && articleKey(docUrl) !== articleKey(article)) addTo(map, docUrl, reverse);
  await write(area, map);
  return docUrl;
}

/**
 * Brings back every document set aside for an article, and the article for each of them
 * (whichever side it was set aside from). One write. Returns the documents' addresses.
 */
export async function bringBackBothWays(area: LocalArea, corpus: CorpusAddresses, article: string): Promise<string[]> {
  const docs = await setAsideFor(area, article);
  const [articleIds, urls] = await Promise.all([corpus.idsAt(article), Promise.all(docs.map((doc) => corpus.urlOf(doc)))]);
  const addresses = [...new Set(urls.filter((url): url is string => url !== null))];
  const map = await readAll(area);
  takeFrom(map, article, docs);
  for (const url of addresses) if (articleKey(url) !== articleKey(article)) takeFrom(map, url, articleIds);
  await write(area, map);
  return addresses;
}
