/**
 * Builds the extension: dist/chrome and dist/firefox from the one root manifest.json.
 * `--package` also writes the two store zips to dist/.
 *
 * Content scripts and the background are single-file IIFE bundles: an injected content
 * script cannot load modules, and one bundle serves Chrome's service worker and
 * Firefox's background scripts alike.
 */
import { build, type InlineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserManifest, type Browser } from './manifest';
import { noHtmlSinks } from './no-html-sinks';
import { zipDirectory } from './zip';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const chromeDir = resolve(dist, 'chrome');

/** Each script entry becomes `<name>.js` at the root of the build. */
const scriptEntries: Record<string, string> = {
  background: 'src/background/index.ts',
  content: 'src/content/on-request.ts',
  'content-auto': 'src/content/on-load.ts',
};

const shared: InlineConfig = {
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

async function buildPages(): Promise<void> {
  await build({
    ...shared,
    root: resolve(root, 'src/popup'),
    base: '/',
    publicDir: resolve(root, 'public'),
    plugins: [preact(), noHtmlSinks()],
    build: {
      outDir: chromeDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { popup: resolve(root, 'src/popup/popup.html') } },
    },
  });
}

/**
 * A page of its own root written next to the popup (emptyOutDir off): the options page, and
 * Chrome's offscreen document that parses the pages fetched for feeds.
 */
async function buildExtraPage(name: string, folder: string): Promise<void> {
  await build({
    ...shared,
    root: resolve(root, folder),
    base: '/',
    publicDir: false,
    plugins: [preact(), noHtmlSinks()],
    build: {
      outDir: chromeDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      rollupOptions: { input: { [name]: resolve(root, folder, `${name}.html`) } },
    },
  });
}

async function buildScript(name: string, entry: string): Promise<void> {
  await build({
    ...shared,
    root,
    publicDir: false,
    plugins: [preact(), noHtmlSinks()],
    build: {
      outDir: chromeDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: `lacuna_${name.replace('-', '_')}`, fileName: () => `${name}.js` },
    },
  });
}

function writeManifest(dir: string, browser: Browser): void {
  const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version as string;
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(browserManifest(source, browser, version), null, 2) + '\n');
}

async function main(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  await buildPages();
  await buildExtraPage('options', 'src/options');
  await buildExtraPage('offscreen', 'src/offscreen');
  for (const [name, entry] of Object.entries(scriptEntries)) await buildScript(name, entry);
  const firefoxDir = resolve(dist, 'firefox');
  mkdirSync(firefoxDir, { recursive: true });
  cpSync(chromeDir, firefoxDir, { recursive: true });
  writeManifest(chromeDir, 'chrome');
  writeManifest(firefoxDir, 'firefox');
  console.log(`built ${chromeDir}\nbuilt ${firefoxDir}`);
  if (process.argv.includes('--package')) {
    const version = JSON.parse(readFileSync(resolve(chromeDir, 'manifest.json'), 'utf8')).version as string;
    for (const browser of ['chrome', 'firefox'] as const) {
      const zip = resolve(dist, `lacuna-${browser}-${version}.zip`);
      zipDirectory(resolve(dist, browser), zip);
      console.log(`packaged ${zip}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
