import { describe, expect, it } from 'vitest';
import type { RelatedDocument } from '../engine/types';
import { formatRelated } from './report';

const doc = (doc: string, score: number, loose = false): RelatedDocument => ({ doc, title: `Title of ${doc}`, source: 'Outlet', score, ...(loose ? { loose: true as const } : {}) });

describe('the readable related list', () => {
  it('marks a document related only on a second look as loosely related', () => {
    const text = formatRelated([doc('a.txt', 0.61), doc('b.txt', 0.27, true), doc('c.txt', 0.3)]);
    expect(text).toContain('[0.61] Outlet · Title of a.txt');
    expect(text).toContain('[0.27] (loosely related) Outlet · Title of b.txt');
    // Under 0.35 but one of the story's core, not taken on a second look.
    expect(text).toContain('[0.30] Outlet · Title of c.txt');
    expect(text).not.toContain('None is clearly about this story');
  });

  it('says when none of the documents is clearly about the story', () => {
    const text = formatRelated([doc('a.txt', 0.3, true), doc('b.txt', 0.2, true)]);
    expect(text).toContain('None is clearly about this story (each was related only on a second look): they may tell another one.');
  });

  it('says nothing of the kind when nothing is related', () => {
    expect(formatRelated([])).toBe('No related coverage found in the corpus.\n');
  });
});
