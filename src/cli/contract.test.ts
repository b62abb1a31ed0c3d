import { describe, expect, it } from 'vitest';
import type { Analysis } from '../engine/types';
import { contractAnalysis, contractRelated } from './contract';

describe('the JSON the CLI prints', () => {
  it('keeps exactly the contract fields of each related document, leaving out the engine’s loose flag', () => {
    const related = [
      { doc: 'a.txt', title: 'A', source: 'Outlet', score: 0.6 },
      { doc: 'b.txt', title: null, source: null, score: 0.27, loose: true as const },
    ];
    expect(contractRelated(related)).toEqual([
      { doc: 'a.txt', title: 'A', source: 'Outlet', score: 0.6 },
      { doc: 'b.txt', title: null, source: null, score: 0.27 },
    ]);
    const analysis: Analysis = { version: 1, article: { title: null, sentences: 3 }, related, omitted: [], discrepancies: [] };
    expect(JSON.parse(JSON.stringify(contractAnalysis(analysis)))).toEqual({ ...analysis, related: contractRelated(related) });
  });
});
