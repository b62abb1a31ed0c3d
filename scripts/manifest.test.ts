import { readFileSync } from 'node:fs';
import { browserManifest, GECKO_ID } from './manifest';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));

describe('browserManifest', () => {
  it('keeps the service worker for Chrome and stamps the package version', () => {
    const chrome = browserManifest(source, 'chrome', '9.9.9');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.version).toBe('9.9.9');
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(chrome.permissions).toEqual(['activeTab', 'scripting', 'storage', 'alarms', 'offscreen']);
  });

  it('gives Firefox the same bundle as a background script, its id and no data collection', () => {
    const firefox = browserManifest(source, 'firefox', '1.0.0');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('asks for no host permission up front: pages are reached only on click or where the user allowed it', () => {
    const firefox = browserManifest(source, 'firefox', '1.0.0');
    expect(firefox).not.toHaveProperty('host_permissions');
    // No offscreen document in Firefox: its background page parses pages itself.
    expect(firefox.permissions).toEqual(['activeTab', 'scripting', 'storage', 'alarms']);
    expect(firefox).not.toHaveProperty('content_scripts');
  });

  it('says what is missing when the source has no background worker', () => {
    expect(() => browserManifest({ name: 'x' }, 'firefox', '1')).toThrow(/background\.service_worker/);
  });
});
