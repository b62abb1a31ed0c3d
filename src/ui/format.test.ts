// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { closeness } from './closeness';
import { clamp01, count, formatDay, formatMoment, formatWhen, hostOf } from './format';

describe('closeness', () => {
  it('says how close in a word and a percentage', () => {
    expect(closeness(0.93)).toEqual({ word: 'Very close', percent: 93 });
    expect(closeness(0.75)).toEqual({ word: 'Very close', percent: 75 });
    expect(closeness(0.6)).toEqual({ word: 'Closely related', percent: 60 });
    expect(closeness(0.46)).toEqual({ word: 'Related', percent: 46 });
    expect(closeness(0.35)).toEqual({ word: 'Related', percent: 35 });
  });
  it('calls a document related only on a second look loosely related, whatever its score; the figure rounded down', () => {
    expect(closeness(0.29, true)).toEqual({ word: 'Loosely related', percent: 29 });
    expect(closeness(0.3499)).toEqual({ word: 'Related', percent: 34 });
    expect(closeness(0.749)).toEqual({ word: 'Closely related', percent: 74 });
  });
  it('clamps scores out of [0, 1]', () => {
    expect(closeness(1.4).percent).toBe(100);
    expect(closeness(-1).percent).toBe(0);
    expect(clamp01(Number.NaN)).toBe(0);
  });
});

describe('count and hostOf', () => {
  it('pluralizes', () => {
    expect(count(1, 'article')).toBe('1 article');
    expect(count(4, 'related article')).toBe('4 related articles');
    expect(count(0, 'fact')).toBe('0 facts');
    expect(count(27344, 'article')).toBe('27,344 articles');
  });
  it('takes the host of an origin', () => {
    expect(hostOf('https://www.themoscowtimes.com')).toBe('www.themoscowtimes.com');
    expect(hostOf('http://127.0.0.1:8080')).toBe('127.0.0.1:8080');
    expect(hostOf('not a url')).toBe('not a url');
  });
});

describe('dates for a person', () => {
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  it('writes an article’s date as its day, whatever the time zone, and leaves what is no date as it is', () => {
    expect(formatDay('2024-02-08')).toBe(day(2024, 2, 8));
    expect(formatDay('2024-02-08T23:30:00-05:00')).toBe(day(2024, 2, 8));
    expect(formatDay('Thursday')).toBe('Thursday');
  });

  it('writes moments to the minute, with the date in the same form as the days', () => {
    const moment = Date.UTC(2026, 10, 27, 4, 55, 13);
    expect(formatMoment(moment)).not.toMatch(/:13\b/);
    expect(formatMoment(moment)).toContain(new Date(moment).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }));
    expect(formatWhen(moment, moment)).toMatch(/^at /);
    expect(formatWhen(moment, moment + 3 * 86_400_000)).toContain(new Date(moment).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }));
  });
});
