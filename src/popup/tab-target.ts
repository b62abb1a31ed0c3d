/**
 * Which tab the popup shows: the one named in its URL as `?tab=<id>` (for tests and
 * scripting), else the active tab of the current window.
 */
export async function resolveTabId(search: string, activeTab: () => Promise<number | undefined>): Promise<number | null> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null) {
    const id = Number(named);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  return (await activeTab()) ?? null;
}
