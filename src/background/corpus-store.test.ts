import { parseBundledCorpus } from './corpus-store';

describe('the bundled corpus store', () => {
  it('reads records into documents, with missing metadata as null', () => {
    expect(parseBundledCorpus([{ id: 'a', text: 'Some text.', source: 'Outlet' }])).toEqual([
      { id: 'a', text: 'Some text.', source: 'Outlet', url: null, title: null, published: null, lang: null },
    ]);
  });

  it('says which record is wrong and how', () => {
    expect(() => parseBundledCorpus({})).toThrow('expected an array');
    expect(() => parseBundledCorpus([{ id: 'a', text: 'x' }, { id: 'b' }])).toThrow('record 2: has no text');
    expect(() => parseBundledCorpus([{ id: 'a', text: 'x', title: 3 }])).toThrow('record 1: "title" must be a string or null');
  });
});
