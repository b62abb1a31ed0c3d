import type { Analysis, OmittedItem } from '../engine/types';
import { omitBeyondCut } from './truncation';

const para = (words: string): string => `${words} ${'and more about the ferry service and its timetable '.repeat(4)}`.trim();
// A full report of ten paragraphs; the fourth and the ninth carry facts the article lacks.
const full = Array.from({ length: 10 }, (_, i) => para(i === 3 ? 'Early fact: fares rise by 5%.' : i === 8 ? 'Late fact: the pier closes in May.' : `Paragraph ${i}.`)).join('\n\n');
const other = Array.from({ length: 10 }, (_, i) => para(i === 1 ? 'Late fact: the pier closes in May.' : `Other ${i}.`)).join('\n\n');
const documents = [
  { id: 'full', text: full },
  { id: 'other', text: other },
];

const item = (id: string, quote: string, docs: string[]): OmittedItem => ({
  id,
  text: quote,
  topic: null,
  score: 0.5,
  sources: docs.map((doc) => ({ doc, quote })),
  claim: null,
});

const analysis = (omitted: OmittedItem[]): Analysis => ({
  version: 1,
  article: { title: 'Ferry', sentences: 5 },
  related: [],
  omitted,
  discrepancies: [],
});

// The visible part: about half of the full report's length.
const visible = full.slice(0, Math.round(full.length * 0.5));

describe('omitBeyondCut', () => {
  const early = item('early', 'Early fact: fares rise by 5%.', ['full']);
  const late = item('late', 'Late fact: the pier closes in May.', ['full']);

  it('drops, for a truncated article, facts its sources report only past the share the visible part covers', () => {
    const out = omitBeyondCut(analysis([early, late]), { text: visible, truncated: true }, documents);
    expect(out.omitted.map((i) => i.id)).toEqual(['early']);
  });

  it('keeps a fact that one of its sources reports early', () => {
    const both = item('late-in-one', 'Late fact: the pier closes in May.', ['full', 'other']);
    expect(omitBeyondCut(analysis([both]), { text: visible, truncated: true }, documents).omitted).toHaveLength(1);
  });

  it('keeps everything for an article that is not cut short, and facts whose place cannot be read', () => {
    const input = analysis([early, late]);
    expect(omitBeyondCut(input, { text: visible, truncated: false }, documents)).toBe(input);
    const lost = item('lost', 'A sentence no document holds.', ['full']);
    const unknownDoc = item('gone', 'Late fact: the pier closes in May.', ['deleted']);
    expect(omitBeyondCut(analysis([lost, unknownDoc]), { text: visible, truncated: true }, documents).omitted).toHaveLength(2);
  });

  it('reads the quote whatever its whitespace, and a visible part as long as the source covers all of it', () => {
    const spaced = item('spaced', 'Late   fact: the pier\ncloses in May.', ['full']);
    expect(omitBeyondCut(analysis([spaced]), { text: visible, truncated: true }, documents).omitted).toHaveLength(0);
    expect(omitBeyondCut(analysis([spaced]), { text: full + full, truncated: true }, documents).omitted).toHaveLength(1);
  });
});
