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

/** The corpus's answers, or none when it cannot be read: the choice is then kept one way, not lost. */
async function lookUp<T>(question: () => Promise<T>, none: T): Promise<T> {
  try {
    return await question();
  } catch {
    return none;
  }
}

/**
 * "Not this story" holds both ways: the document is set aside for the article, and the
 * article's copies in the corpus for the document's own address, so that reading the
 * document later does not offer the article either. One write; the reverse entries count
 * towards SET_ASIDE_ARTICLES like any other. Returns the document's address when the reverse
 * was written (the tabs showing it have a result that no longer applies), else null.
 */
export async function setAsideBothWays(area: LocalArea, corpus: CorpusAddresses, article: string, doc: string): Promise<string | null> {
  const [articleIds, docUrl] = await Promise.all([lookUp(() => corpus.idsAt(article), []), lookUp(() => corpus.urlOf(doc), null)]);
  const map = await readAll(area);
  addTo(map, article, [doc]);
  const reverse = articleIds.filter((id) => id !== doc);
  const both = docUrl !== null && reverse.length > 0 && articleKey(docUrl) !== articleKey(article);
  if (both) addTo(map, docUrl, reverse);
  await write(area, map);
  return both ? docUrl : null;
}

/**
 * Brings back every document set aside for an article, and the article for each of them
 * (whichever side it was set aside from): from each document's list, whatever is the article,
 * by id or by address, even a copy deleted since (a read article's id is its address). One
 * write. Returns the addresses whose list changed.
 */
export async function bringBackBothWays(area: LocalArea, corpus: CorpusAddresses, article: string): Promise<string[]> {
  const key = articleKey(article);
  const map = await readAll(area);
  const docs = map[key] ?? [];
  const urls = await Promise.all(docs.map((doc) => lookUp(() => corpus.urlOf(doc), null)));
  const addresses = [...new Set(urls.filter((url): url is string => url !== null && articleKey(url) !== key))];
  const articleIds = new Set(await lookUp(() => corpus.idsAt(article), []));
  const isTheArticle = async (id: string): Promise<boolean> => {
    if (articleIds.has(id) || articleKey(id) === key) return true;
    const at = await lookUp(() => corpus.urlOf(id), null);
    return at !== null && articleKey(at) === key;
  };
  const changed: string[] = [];
  for (const url of addresses) {
    const list = map[articleKey(url)] ?? [];
    const copies = await Promise.all(list.map(isTheArticle));
    const ofArticle = list.filter((_, at) => copies[at]);
    if (ofArticle.length === 0) continue;
    takeFrom(map, url, ofArticle);
    changed.push(url);
  }
  takeFrom(map, article, docs);
  await write(area, map);
  return changed;
}
