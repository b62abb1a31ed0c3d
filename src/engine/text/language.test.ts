import { isLanguage, resolveLanguage } from './language';

const GERMAN = 'Die Gewerkschaft der Lokführer hat am Mittwoch einen Streik begonnen, und die Bahn sagt, dass die meisten Züge ausfallen.';
const ENGLISH = 'The union of train drivers began a strike on Wednesday, and the railway says that most of the trains will not run.';

describe('resolveLanguage', () => {
  it('takes the language a text declares when the text bears it out, region aside', () => {
    expect(resolveLanguage('de', GERMAN)).toBe('de');
    expect(resolveLanguage('de-AT', GERMAN)).toBe('de');
    expect(resolveLanguage('en-GB', ENGLISH)).toBe('en');
  });

  it('reads a text by its own function words when the declaration is missing or wrong', () => {
    // Spanish and Portuguese share many function words: the declaration loses only to a clearly better fit.
    const portuguese = 'O governo anunciou na terça-feira um aumento do orçamento da defesa para o próximo ano, e a oposição criticou o custo das medidas.';
    expect(resolveLanguage('es', portuguese)).toBe('pt');
    expect(resolveLanguage('it', portuguese)).toBe('pt');
    const french = 'Selon les douanes chinoises, le commerce entre les deux pays a atteint 230 milliards de dollars de janvier à novembre.';
    expect(resolveLanguage('fr', french)).toBe('fr');
    expect(resolveLanguage(null, GERMAN)).toBe('de');
    expect(resolveLanguage('en', GERMAN)).toBe('de');
    expect(resolveLanguage('de', ENGLISH)).toBe('en');
    expect(resolveLanguage(null, 'Le gouvernement a annoncé mardi une hausse du budget de la défense et des armées.')).toBe('fr');
    expect(resolveLanguage(null, 'El Banco Central subió el martes los tipos de interés por tercera vez en el año.')).toBe('es');
    expect(resolveLanguage(null, 'Il governo ha annunciato martedì un aumento del bilancio della difesa per il prossimo anno.')).toBe('it');
    expect(resolveLanguage(null, 'De regering heeft dinsdag een verhoging van het budget voor defensie aangekondigd.')).toBe('nl');
    expect(resolveLanguage(null, 'O governo anunciou na terça-feira um aumento do orçamento da defesa para o próximo ano.')).toBe('pt');
    expect(resolveLanguage(null, 'Правительство во вторник объявило о повышении расходов на оборону, и это не первый раз.')).toBe('ru');
  });

  it('falls back to English rules for a language without a stemmer here, and for text too short or without words', () => {
    expect(resolveLanguage('pl', 'Rząd ogłosił we wtorek podwyżkę budżetu obronnego na przyszły rok, a opozycja go skrytykowała.')).toBe('en');
    expect(resolveLanguage(null, '2024')).toBe('en');
    expect(resolveLanguage(null, '')).toBe('en');
    // A headline: "dies" is also a German function word, as common as "at" here.
    expect(resolveLanguage(null, 'Esther Williams, swimming star, dies at 91')).toBe('en');
  });

  it('reads a text too short to tell by the language it declares', () => {
    expect(resolveLanguage('de', 'Streik bei der Bahn')).toBe('de');
    expect(resolveLanguage('de-CH', 'Streik')).toBe('de');
  });

  it('keeps English rules when another language only ties with English', () => {
    // Two English function words ("at", "says"), two German ones ("dies", "und"), of 12 words: the German one comes first.
    const tie = 'Williams dies at home, Munich says: Schmidt und Hamburg stars mourn Esther';
    expect(resolveLanguage(null, tie)).toBe('en');
  });

  it('tells the languages it reads from other values', () => {
    expect(isLanguage('de')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('pl')).toBe(false);
    expect(isLanguage('toString')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
