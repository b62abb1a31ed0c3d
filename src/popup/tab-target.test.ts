import { resolveTabId } from './tab-target';

describe('resolveTabId', () => {
  it('takes the tab named in the popup URL', async () => {
    expect(await resolveTabId('?tab=42', async () => 7)).toBe(42);
  });
  it('rejects a tab parameter that is not a tab id', async () => {
    expect(await resolveTabId('?tab=abc', async () => 7)).toBeNull();
    expect(await resolveTabId('?tab=-1', async () => 7)).toBeNull();
  });
  it('falls back to the active tab', async () => {
    expect(await resolveTabId('', async () => 7)).toBe(7);
    expect(await resolveTabId('', async () => undefined)).toBeNull();
  });
});
