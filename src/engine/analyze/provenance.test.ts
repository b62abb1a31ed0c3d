import { daysApart, isAnotherTelling, isOutletsOtherStory, isSameOutlet, STORY_DAYS } from './provenance';

describe('isSameOutlet', () => {
  it('tells outlets by name when both texts have one, else by the address’s site', () => {
    expect(isSameOutlet({ source: 'Motor Daily ', url: null }, { source: 'motor daily', url: null })).toBe(true);
    expect(isSameOutlet({ source: 'Motor Daily', url: 'https://a.example/1' }, { source: 'Wheels', url: 'https://a.example/2' })).toBe(false);
    expect(isSameOutlet({ source: null, url: 'https://www.a.example/1' }, { source: 'A', url: 'http://a.example/2?x' })).toBe(true);
    expect(isSameOutlet({ source: null, url: 'https://a.example/1' }, { source: null, url: 'https://b.example/1' })).toBe(false);
  });

  it('does not take one agency’s name on two sites for one outlet', () => {
    expect(isSameOutlet({ source: 'Reuters', url: 'https://a.example/1' }, { source: 'Reuters', url: 'https://b.example/2' })).toBe(false);
    expect(isSameOutlet({ source: 'Reuters', url: 'https://a.example/1' }, { source: 'Reuters', url: null })).toBe(true);
  });

  it('does not take two files, two texts without an address or two unreadable addresses for one outlet', () => {
    expect(isSameOutlet({ source: null, url: 'file:///corpus/a.txt' }, { source: null, url: 'file:///corpus/b.txt' })).toBe(false);
    expect(isSameOutlet({ source: null, url: null }, { source: null, url: null })).toBe(false);
    expect(isSameOutlet({ source: null, url: 'not an address' }, { source: null, url: 'not an address' })).toBe(false);
  });
});

describe('daysApart', () => {
  it('counts whole days between publication days, whatever the time of day', () => {
    expect(daysApart('2024-02-08', '2024-02-09T23:59:00Z')).toBe(1);
    expect(daysApart('2024-02-09T01:00:00+08:00', '2024-02-01')).toBe(8);
    expect(daysApart('2024-02-08', null)).toBeNull();
    expect(daysApart('Thursday', '2024-02-08')).toBeNull();
  });
});

describe('isAnotherTelling', () => {
  const at = (source: string, published: string | null) => ({ source, url: null, published });

  it('is another outlet within STORY_DAYS, or with a date unknown', () => {
    expect(isAnotherTelling(at('AFP', '2024-02-08'), at('Al Jazeera', '2024-02-09'))).toBe(true);
    expect(isAnotherTelling(at('AFP', '2024-02-08'), at('Al Jazeera', null))).toBe(true);
    expect(STORY_DAYS).toBe(7);
    expect(isAnotherTelling(at('AFP', '2024-02-01'), at('Al Jazeera', '2024-02-08'))).toBe(true);
    expect(isAnotherTelling(at('AFP', '2024-01-31'), at('Al Jazeera', '2024-02-08'))).toBe(false);
  });

  it('is not the article’s own outlet, nor a text weeks apart', () => {
    expect(isAnotherTelling(at('AFP', '2024-02-08'), at('afp', '2024-02-08'))).toBe(false);
    expect(isAnotherTelling(at('AFP', '2024-01-08'), at('Al Jazeera', '2024-02-08'))).toBe(false);
  });
});

describe('isOutletsOtherStory', () => {
  const at = (source: string, published: string | null) => ({ source, url: null, published });

  it('is one outlet’s text published more than STORY_DAYS away', () => {
    expect(isOutletsOtherStory(at('Ascom', '2017-10-12'), at('ascom', '2018-08-23'))).toBe(true);
    expect(isOutletsOtherStory(at('Ascom', '2018-08-20'), at('Ascom', '2018-08-23'))).toBe(false);
  });

  it('is not another outlet’s text, nor one without a date', () => {
    expect(isOutletsOtherStory(at('Ascom', '2017-10-12'), at('Dräger', '2018-08-23'))).toBe(false);
    expect(isOutletsOtherStory(at('Ascom', null), at('Ascom', '2018-08-23'))).toBe(false);
  });
});
