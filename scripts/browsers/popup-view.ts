/** What a reader sees in the popup, read from its DOM once it has left the loading state. */
export interface PopupView {
  state: string;
  headline: string;
  items: Array<{ text: string; outlets: string[] }>;
  related: string[];
  text: string;
}

// These run inside the popup: the drivers serialize them. They bind no named inner
// functions, because tsx (npm start) wraps those in a helper the page does not have; and
// they cannot be strings, which the extension page's CSP refuses to evaluate.

export function readPopupInPage(): PopupView {
  const space = /\s+/g;
  const root = document.querySelector('[data-state]');
  return {
    state: root?.getAttribute('data-state') ?? 'missing',
    headline: (document.querySelector('.status-headline')?.textContent ?? '').replace(space, ' ').trim(),
    items: [...document.querySelectorAll('[data-testid="omitted-item"]')].map((item) => ({
      // The rank is shown as a badge; its words for screen readers are not part of the item.
      text: [...(item.querySelector('.item-text')?.childNodes ?? [])]
        .filter((node) => !(node instanceof Element && node.classList.contains('visually-hidden')))
        .map((node) => node.textContent ?? '')
        .join('')
        .replace(space, ' ')
        .trim(),
      outlets: [...item.querySelectorAll('[data-testid="item-source"]')].map((e) => (e.textContent ?? '').replace(space, ' ').trim()),
    })),
    // What each related entry says (outlet, title, closeness), not its button.
    related: [...document.querySelectorAll<HTMLElement>('[data-testid="related-doc"]')].map((e) =>
      [...e.querySelectorAll<HTMLElement>('.related-outlet, .related-title, .closeness-label')].map((part) => part.innerText).join(' ').replace(space, ' ').trim(),
    ),
    text: document.body.innerText,
  };
}

/** True once the popup shows a settled state (not starting, not analyzing). */
export function popupSettledInPage(): boolean {
  const state = document.querySelector('[data-state]')?.getAttribute('data-state');
  return !!state && state !== 'starting' && state !== 'analyzing';
}

/** Expands every item of the popup (each shows its sources and its claim). */
export function expandItemsInPopup(): void {
  for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-testid="omitted-item"] button[aria-expanded="false"]')) toggle.click();
}

/** The popup's items (expanded first, see expandItemsInPopup) with their ids, whether each can be shown in the article, and its claim (from the expanded item). */
export function readItemsInPopup(): Array<{ id: string; text: string; outlets: string[]; claim: string | null; revealable: boolean }> {
  const space = /\s+/g;
  return [...document.querySelectorAll<HTMLElement>('[data-testid="omitted-item"]')].map((item) => {
    return {
      id: item.getAttribute('data-item-id') ?? '',
      text: [...(item.querySelector('.item-text')?.childNodes ?? [])]
        .filter((node) => !(node instanceof Element && node.classList.contains('visually-hidden')))
        .map((node) => node.textContent ?? '')
        .join('')
        .replace(space, ' ')
        .trim(),
      outlets: [...item.querySelectorAll('[data-testid="item-source"]')].map((e) => (e.textContent ?? '').replace(space, ' ').trim()),
      claim: item.querySelector('.claim q')?.textContent ?? null,
      revealable: item.querySelector('[data-testid="reveal-claim"]') !== null,
    };
  });
}
