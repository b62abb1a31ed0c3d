// Writes public/demo-corpus.json, the corpus the extension ships, from the seed articles.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoCorpus } from './seeds';

export const DEMO_CORPUS_PATH = resolve(import.meta.dirname, '../../public/demo-corpus.json');

export function demoCorpusJson(): string {
  return JSON.stringify(demoCorpus(), null, 2) + '\n';
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(DEMO_CORPUS_PATH, demoCorpusJson());
  console.log(`wrote ${DEMO_CORPUS_PATH}`);
}
