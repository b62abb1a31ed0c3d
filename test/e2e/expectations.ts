import { expect } from 'vitest';
import type { PopupView } from '../../scripts/browsers/popup-view';

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
