import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_CHROME = resolve(ROOT, 'dist/chrome');
export const DIST_FIREFOX = resolve(ROOT, 'dist/firefox');
export const ARTIFACTS = resolve(ROOT, 'artifacts');

export function requireBuild(dir: string): string {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`${dir} has no build: run \`npm run build\` before the end-to-end tests`);
  }
  return dir;
}

/** A file under artifacts/ (screenshots of test runs), its folder created. */
export function artifactPath(name: string): string {
  const path = resolve(ARTIFACTS, name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
