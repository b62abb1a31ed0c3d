import { notADirectory } from '../corpus-dir';
import { UsageError } from '../errors';

/** The corpus directory of --corpus / index <dir>, checked. */
export function corpusDir(dir: string | null, what = '--corpus'): string {
  if (dir === null) throw new UsageError(`${what} is missing`);
  const why = notADirectory(dir);
  if (why) throw new UsageError(`${what} ${dir}: ${why}`);
  return dir;
}
