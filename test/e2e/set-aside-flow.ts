/** Setting a related article aside as another story, and bringing it back, as a reader does in the popup: the same in every browser. */
import { expect } from 'vitest';
import type { PopupView } from '../../scripts/browsers/popup-view';
import { expectMoscowTimesAnalysis } from './expectations';

export interface SetAsideDriver {
  click(selector: string): Promise<void>;
  /** Waits until an element matching the selector is there (or, `present` false, gone). */
  waitFor(selector: string, present: boolean): Promise<void>;
  /** Scrolls the popup to an element, for the screenshot to show it. */
  scrollTo(selector: string): Promise<void>;
  /** Waits until the popup settles, screenshots it and reads it. */
  view(screenshot: string): Promise<PopupView>;
}

const NOTICE = '[data-testid="set-aside-notice"]';

/** On the Moscow Times demo article's settled popup: AFP's report set aside, then brought back. */
export async function checkSetAsideAndBringBack(popup: SetAsideDriver, browser: string): Promise<void> {
  await popup.click('button[aria-label^="Not this story: leave out AFP’s article"]');
  await popup.waitFor(NOTICE, true);
  await popup.scrollTo(NOTICE);
  const without = await popup.view(`${browser}-popup-set-aside.png`);
  expect(without.state, without.text).toBe('done');
  expect(without.related).toHaveLength(3);
  expect(without.related.join('\n')).not.toContain('AFP');
  expect(without.items.length).toBeGreaterThan(0);
  expect(without.items.flatMap((item) => item.outlets)).not.toContain('AFP');
  expect(without.text).toContain('1 article set aside as another story.');

  await popup.click(`${NOTICE} button`);
  // The notice goes as the analysis starts again; the related list comes back with its result.
  await popup.waitFor(NOTICE, false);
  await popup.waitFor('[data-testid="related-doc"]', true);
  await popup.scrollTo('[data-testid="related-doc"]:last-child');
  expectMoscowTimesAnalysis(await popup.view(`${browser}-popup-brought-back.png`));
}
