/**
 * The demo corpus: the five seed articles (test/fixtures/seeds, origin in its README) with
 * the outlet each comes from. Titles follow the corpus rule for .txt files (a short first
 * line without a final period); none of the texts states a publication date.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { textToDocument } from '../../src/engine/corpus/records';
import type { CorpusDocument } from '../../src/engine/types';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../test/fixtures/seeds');

/** File, outlet and the slug of its demo page. */
export const SEEDS = [
  { file: '000_f6d8503adc2b8999.txt', source: 'The Moscow Times', slug: 'moscow-times' },
  { file: '001_ae30d0a36fc04354.txt', source: 'Al Jazeera', slug: 'al-jazeera' },
  { file: '002_7c7596a279809a0e.txt', source: 'HuffPost UK', slug: 'huffpost-uk' },
  { file: '003_70745ba918bb0d59.txt', source: 'AFP', slug: 'afp' },
  { file: '004_a74d45a3fa71e733.txt', source: 'The Straits Times', slug: 'straits-times' },
] as const;

export type Seed = (typeof SEEDS)[number];

export function seedDocument(seed: Seed): CorpusDocument {
  const text = readFileSync(resolve(SEEDS_DIR, seed.file), 'utf8');
  return { ...textToDocument(text, seed.file), source: seed.source, lang: 'en' };
}

export function demoCorpus(): CorpusDocument[] {
  return SEEDS.map(seedDocument);
}
