export type Browser = 'chrome' | 'firefox';

/** The add-on id Firefox knows Lacuna by; tests use it to fix the extension's UUID. */
export const GECKO_ID = 'lacuna@lacuna';

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; scripts?: string[] }; permissions?: string[] };

/** Chrome-only permissions: Firefox's background page has a DOM, so it needs no offscreen document (and its linter rejects the permission). */
const CHROME_ONLY_PERMISSIONS = new Set(['offscreen']);

/**
 * The per-browser manifest from the one source manifest: Chrome runs the background as a
 * service worker (with an offscreen document to parse pages); Firefox runs the same bundle
 * as a background script, without the `offscreen` permission, and needs its add-on settings
 * (id, minimum version, the data-collection declaration: none).
 */
export function browserManifest(source: Manifest, browser: Browser, version: string): Manifest {
  const manifest: Manifest = { ...source, version };
  if (browser === 'chrome') return manifest;
  const script = source.background?.service_worker;
  if (!script) throw new Error('manifest.json: background.service_worker is missing');
  return {
    ...manifest,
    ...(source.permissions ? { permissions: source.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.has(p)) } : {}),
    background: { scripts: [script] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads the data-collection declaration from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
