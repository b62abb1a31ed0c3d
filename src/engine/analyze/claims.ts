/**
 * The article sentence an omitted item belongs next to: the one that states most of what the
 * item speaks of, or, failing that, where the outlets that report the item put it. An outlet
 * that reports a fact the article leaves out writes it next to its own telling of something
 * the article does state; the article sentence that states that neighbour is where the item
 * belongs ("China was criticised by Taiwan for interference in its elections" follows Xi's
 * call to "oppose interference by external forces" in its source, which the article reports).
 */
import type { TermWeight } from '../corpus/weights';
import type { Claim } from '../types';
import type { AlignedSentence } from './alignment';
import { COVERED_LIMIT } from './alignment';
import type { PreparedArticle } from './article';
import { cosine } from './similarity';

/** Below this score no article sentence is about the same thing. */
export const CLAIM_THRESHOLD = 0.15;
/** How far from an item, in its source's sentences, a neighbour the article states may stand. */
const NEIGHBOUR_SPAN = 2;
/** What the sources' placement adds to the score of the sentence it points to, at most. */
const PLACEMENT_WEIGHT = 0.3;
/**
 * Placement alone, without a shared term, makes a claim only when it is unanimous and close:
 * every source has the item right beside its own telling of that article sentence.
 */
const PLACEMENT_ALONE = 1 - 1e-9;

/** Each source's content sentences in order, as aligned, by document id. */
export type SourceSentences = ReadonlyMap<string, readonly AlignedSentence[]>;

/**
 * For each article sentence, how strongly the sources' placement points to it, in [0, 1]:
 * each source votes for the article sentence stating its nearest stated neighbour (1 at
 * distance one, less further away, the preceding sentence first on ties).
 */
export function placementVotes(sources: readonly AlignedSentence[], documents: SourceSentences): Map<number, number> {
  const votes = new Map<number, number>();
  for (const source of sources) {
    const sentences = documents.get(source.documentId);
    if (!sentences) continue;
    for (let distance = 1; distance <= NEIGHBOUR_SPAN; distance++) {
      const neighbour = [sentences[source.position - distance], sentences[source.position + distance]].find(
        (entry) => entry !== undefined && entry.covered >= COVERED_LIMIT && entry.closestArticleSentence !== null,
      );
      if (neighbour) {
        const at = neighbour.closestArticleSentence!;
        votes.set(at, (votes.get(at) ?? 0) + 1 / distance / sources.length);
        break;
      }
    }
  }
  return votes;
}

export function findClaim(
  terms: readonly string[],
  article: PreparedArticle,
  weight: TermWeight,
  sources: readonly AlignedSentence[] = [],
  documents: SourceSentences = new Map(),
): Claim | null {
  const votes = placementVotes(sources, documents);
  let best = CLAIM_THRESHOLD;
  let claim: Claim | null = null;
  article.content.forEach((sentence, index) => {
    const similarity = cosine(terms, sentence.terms, weight);
    const vote = votes.get(index) ?? 0;
    const placed = similarity > 0 || vote >= PLACEMENT_ALONE ? PLACEMENT_WEIGHT * vote : 0;
    const value = similarity + placed;
    if (value >= best) {
      best = value;
      claim = { text: sentence.text, start: sentence.start, end: sentence.end };
    }
  });
  return claim;
}
