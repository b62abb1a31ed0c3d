import { closeness, information, type Subject } from './ranking';

// The Moscow Times leads with Xi and Putin accusing the US of interference; what other outlets add:
// Taiwan's accusation that China interfered in its elections, and an account of earlier visits.
const mentions = new Map([
  ['xi', 6], ['putin', 6], ['interfer', 3], ['china', 2], ['elect', 2], ['russian', 2], ['beij', 2], ['octob', 1], ['usa', 2], ['accus', 1],
]);
const lead = new Set(['xi', 'putin', 'interfer', 'usa', 'accus', 'call']);
const story = new Map([['xi', 1], ['putin', 1], ['interfer', 1], ['china', 1], ['taiwan', 0.8], ['elect', 0.8], ['beij', 1], ['moscow', 1], ['octob', 0.8], ['march', 0.6]]);
const subject: Subject = {
  article: (term) => Math.min(1, (mentions.get(term) ?? 0) / 3),
  lead: (term) => (lead.has(term) ? 1 : 0),
  story: (term) => story.get(term) ?? 0,
};
const weight = (term: string) => (['xi', 'putin', 'china', 'taiwan', 'beij', 'moscow', 'russian'].includes(term) ? 1.4 : 1);

const taiwan = {
  terms: ['meanwhil', 'china', 'critic', 'taiwan', 'repeat', 'interfer', 'elect', 'januari'],
  names: ['china', 'taiwan', 'januari'],
  fresh: ['meanwhil', 'repeat', 'interfer', 'elect', 'januari'],
};
const visits = {
  terms: ['xi', 'went', 'moscow', 'last', 'march', 'putin', 'visit', 'beij', 'octob', 'surpris', 'move', 'russian', 'presid'],
  names: ['xi', 'moscow', 'march', 'putin', 'beij', 'octob', 'russian'],
  fresh: ['went', 'moscow', 'last', 'march', 'visit', 'surpris', 'move'],
};

describe('ranking: closeness to the article’s subject', () => {
  it('rates an item about what the article says the leaders did above one that only names them', () => {
    const near = (item: typeof taiwan) => closeness(item.terms, item.fresh, weight, subject, item.names);
    expect(near(taiwan)).toBeGreaterThan(near(visits));
  });

  it('sets the two further apart than when names count like other words', () => {
    const named = (item: typeof taiwan) => closeness(item.terms, item.fresh, weight, subject, item.names);
    const plain = (item: typeof taiwan) => closeness(item.terms, item.fresh, weight, subject);
    expect(named(taiwan) - named(visits)).toBeGreaterThan(plain(taiwan) - plain(visits) + 0.05);
  });

  it('counts information beyond the closest article sentence, and its share of the sentence', () => {
    expect(information(0, 10)).toBe(0);
    expect(information(8, 10)).toBeGreaterThan(information(4, 10));
    expect(information(4, 5)).toBeGreaterThan(information(4, 10));
    expect(information(100, 100)).toBeLessThanOrEqual(1);
  });
});
