import { bundledCorpusStore, parseBundledCorpus } from './corpus-store';

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

  it('loads once, and tries again after a failed load', async () => {
    let calls = 0;
    const store = bundledCorpusStore(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return [{ id: 'a', text: 'x' }];
    });
    await expect(store.documents()).rejects.toThrow('offline');
    const first = await store.documents();
    expect(await store.documents()).toBe(first);
    expect(calls).toBe(2);
  });
});
