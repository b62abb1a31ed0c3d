import { analyze, buildIndex, deserializeIndex, serializeIndex, type CorpusDocument } from '../index';

const documents: CorpusDocument[] = [1, 2, 3].map((n) => ({
  id: `doc-${n}`,
  url: n === 1 ? 'https://example.org/1' : null,
  title: null,
  source: 'Example',
  published: null,
  lang: 'en',
  text: `Sign up for our newsletter.\n\nThe council approved budget number ${n} for the harbour on Monday.\n\nFishermen protested about moorings ${n}.`,
}));

describe('serializeIndex / deserializeIndex', () => {
  it('round-trips through JSON into an index that analyzes the same', () => {
    const index = buildIndex(documents);
    const restored = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
    expect(serializeIndex(restored)).toEqual(serializeIndex(index));
    const article = { url: null, title: null, source: null, published: null, lang: 'en', text: 'The council approved a harbour budget on Monday.' };
    expect(analyze(article, restored)).toEqual(analyze(article, index));
  });

  it('keeps lines an outlet repeats in every document as its boilerplate', () => {
    const stored = serializeIndex(buildIndex(documents)) as { boilerplateLines: Record<string, string[]> };
    expect(stored.boilerplateLines['Example']).toContain('sign up for our newsletter');
  });

  it('rejects a bad or old shape with a clear error', () => {
    expect(() => deserializeIndex(null)).toThrow(/Lacuna corpus index/);
    expect(() => deserializeIndex({ format: 'lacuna-index', version: 0, documents: [] })).toThrow(/version/);
    const stored = serializeIndex(buildIndex(documents)) as { documents: Array<{ sentences: unknown[] }> };
    stored.documents[0]!.sentences[0] = ['text', 0];
    expect(() => deserializeIndex(stored)).toThrow(/documents\[0\]\.sentences\[0\]/);
    const unknownLanguage = serializeIndex(buildIndex(documents)) as { documents: Array<{ language: unknown }> };
    unknownLanguage.documents[0]!.language = 'xx';
    expect(() => deserializeIndex(unknownLanguage)).toThrow(/documents\[0\]\.language is not a language the engine reads/);
  });
});
