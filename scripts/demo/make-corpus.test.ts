import { readFileSync } from 'node:fs';
import { parseBundledCorpus } from '../../src/background/corpus-store';
import { DEMO_CORPUS_PATH, demoCorpusJson } from './make-corpus';
import { SEEDS } from './seeds';

describe('the bundled demo corpus', () => {
  const shipped = readFileSync(DEMO_CORPUS_PATH, 'utf8');

  it('is up to date with the seed articles (run: npx tsx scripts/demo/make-corpus.ts)', () => {
    expect(shipped).toBe(demoCorpusJson());
  });

  it('holds every seed with its outlet and reads as the extension reads it', () => {
    const documents = parseBundledCorpus(JSON.parse(shipped));
    expect(documents.map((d) => [d.id, d.source])).toEqual(SEEDS.map((s) => [s.file, s.source]));
    expect(documents.every((d) => d.text.length > 1000)).toBe(true);
  });

  it('takes titles only where the text gives one', () => {
    const titles = Object.fromEntries(parseBundledCorpus(JSON.parse(shipped)).map((d) => [d.source, d.title]));
    expect(titles['HuffPost UK']).toMatch(/^Putin And Xi Say/);
    expect(titles['The Straits Times']).toMatch(/^Xi, Putin accuse US/);
    expect(titles['The Moscow Times']).toBeNull();
    expect(titles['Al Jazeera']).toBeNull();
  });
});
