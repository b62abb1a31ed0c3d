/** The marks flow's and the popup's drivers over Puppeteer pages in Firefox, for every Firefox test. */
import type { Page } from 'puppeteer-core';
import { inOverlay } from '../../scripts/browsers/firefox';
import { artifactPath } from '../../scripts/browsers/paths';
import { expandItemsInPopup, popupSettledInPage, readItemsInPopup, readPopupInPage, type PopupView } from '../../scripts/browsers/popup-view';
import type { PageDriver, PopupDriver } from './marks-flow';

/** Waits until the popup settles, screenshots it under artifacts/e2e and reads it. */
export async function settledView(popup: Page, screenshot: string): Promise<PopupView> {
  await popup.waitForFunction(popupSettledInPage, { timeout: 15_000 });
  await popup.screenshot({ path: artifactPath(`e2e/${screenshot}`) as `${string}.png`, fullPage: true });
  return popup.evaluate(readPopupInPage);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function pageDriver(page: Page): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    inOverlay: (fn, arg) => inOverlay(page, fn, arg),
    hover: async (x, y) => {
      await page.mouse.move(x - 5, y);
      await page.mouse.move(x, y);
    },
    press: (key) => page.keyboard.press(key as 'Escape'),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
  };
}

export function popupDriver(popup: Page): PopupDriver {
  return {
    items: async () => {
      await popup.evaluate(expandItemsInPopup);
      await pause(200);
      return popup.evaluate(readItemsInPopup);
    },
    reveal: (itemId) => popup.click(`[data-item-id="${itemId}"] [data-testid="reveal-claim"]`),
    toggleMarks: () => popup.click('[data-testid="marks-toggle"]'),
  };
}
