// @vitest-environment happy-dom
// (happy-dom replaces the global URL; node:url's own is used to find the seed files.)
import { readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANALYSIS, DOC } from './test-fixtures';

const seeds = fileURLToPath(new NodeURL('../../test/fixtures/seeds/', import.meta.url));
const read = (doc: string) => readFileSync(seeds + doc, 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the fixed analysis is true to the seeds', () => {
  it('quotes every source sentence exactly (whitespace aside)', () => {
    for (const item of ANALYSIS.omitted) {
      for (const source of item.sources) expect(squash(read(source.doc))).toContain(squash(source.quote));
    }
    for (const d of ANALYSIS.discrepancies) {
      expect(squash(read(d.corpus.doc))).toContain(squash(d.corpus.quote));
      expect(read(DOC.moscowTimes)).toContain(d.article.quote);
    }
  });
  it('gives claims that sit at their offsets in the Moscow Times text', () => {
    const article = read(DOC.moscowTimes);
    for (const item of ANALYSIS.omitted) {
      if (item.claim) expect(article.slice(item.claim.start, item.claim.end)).toBe(item.claim.text);
    }
  });
});
