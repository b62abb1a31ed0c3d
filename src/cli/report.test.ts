import { describe, expect, it } from 'vitest';
import type { RelatedDocument } from '../engine/types';
import { formatRelated } from './report';

const doc = (doc: string, score: number): RelatedDocument => ({ doc, title: `Title of ${doc}`, source: 'Outlet', score });

describe('the readable related list', () => {
  it('marks a document under the related threshold as loosely related', () => {
    const text = formatRelated([doc('a.txt', 0.61), doc('b.txt', 0.27)]);
    expect(text).toContain('[0.61] Outlet · Title of a.txt');
    expect(text).toContain('[0.27] (loosely related) Outlet · Title of b.txt');
    expect(text).not.toContain('None is clearly about this story');
  });

  it('says when none of the documents is clearly about the story', () => {
    const text = formatRelated([doc('a.txt', 0.3), doc('b.txt', 0.2)]);
    expect(text).toContain('None is clearly about this story (all under 0.35): they may tell another one.');
  });

  it('says nothing of the kind when nothing is related', () => {
    expect(formatRelated([])).toBe('No related coverage found in the corpus.\n');
  });
});
