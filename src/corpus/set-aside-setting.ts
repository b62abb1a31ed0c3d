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

/** Sets a document aside for an article, which becomes the most recent. */
export async function setAsideDocument(area: LocalArea, article: string, doc: string): Promise<void> {
  const map = await readAll(area);
  const key = articleKey(article);
  const docs = [...new Set([...(map[key] ?? []), doc])];
  delete map[key];
  const kept = Object.entries(map).slice(-(SET_ASIDE_ARTICLES - 1));
  await area.set({ [SET_ASIDE_KEY]: Object.fromEntries([...kept, [key, docs]]) });
}

/** Brings back every document set aside for an article. */
export async function bringBackAll(area: LocalArea, article: string): Promise<void> {
  const map = await readAll(area);
  const key = articleKey(article);
  if (!(key in map)) return;
  delete map[key];
  await area.set({ [SET_ASIDE_KEY]: map });
}
