import { computeStats } from '../corpus/stats';
import { topicLabel, type TopicContext } from './topic';

/** Every term weighs the same, is shared by the story and seen in several sentences; the article uses `subject` often. */
function context(subject: string[] = []): TopicContext {
  const stats = computeStats([]);
  const frequency = { get: () => 5 } as unknown as Map<string, number>;
  return {
    weight: () => 1,
    articleMentions: new Map(subject.map((term) => [term, 5])),
    story: () => 0.5,
    stats: { ...stats, sentenceFrequency: frequency },
  };
}

describe('topic labels', () => {
  it('prefers a place or body the item is about to the article’s own subject', () => {
    expect(topicLabel('Meanwhile, China was criticised by Taiwan for repeated interference in its elections.', context(['china']))).toBe('Taiwan');
  });

  it('does not take the speaker of a quote for its topic', () => {
    const label = topicLabel('Ushakov said the two leaders would continue close personal interaction with the Kremlin.', context());
    expect(label).not.toBe('Ushakov');
    expect(topicLabel('According to CCTV, the partnership faces new opportunities.', context())).not.toBe('CCTV');
  });

  it('does not take nationalities, adjectives or titles for a topic', () => {
    for (const text of [
      'The Russian President reaffirmed his position on the trade deal.',
      'Putin, who has faced isolation from most Western countries, met Xi.',
      'Ushakov said there would be close personal interaction.',
    ]) {
      const label = topicLabel(text, context(['putin', 'xi', 'ushakov'])) ?? '';
      expect(label).not.toMatch(/^(?:Russian|Russian President|President|Western|Personal)$/);
    }
  });

  it('falls back to a word the story shares when there is no name', () => {
    expect(topicLabel('Trade between the two countries surged in the last two years.', context())).toBe('Trade');
  });
});
