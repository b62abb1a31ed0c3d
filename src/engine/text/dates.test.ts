import { tokenize } from './tokens';
import { findDates, isWeekdayTerm, publicationDay } from './dates';
import type { Language } from './language';

const dates = (text: string, published: string | null, language: Language = 'en') =>
  findDates(text, published, language).map((mention) => [mention.surface, mention.date]);
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

  it('knows them in each language, by that language’s stems', () => {
    const terms = (text: string, language: Language) => tokenize(text, language).map((token) => token.term);
    expect(terms('am Donnerstag', 'de').filter((term) => isWeekdayTerm(term, 'de'))).toHaveLength(1);
    expect(terms('na quinta-feira', 'pt').every((term) => isWeekdayTerm(term, 'pt'))).toBe(true);
    expect(terms('в четверг', 'ru').filter((term) => isWeekdayTerm(term, 'ru'))).toHaveLength(1);
    expect(isWeekdayTerm(terms('Donnerstag', 'de')[0]!, 'en')).toBe(false);
  });
});

describe('findDates in the other languages', () => {
  it('places days of the week, with the words that make them last or next before or after them', () => {
    expect(dates('Xi und Putin telefonierten am Donnerstag; am vergangenen Montag und kommenden Dienstag nicht.', FRIDAY, 'de')).toEqual([
      ['Donnerstag', '2024-02-08'],
      ['vergangenen Montag', '2024-02-05'],
      ['kommenden Dienstag', '2024-02-13'],
    ]);
    expect(dates('Les deux dirigeants se sont parlé jeudi ; vendredi dernier et lundi prochain aussi.', FRIDAY, 'fr')).toEqual([
      ['jeudi', '2024-02-08'],
      ['vendredi dernier', '2024-02-02'],
      ['lundi prochain', '2024-02-12'],
    ]);
    expect(dates('Hablaron el jueves; el pasado viernes y el miércoles que viene.', FRIDAY, 'es')).toEqual([
      ['jueves', '2024-02-08'],
      ['pasado viernes', '2024-02-02'],
      ['miércoles que viene', '2024-02-14'],
    ]);
    expect(dates('Hanno parlato giovedì e si rivedranno lunedì prossimo.', FRIDAY, 'it')).toEqual([
      ['giovedì', '2024-02-08'],
      ['lunedì prossimo', '2024-02-12'],
    ]);
    expect(dates('Ze spraken afgelopen donderdag.', FRIDAY, 'nl')).toEqual([['afgelopen donderdag', '2024-02-08']]);
    expect(dates('Conversaram na quinta-feira passada.', FRIDAY, 'pt')).toEqual([['quinta-feira passada', '2024-02-08']]);
    expect(dates('Они говорили в четверг, а в прошлую среду нет.', FRIDAY, 'ru')).toEqual([
      ['в четверг', '2024-02-08'],
      ['прошлую среду', '2024-02-07'],
    ]);
    expect(dates('Die Gespräche gehen am Donnerstag nächster Woche weiter.', FRIDAY, 'de')).toEqual([['Donnerstag nächster Woche', '2024-02-15']]);
    expect(dates('Переговоры прошли в минувший четверг.', FRIDAY, 'ru')).toEqual([['минувший четверг', '2024-02-08']]);
  });

  it('reads written dates as each language joins day, month and year', () => {
    expect(dates('Das Gespräch fand am 8. Februar 2024 statt.', null, 'de')).toEqual([['8. Februar 2024', '2024-02-08']]);
    expect(dates("L'appel a eu lieu le 1er février 2024.", null, 'fr')).toEqual([['1er février 2024', '2024-02-01']]);
    expect(dates('La llamada fue el 8 de febrero de 2024.', null, 'es')).toEqual([['8 de febrero de 2024', '2024-02-08']]);
    expect(dates('A chamada foi em 8 de fevereiro.', FRIDAY, 'pt')).toEqual([['8 de fevereiro', '2024-02-08']]);
    expect(dates('Разговор состоялся 8 февраля 2024 года.', null, 'ru')).toEqual([['8 февраля 2024 года', '2024-02-08']]);
    expect(dates('Het gesprek was op 8 februari.', FRIDAY, 'nl')).toEqual([['8 februari', '2024-02-08']]);
  });

  it('resolves yesterday and today, and leaves a word that also means "morning" alone', () => {
    expect(dates('Gestern sprachen sie, heute nicht, morgen vielleicht.', FRIDAY, 'de')).toEqual([
      ['Gestern', '2024-02-08'],
      ['heute', '2024-02-09'],
    ]);
    expect(dates('Ils se sont parlé hier et se reverront demain.', FRIDAY, 'fr')).toEqual([
      ['hier', '2024-02-08'],
      ['demain', '2024-02-10'],
    ]);
    expect(dates('Hablaron por la mañana.', FRIDAY, 'es')).toEqual([]);
  });

  it('reads the days either side of yesterday and tomorrow as such, not as yesterday or tomorrow', () => {
    expect(dates('Ils se sont parlé avant-hier et se reverront après-demain.', FRIDAY, 'fr')).toEqual([
      ['avant-hier', '2024-02-07'],
      ['après-demain', '2024-02-11'],
    ]);
    expect(dates("Ne hanno parlato l'altro ieri.", FRIDAY, 'it')).toEqual([["l'altro ieri", '2024-02-07']]);
    expect(dates('Sie sprachen vorgestern.', FRIDAY, 'de')).toEqual([['vorgestern', '2024-02-07']]);
    expect(dates('Hablaron antes de ayer.', FRIDAY, 'es')).toEqual([['antes de ayer', '2024-02-07']]);
    expect(dates('Ils se sont parlé avant hier.', FRIDAY, 'fr')).toEqual([['avant hier', '2024-02-07']]);
  });

  it('leaves names and ordinary words that are spelt like a day alone', () => {
    // A capital inside a sentence makes a name, except in German.
    expect(dates('El tenor Plácido Domingo cantó en Santo Domingo.', FRIDAY, 'es')).toEqual([]);
    expect(dates('Domingo fue un día tranquilo.', FRIDAY, 'es')).toEqual([['Domingo', '2024-02-04']]);
    // A quote, a colon or a dash opens a sentence too.
    expect(dates('Il ministro ha detto: «Lunedì firmeremo l\'accordo».', FRIDAY, 'it')).toEqual([['Lunedì', '2024-02-05']]);
    expect(dates('MOSCOU (Reuters) - Dimanche, les électeurs ont voté.', FRIDAY, 'fr')).toEqual([['Dimanche', '2024-02-04']]);
    // Russian "среду" is also "the environment": a day of the week needs its preposition.
    expect(dates('Они обсуждали окружающую среду.', FRIDAY, 'ru')).toEqual([]);
    expect(dates('Они говорили о разрушении в среду обитания.', FRIDAY, 'ru')).toEqual([]);
    // "hoy en día" is nowadays.
    expect(dates('Hoy en día el comercio crece.', FRIDAY, 'es')).toEqual([]);
  });

  it('reads no language by another one’s words', () => {
    expect(dates('Xi und Putin telefonierten am Donnerstag.', FRIDAY, 'en')).toEqual([]);
    expect(dates('Xi and Putin spoke on Thursday.', FRIDAY, 'de')).toEqual([]);
    // "hier" is "here" in German, "yesterday" in French.
    expect(dates('Wir sind hier.', FRIDAY, 'de')).toEqual([]);
  });
});
