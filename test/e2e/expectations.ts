import { expect } from 'vitest';
import type { PopupView } from '../../scripts/browsers/popup-view';
import { CHINESE_ARTICLE, CHINESE_FEED_OUTLET, CHINESE_STORIES, FRENCH_ARTICLE, FRENCH_FEED_OUTLET, FRENCH_STORIES } from './feed-server';

const TAIWAN_ACCUSATION = /Taiwan.*interfer|interfer.*Taiwan/i;

/** What a reader of the Moscow Times demo article must see in the popup, in any browser. */
export function expectMoscowTimesAnalysis(view: PopupView): void {
  expect(view.state, view.text).toBe('done');
  const taiwan = view.items.find((item) => TAIWAN_ACCUSATION.test(item.text) && /election/i.test(item.text));
  expect(taiwan, `no item on Taiwan's accusation of election interference among:\n${view.items.map((i) => i.text).join('\n')}`).toBeDefined();
  expect(taiwan?.outlets).toContain('HuffPost UK');
  // The article itself reports the hour-long call: it is not omitted context.
  expect(view.items.filter((item) => /hour-long/i.test(item.text))).toEqual([]);
  const related = view.related.join('\n');
  for (const outlet of ['Al Jazeera', 'HuffPost UK', 'AFP', 'The Straits Times']) expect(related).toContain(outlet);
  expect(view.related).toHaveLength(4);
  expect(related).not.toContain('The Moscow Times');
  // AFP's and Al Jazeera's texts come without a title: each is shown by its first sentence.
  expect(related).not.toContain('Untitled');
  expect(view.related.find((entry) => entry.startsWith('AFP'))).toMatch(/^AFP Chinese President Xi Jinping and his Russian counterpart/);
}

export function expectNotArticle(view: PopupView): void {
  expect(view.state, view.text).toBe('not-article');
  expect(view.text).toContain('Analyze anyway');
}

/** The popup on an article whose only related coverage is loosely related (the farmers' article against the feed's dam story). */
export function expectLooseCoverage(view: PopupView): void {
  expect(view.state, view.text).toBe('done');
  expect(view.text).toContain('Loosely related coverage only. None of the articles compared with is clearly about this story');
  expect(view.text).toMatch(/\d+ facts? a loosely related article reports, most important first\./);
  expect(view.related).toHaveLength(1);
  expect(view.related[0]).toMatch(/^Valley Courier Valley dam to be raised by four metres Loosely related \d\d%$/);
  expect(view.items.length).toBeGreaterThan(0);
  for (const item of view.items) expect(item.outlets).toEqual(['Valley Courier']);
}

/** The popup on the Chinese report of the call, with the Chinese feed's two stories in the corpus. */
export function expectChineseAnalysis(view: PopupView): void {
  expect(view.state, view.text).toBe('done');
  // The page's title without the outlet's name that its <title> adds.
  expect(view.text).toContain(CHINESE_ARTICLE.title);
  expect(view.text).not.toContain(`| ${CHINESE_ARTICLE.outlet}`);
  // The feed's report of the call, clearly related; not the storm.
  expectOnlyFeedStoryRelated(view, CHINESE_FEED_OUTLET, CHINESE_STORIES[0].title);
  const texts = view.items.map((item) => item.text);
  // What the report adds: Taiwan's accusation, the talk of Ukraine; nothing the reader's article says (the call, its opposing interference).
  expect(texts).toContain('值得注意的是，台湾在今年一月曾指责中国多次干预其总统选举。');
  expect(texts.some((text) => text.includes('乌克兰局势'))).toBe(true);
  expect(texts.some((text) => text.startsWith('俄罗斯总统普京周四') || text.includes('暴雨'))).toBe(false);
  // Last year's trade figure against the article's January–November one: a difference of scope, not an omission.
  expect(view.text).toContain(`2182亿美元 here, 2401亿美元 in ${CHINESE_FEED_OUTLET}: differs in scope: 1至11月 vs 去年`);
  expect(texts.some((text) => text.includes('2401亿美元'))).toBe(false);
}

/** The popup on the French report of the budget, with the French feed's two stories in the corpus. */
export function expectFrenchAnalysis(view: PopupView): void {
  expect(view.state, view.text).toBe('done');
  expect(view.text).toContain(FRENCH_ARTICLE.title);
  // The feed's report of the budget, clearly related; not the farmers' protest, which shares its day and many of its words.
  expectOnlyFeedStoryRelated(view, FRENCH_FEED_OUTLET, FRENCH_STORIES[0].title);
  const texts = view.items.map((item) => item.text);
  // What the report adds: the opposition's criticism, the share of GDP; nothing of the farmers.
  expect(texts).toContain("L'opposition a vivement critiqué le coût de ces annonces pour les finances publiques, alors que le déficit dépasse déjà les objectifs fixés par Bruxelles.");
  expect(texts.some((text) => text.includes('produit intérieur brut'))).toBe(true);
  expect(texts.some((text) => /agriculteurs|tracteurs|autoroutes/.test(text))).toBe(false);
}

/** One story of a feed is the related coverage, clearly (not on a second look), and every item comes from that feed. */
function expectOnlyFeedStoryRelated(view: PopupView, outlet: string, title: string): void {
  expect(view.related).toHaveLength(1);
  expect(view.related[0]).toMatch(new RegExp(`^${outlet} ${title} [^\\d]*\\d\\d%$`));
  expect(view.related[0]).not.toContain('Loosely related');
  for (const item of view.items) expect(item.outlets).toEqual([outlet]);
}
