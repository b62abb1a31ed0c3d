/** What a reader sees in the popup, read from its DOM once it has left the loading state. */
export interface PopupView {
  state: string;
  headline: string;
  items: Array<{ text: string; outlets: string[] }>;
  related: string[];
  text: string;
}

/** Runs inside the popup page (serialized by the driver): no closures over test code. */
export function readPopupInPage(): PopupView {
  const textOf = (element: Element | null): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const root = document.querySelector('[data-state]');
  return {
    state: root?.getAttribute('data-state') ?? 'missing',
    headline: textOf(document.querySelector('.status-headline')),
    items: [...document.querySelectorAll('[data-testid="omitted-item"]')].map((item) => ({
      text: textOf(item.querySelector('.item-text')),
      outlets: [...item.querySelectorAll('[data-testid="item-source"]')].map(textOf),
    })),
    related: [...document.querySelectorAll('[data-testid="related-doc"]')].map(textOf),
    text: (document.body as HTMLElement).innerText,
  };
}

/** True in the page once the popup shows a settled state (not starting, not analyzing). */
export function popupSettledInPage(): boolean {
  const state = document.querySelector('[data-state]')?.getAttribute('data-state');
  return !!state && state !== 'starting' && state !== 'analyzing';
}
