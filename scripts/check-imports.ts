/**
 * The import walls of docs/ARCHITECTURE.md, checked on every `npm run typecheck`:
 * - src/engine imports nothing from the rest of src and only pure packages;
 * - src/anchor is pure over a Document: nothing but src/anchor;
 * - src/extract and src/ui know nothing of the browser's extension API;
 * - only entry files and wiring modules import webextension-polyfill;
 * - what the pages and content scripts load never reaches the languages' stemmers and
 *   function-word lists: those are the worker's (tens of kilobytes each bundle would carry).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

interface Rule {
  folder: string;
  /** May this folder's file import `specifier` (resolved path for relative imports)? */
  allows(specifier: string, resolved: string | null): boolean;
  why: string;
}

const inside = (folder: string, path: string | null): boolean => path !== null && (path === folder || path.startsWith(folder + '/'));
/** Pure packages the engine may use: the stemmers and function-word lists (one module per language). */
const ENGINE_PACKAGES = ['stemmer', '@orama/stemmers', '@orama/stopwords'];
const isEnginePackage = (specifier: string): boolean =>
  ENGINE_PACKAGES.some((name) => specifier === name || specifier.startsWith(name + '/'));

const rules: Rule[] = [
  {
    folder: 'src/engine',
    allows: (spec, path) => (path ? inside('src/engine', path) : isEnginePackage(spec)),
    why: 'the engine is pure: it imports only src/engine and pure packages (' + ENGINE_PACKAGES.join(', ') + ')',
  },
  {
    folder: 'src/extract',
    allows: (spec, path) => (path ? inside('src/extract', path) || path === 'src/engine/types' : spec !== 'webextension-polyfill'),
    why: 'extraction is pure over a Document: no browser extension API, nothing from other parts',
  },
  {
    folder: 'src/corpus',
    allows: (_spec, path) => path !== null && (inside('src/corpus', path) || inside('src/engine', path)),
    why: 'the corpus import path is pure: it imports only src/corpus and src/engine (pages are extracted by a function passed in)',
  },
  {
    folder: 'src/anchor',
    allows: (_spec, path) => path !== null && inside('src/anchor', path),
    why: 'anchoring is pure over a Document: it imports only src/anchor (no packages, no browser API)',
  },
  {
    folder: 'src/ui',
    allows: (spec, path) => (path ? !inside('src/background', path) && !inside('src/content', path) && !inside('src/popup', path) : spec !== 'webextension-polyfill'),
    why: 'UI components get everything through props: no browser API, no wiring modules',
  },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const problems: string[] = [];
for (const file of files(src)) {
  const rel = relative(root, file);
  const rule = rules.find((r) => inside(r.folder, rel));
  if (!rule) continue;
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? '';
    const resolved = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)).replace(/\.tsx?$/, '') : null;
    if (!rule.allows(spec, resolved)) {
      problems.push(`${rel}: imports "${spec}", but ${rule.why}`);
    }
  }
}

/** Bundles other than the worker's, by entry file. */
const LEAN_ENTRIES = ['src/popup/main.tsx', 'src/options/main.tsx', 'src/offscreen/main.ts', 'src/content/on-request.ts', 'src/content/on-load.ts'];
const WORKER_ONLY = ['@orama/stemmers', '@orama/stopwords'];
/** Imports that load code: not `import type` / `export type`. */
const RUNTIME_IMPORT = /(?:^|\n)\s*(?:import|export)(?!\s+type\b)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"`]([^'"`]+)['"`]\s*\)/g;

function sourceFile(path: string): string | null {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

for (const entry of LEAN_ENTRIES) {
  const seen = new Map<string, string | null>([[join(root, entry), null]]);
  const queue = [join(root, entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const match of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      if (WORKER_ONLY.some((name) => spec === name || spec.startsWith(name + '/'))) {
        const path = [relative(root, file)];
        for (let at = seen.get(file); at; at = seen.get(at) ?? null) path.unshift(relative(root, at));
        problems.push(`${entry} loads "${spec}" (${path.join(' → ')}), but the languages' stemmers and lists are the worker's alone`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const next = sourceFile(resolve(dirname(file), spec));
      if (next && !seen.has(next) && !/\.(css|html)$/.test(next)) {
        seen.set(next, file);
        queue.push(next);
      }
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('import rules: ok');
