/** The article sentence an omitted item belongs next to. */
import type { TermWeight } from '../corpus/weights';
import type { Claim } from '../types';
import type { PreparedArticle } from './article';
import { cosine } from './similarity';

/** Below this similarity no article sentence is about the same thing. */
export const CLAIM_THRESHOLD = 0.15;

export function findClaim(terms: readonly string[], article: PreparedArticle, weight: TermWeight): Claim | null {
  let best = CLAIM_THRESHOLD;
  let claim: Claim | null = null;
  for (const sentence of article.content) {
    const value = cosine(terms, sentence.terms, weight);
    if (value >= best) {
      best = value;
      claim = { text: sentence.text, start: sentence.start, end: sentence.end };
    }
  }
  return claim;
}
