import { markBoilerplate } from './boilerplate';
import { segmentText } from './sentences';
import type { Language } from './language';
import { tokenize } from './tokens';

export type SentenceKind = 'content' | 'heading' | 'boilerplate';

/** A sentence ready for matching: where it stands, what it is, and its terms. */
export interface ProcessedSentence {
  text: string;
  start: number;
  end: number;
  kind: SentenceKind;
  /** Distinct terms in order of first appearance. */
  terms: string[];
  /** Those of `terms` written as names (capitalized mid-sentence or in capitals). */
  names: string[];
}

export function processText(text: string, language: Language = 'en'): ProcessedSentence[] {
  const segments = segmentText(text);
  const boilerplate = markBoilerplate(segments, language);
  return segments.map((segment, index) => {
    const tokens = tokenize(segment.text, language);
    const terms = [...new Set(tokens.map((token) => token.term))];
    const names = [...new Set(tokens.filter((token) => token.kind === 'name').map((token) => token.term))];
    const kind: SentenceKind = boilerplate[index] ? 'boilerplate' : segment.heading ? 'heading' : 'content';
    return { text: segment.text, start: segment.start, end: segment.end, kind, terms, names };
  });
}
