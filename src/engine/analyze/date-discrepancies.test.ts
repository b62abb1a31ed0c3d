import { analyze, buildIndex, type CorpusDocument } from '../index';

const CALL = 'Xi Jinping and Vladimir Putin held a phone call on Thursday, the Kremlin said, their first conversation of the year.';
const article = (published: string | null) => ({ url: null, title: null, source: 'Wire A', published, lang: 'en', text: CALL });
const doc = (id: string, published: string | null, text: string): CorpusDocument => ({
  id,
  url: null,
  title: null,
  source: `Outlet ${id}`,
  published,
  lang: 'en',
  text,
});
// The same report from four other outlets; only the day differs, or how it is said.
const corpus = [
  doc('wednesday', '2024-02-09', 'Xi Jinping and Vladimir Putin held a phone call on Wednesday, their first conversation of the year. Trade and Ukraine were discussed.'),
  doc('yesterday', '2024-02-09', 'Xi Jinping and Vladimir Putin held a phone call yesterday, their first conversation of the year. Both leaders praised their ties.'),
  doc('a-day-later', '2024-02-10', 'Xi Jinping and Vladimir Putin held a phone call on Thursday, their first conversation of the year. Taiwan was raised.'),
  doc('undated', null, 'Xi Jinping and Vladimir Putin held a phone call on Tuesday, their first conversation of the year. Energy deals came up.'),
  doc('other-event', '2024-02-09', 'Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday to sign a defence pact, the Kremlin said.'),
];

describe('date discrepancies', () => {
  const index = buildIndex(corpus);

  it('flags the report that dates the same call a day earlier, with both days placed', () => {
    const analysis = analyze(article('2024-02-09'), index);
    // All four reports of the call are compared, the other event is not.
    expect(analysis.related.map((entry) => entry.doc).sort()).toEqual(['a-day-later', 'undated', 'wednesday', 'yesterday']);
    const dates = analysis.discrepancies.filter((found) => found.kind === 'date');
    expect(dates.map((found) => found.corpus.doc)).toEqual(['wednesday']);
    expect(dates[0]!.article.quote).toBe(CALL);
    expect(dates[0]!.note).toBe('on Thursday (2024-02-08) here, on Wednesday (2024-02-07) in Outlet wednesday');
  });

  it('takes "yesterday" in a report of the same Friday, and "Thursday" in one of Saturday, as the same day', () => {
    const flagged = analyze(article('2024-02-09'), index).discrepancies.map((found) => found.corpus.doc);
    expect(flagged).not.toContain('yesterday');
    expect(flagged).not.toContain('a-day-later');
  });

  it('says nothing of a day it cannot place, or of another event', () => {
    const flagged = analyze(article('2024-02-09'), index).discrepancies.map((found) => found.corpus.doc);
    expect(flagged).not.toContain('undated');
    expect(flagged).not.toContain('other-event');
    expect(analyze(article(null), index).discrepancies.filter((found) => found.kind === 'date')).toEqual([]);
  });

  it('lists the differently dated sentence as a discrepancy, not as an omitted fact', () => {
    const analysis = analyze(article('2024-02-09'), index);
    const quotes = analysis.omitted.flatMap((item) => item.sources.map((source) => source.doc));
    expect(quotes).not.toContain('wednesday');
  });
});
