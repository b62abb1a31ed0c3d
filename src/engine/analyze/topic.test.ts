import { computeStats } from '../corpus/stats';
import { stemWord } from '../text/tokens';
import { predicateWords, topicLabel, type TopicContext } from './topic';

/** Every term weighs the same, is shared by the story and seen in several sentences; the article uses `subject` often. */
function context(subject: string[] = [], storyTexts: string[] = []): TopicContext {
  const stats = computeStats([]);
  const frequency = { get: () => 5 } as unknown as Map<string, number>;
  return {
    weight: () => 1,
    articleMentions: new Map(subject.map((term) => [term, 5])),
    story: () => 0.5,
    stats: { ...stats, sentenceFrequency: frequency },
    predicates: predicateWords(storyTexts),
  };
}

describe('topic labels', () => {
  it('prefers a place or body the item is about to the article’s own subject', () => {
    expect(topicLabel('Meanwhile, China was criticised by Taiwan for repeated interference in its elections.', context(['china']))).toBe('Taiwan');
  });

  it('reads the item’s words by its document’s language, so the article’s subject is known in any of its forms', () => {
    // The article speaks of "Gewerkschaft" (German stem gewerkschaft) again and again: "Gewerkschaften" is its subject too.
    const text = 'Die Gewerkschaften kündigten am Montag neue Streiks gegen die Regierung an.';
    expect(topicLabel(text, context(['gewerkschaft']), 'de')).not.toBe('Gewerkschaften');
    expect(topicLabel(text, context(['gewerkschaft']), 'en')).toBe('Gewerkschaften');
  });

  it('takes no German word without a capital for a label: every German noun has one', () => {
    // The article's subject is the travellers; what is left is a verb and an adverb.
    const subject = [stemWord('reisende', 'de')];
    expect(topicLabel('Reisende warten vergeblich am Bahnsteig.', context(subject), 'de')).toBe('Bahnsteig');
    expect(topicLabel('Reisende warten vergeblich.', context(subject), 'de')).toBeNull();
  });

  it('does not take the speaker of a quote for its topic', () => {
    const label = topicLabel('Ushakov said the two leaders would continue close personal interaction with the Kremlin.', context());
    expect(label).not.toBe('Ushakov');
    expect(topicLabel('According to CCTV, the partnership faces new opportunities.', context())).not.toBe('CCTV');
    // Who speaks first in the sentence: the tokenizer reads an opening capital as a word, not a name.
    expect(topicLabel('Ushakov said the meetings would go on.', context())).toBe('Meetings');
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

  it('does not take a word the story uses as a verb, or says something is, for a topic', () => {
    const story = [
      'Xi and Putin agreed their countries should both try to oppose international interference.',
      'Xi said he knows that Russia is now in the midst of an election campaign.',
      'Putin and Xi stressed that it was important to build a financial infrastructure.',
    ];
    const predicates = predicateWords(story);
    for (const word of ['oppose', 'knows', 'important', 'build']) expect(predicates).toContain(word);
    for (const word of ['interference', 'election', 'campaign', 'infrastructure']) expect(predicates).not.toContain(word);
    for (const text of story) {
      const label = topicLabel(text, context(['putin', 'xi', 'russia'], story)) ?? '';
      expect(label).not.toMatch(/^(?:Oppose|Knows|Important|Build)$/);
    }
    // Without the story's use of them, the same words would be taken.
    expect(topicLabel(story[0]!, context(['putin', 'xi', 'interfer']))).toBe('Oppose');
    // A noun that a text also uses after "to" only in another form stays a topic: "visits" after "to visit".
    expect(topicLabel('There were no plans for reciprocal visits.', context([], ['Putin plans to visit Beijing.']))).toBe('Visits');
  });
});
