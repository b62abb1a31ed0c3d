/** The marks flow's and the popup's drivers over Playwright pages in Chromium, for every Chromium test. */
import type { Page } from 'playwright-core';
import { inOverlay } from '../../scripts/browsers/chromium';
import { artifactPath } from '../../scripts/browsers/paths';
import { expandItemsInPopup, popupSettledInPage, readItemsInPopup, readPopupInPage, type PopupView } from '../../scripts/browsers/popup-view';
import type { PageDriver, PopupDriver } from './marks-flow';

/** Waits until the popup settles, screenshots it under artifacts/e2e and reads it. */
export async function settledView(popup: Page, screenshot: string): Promise<PopupView> {
  await popup.waitForFunction(popupSettledInPage, undefined, { timeout: 15_000 });
  await popup.screenshot({ path: artifactPath(`e2e/${screenshot}`), fullPage: true });
  return popup.evaluate(readPopupInPage);
}

export function pageDriver(page: Page): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    inOverlay: (fn, arg) => inOverlay(page, fn, arg),
    hover: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path })),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    bringToFront: () => page.bringToFront(),
  };
}

export function popupDriver(popup: Page): PopupDriver {
  return {
    items: async () => {
      await popup.evaluate(expandItemsInPopup);
      await popup.waitForTimeout(200);
      return popup.evaluate(readItemsInPopup);
    },
    reveal: (itemId) => popup.locator(`[data-item-id="${itemId}"] [data-testid="reveal-claim"]`).click(),
    toggleMarks: () => popup.locator('[data-testid="marks-toggle"]').click(),
  };
}
