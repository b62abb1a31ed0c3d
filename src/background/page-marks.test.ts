import type { Analysis } from '../engine/types';
import { pageMarks } from './page-marks';

const text = 'Leaders spoke by phone on Thursday.\n\nTrade rose to $240 billion in 2023, officials said.\n\nThe call lasted an hour.';
const claimOf = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });

const analysis: Analysis = {
  version: 1,
  article: { title: null, sentences: 3 },
  related: [
    { doc: 'a', title: null, source: 'Outlet A', score: 0.8 },
    { doc: 'b', title: 'B story', source: null, score: 0.5 },
  ],
  omitted: [
    { id: 'i1', text: 'Fact one.', topic: null, score: 0.9, sources: [{ doc: 'a', quote: 'Fact one, said A.' }], claim: claimOf('Leaders spoke by phone on Thursday.') },
    { id: 'i2', text: 'Fact two.', topic: null, score: 0.8, sources: [{ doc: 'b', quote: 'Fact two.' }], claim: claimOf('Leaders spoke by phone on Thursday.') },
    { id: 'i3', text: 'Fact three.', topic: null, score: 0.7, sources: [{ doc: 'a', quote: 'Three.' }], claim: null },
  ],
  discrepancies: [
    { kind: 'number', article: { quote: 'Trade rose to $240 billion  in 2023, officials said.' }, corpus: { doc: 'a', quote: 'Trade rose to $218bn.' }, note: '$240 billion here, $218bn in Outlet A' },
  ],
};

describe('pageMarks', () => {
  it('groups the items that share a claim into one mark, with outlets named and context around the quote', () => {
    const [first] = pageMarks(analysis, text);
    expect(first).toMatchObject({ kind: 'omission', quote: { exact: 'Leaders spoke by phone on Thursday.', prefix: '' } });
    expect(first?.quote.suffix.startsWith('\n\nTrade rose')).toBe(true);
    expect(first?.items.map((i) => [i.id, i.sources[0]?.outlet])).toEqual([['i1', 'Outlet A'], ['i2', 'B story']]);
  });

  it('says on a mark when every article its card quotes is only loosely related, and on no other', () => {
    expect(pageMarks(analysis, text).some((mark) => 'loose' in mark)).toBe(false);
    // Outlet A is loose: the discrepancy's mark quotes only A, the claim's mark quotes A and B.
    const someLoose = { ...analysis, related: analysis.related.map((entry) => (entry.doc === 'a' ? { ...entry, loose: true as const } : entry)) };
    expect(pageMarks(someLoose, text).map((mark) => [mark.kind, mark.loose ?? false])).toEqual([['omission', false], ['discrepancy', true]]);
    const allLoose = { ...analysis, related: analysis.related.map((entry) => ({ ...entry, loose: true as const })) };
    expect(pageMarks(allLoose, text).every((mark) => mark.loose === true)).toBe(true);
  });

  it('marks the article sentence another outlet reports differently, found despite whitespace, as a discrepancy', () => {
    const marks = pageMarks(analysis, text);
    expect(marks).toHaveLength(2);
    expect(marks[1]).toMatchObject({
      kind: 'discrepancy',
      quote: { exact: 'Trade rose to $240 billion in 2023, officials said.' },
      items: [],
      discrepancies: [{ outlet: 'Outlet A', otherQuote: 'Trade rose to $218bn.', note: '$240 billion here, $218bn in Outlet A' }],
    });
  });

  it('leaves out items without a claim and quotes the text does not contain', () => {
    const marks = pageMarks({ ...analysis, discrepancies: [{ ...analysis.discrepancies[0]!, article: { quote: 'Not in the text.' } }] }, text);
    expect(marks.flatMap((m) => m.items.map((i) => i.id))).toEqual(['i1', 'i2']);
    expect(marks.some((m) => m.kind === 'discrepancy')).toBe(false);
  });
});
