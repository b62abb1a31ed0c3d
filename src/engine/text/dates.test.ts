import { findDates, isWeekdayTerm, publicationDay } from './dates';

const dates = (text: string, published: string | null) => findDates(text, published).map((mention) => [mention.surface, mention.date]);
// Friday 9 February 2024.
const FRIDAY = '2024-02-09';

describe('findDates', () => {
  it('places a day of the week on the latest such day up to publication', () => {
    expect(dates('Xi and Putin spoke by phone on Thursday, the Kremlin said.', FRIDAY)).toEqual([['on Thursday', '2024-02-08']]);
    // Published on a Thursday, "Thursday" is that day.
    expect(dates('The two leaders spoke on Thursday.', '2024-02-08T18:30:00Z')).toEqual([['on Thursday', '2024-02-08']]);
    expect(dates('They met on Sunday.', FRIDAY)).toEqual([['on Sunday', '2024-02-04']]);
  });

  it('reads "last" as strictly before and "next" as strictly after', () => {
    expect(dates('Last Friday the talks stalled; they resume next Friday.', FRIDAY)).toEqual([
      ['Last Friday', '2024-02-02'],
      ['next Friday', '2024-02-16'],
    ]);
    expect(dates('The vote is due next Monday.', FRIDAY)).toEqual([['next Monday', '2024-02-12']]);
  });

  it('resolves yesterday, today and tomorrow', () => {
    expect(dates('Officials said yesterday that talks would resume tomorrow.', FRIDAY)).toEqual([
      ['yesterday', '2024-02-08'],
      ['tomorrow', '2024-02-10'],
    ]);
  });

  it('reads written dates in both orders, with or without the year', () => {
    expect(dates('The call took place on 8 February 2024.', null)).toEqual([['8 February 2024', '2024-02-08']]);
    expect(dates('On February 8, 2024, the two leaders spoke.', null)).toEqual([['February 8, 2024', '2024-02-08']]);
    expect(dates('The deadline is Feb. 29.', FRIDAY)).toEqual([['Feb. 29', '2024-02-29']]);
    expect(dates('Talks began on the 3rd March.', null)).toEqual([['3rd March', null]]);
  });

  it('takes a day without a year far after publication as last year’s', () => {
    expect(dates('Protests began on December 28.', '2024-01-05')).toEqual([['December 28', '2023-12-28']]);
  });

  it('leaves a day unplaced without a publication date, and months, times and verbs alone', () => {
    expect(dates('They met on Thursday.', null)).toEqual([['on Thursday', null]]);
    expect(dates('Trade rose in March 2024; he may 8 times have said so at 10:30.', FRIDAY)).toEqual([]);
    expect(dates('Trading opens at March 3:30.', FRIDAY)).toEqual([]);
    expect(dates('There is no 31 February.', FRIDAY)).toEqual([['31 February', null]]);
  });

  it('ignores a publication date it cannot read', () => {
    expect(publicationDay('9 Feb 2024')).toBeNull();
    expect(publicationDay('2024-02-30')).toBeNull();
    expect(dates('They met on Thursday.', 'soon')).toEqual([['on Thursday', null]]);
  });
});

describe('isWeekdayTerm', () => {
  it('knows the days as the tokenizer stems them, and nothing else', () => {
    expect(isWeekdayTerm('fridai')).toBe(true);
    expect(isWeekdayTerm('thursdai')).toBe(true);
    expect(isWeekdayTerm('friday')).toBe(false);
    expect(isWeekdayTerm('februari')).toBe(false);
  });
});
