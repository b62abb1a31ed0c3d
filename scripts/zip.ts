import { zipSync, type Zippable } from 'fflate';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Zips a directory's contents (paths relative to it, as the stores expect). */
export function zipDirectory(dir: string, zipPath: string): void {
  const files: Zippable = {};
  const walk = (relative: string): void => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files[path] = readFileSync(join(dir, path));
    }
  };
  walk('');
  writeFileSync(zipPath, zipSync(files, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') }));
}
