/** A fragment that is a route of a single-page site ("#/world/123", "#!story-2"): it names another page. */
const ROUTE = /^#[!/]/;

/**
 * Which address changes of a tab are a move to another page. A change of the fragment alone
 * (a table of contents, "jump to comments", a footnote) keeps the page, its analysis and its
 * marks, unless the fragment is a route. An address without a fragment is loaded anew, as
 * browsers do ("story#comments" to "story" is a reload).
 */
export function isFragmentMove(previous: string | undefined, next: string): boolean {
  if (previous === undefined || previous === next) return false;
  try {
    const before = new URL(previous);
    const after = new URL(next);
    if (after.hash === '' || ROUTE.test(before.hash) || ROUTE.test(after.hash)) return false;
    before.hash = '';
    after.hash = '';
    return before.href === after.href;
  } catch {
    return false;
  }
}

/**
 * Follows the addresses of the tabs, to tell a navigation from a move within the page. The
 * browser tells a tab's address only once Lacuna may read the page (after a click on its
 * button), and a worker woken again has seen none, so an address not seen yet is asked of
 * `known` (the one its analysis was made on, kept across worker restarts); a tab known to
 * neither changes page with every change of address.
 */
export class TabAddresses {
  private readonly addresses = new Map<number, string>();
  private readonly movedAt = new Map<number, number>();

  constructor(
    private readonly known: (tabId: number) => Promise<string | undefined> = async () => undefined,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** How long ago the tab last moved to another page, when one was seen since the worker started. */
  movedMs(tabId: number): number | undefined {
    const at = this.movedAt.get(tabId);
    return at === undefined ? undefined : Math.max(0, this.now() - at);
  }

  /**
   * Whether the tab's update (`status`, new `url`) is a navigation to another page; remembers
   * the address it shows now (at once, so that the updates after it compare with it).
   */
  async navigates(tabId: number, change: { status?: string; url?: string }, shown: string | undefined): Promise<boolean> {
    const seen = this.addresses.get(tabId);
    if (shown !== undefined) this.addresses.set(tabId, shown);
    if (change.status !== 'loading' && change.url === undefined) return false;
    if (change.url !== undefined && isFragmentMove(seen ?? (await this.known(tabId)), change.url)) return false;
    this.movedAt.set(tabId, this.now());
    return true;
  }

  closed(tabId: number): void {
    this.addresses.delete(tabId);
    this.movedAt.delete(tabId);
  }
}
