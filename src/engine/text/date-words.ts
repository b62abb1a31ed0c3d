/**
 * How days are written in the languages read besides English: the days of the week with the
 * words that make one "last" or "next", yesterday, today and tomorrow, and how a written date
 * joins day, month and year ("8. Februar 2024", "8 de febrero de 2024", "8 февраля 2024 года").
 * The months themselves are the periods' (amount-words.ts).
 */
import type { OtherLanguage } from './language';

export interface DateWords {
  /** Sunday first, each day in the forms a date gives it, lowercased. */
  weekdays: ReadonlyArray<readonly string[]>;
  /** Words just before a day, or just after it, that place it strictly before publication ("vergangenen", "dernier"). */
  lastBefore: readonly string[];
  lastAfter: readonly string[];
  /** Likewise strictly after ("kommenden", "prochain"). */
  nextBefore: readonly string[];
  nextAfter: readonly string[];
  /**
   * Yesterday, today, tomorrow and the days either side, each with its offset, longer first.
   * Left out where the word also means "morning" (German and Dutch "morgen", Spanish
   * "mañana"): a wrong day makes a false discrepancy.
   */
  relative: ReadonlyArray<readonly [string, number]>;
  /** What must not follow a relative day for it to be one ("hoy en día" is nowadays), as a regular expression. */
  notRelativeBefore?: string;
  /**
   * Words one of which must stand before a day of the week, where its name is also an ordinary
   * word (Russian "среду" is also "environment": "окружающую среду").
   */
  dayAfterOnly?: readonly string[];
  /** What must not follow a day of the week for it to be one ("среду обитания" is a habitat), as a regular expression. */
  notDayBefore?: string;
  /** Between the day and the month, and between the month and the year, as regular expressions. */
  dayToMonth: string;
  monthToYear: string;
  /** After the year ("года"), optional. */
  afterYear?: string;
}

export const DATE_WORDS: Record<OtherLanguage, DateWords> = {
  de: {
    weekdays: [['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend']],
    lastBefore: ['vergangenen', 'vergangene', 'letzten', 'letzte'],
    lastAfter: ['vergangener woche', 'letzter woche'],
    nextBefore: ['kommenden', 'kommende', 'nächsten', 'nächste'],
    nextAfter: ['nächster woche', 'kommender woche'],
    relative: [['vorgestern', -2], ['übermorgen', 2], ['gestern', -1], ['heute', 0]],
    dayToMonth: '\\.\\s*',
    monthToYear: '\\s+',
  },
  es: {
    weekdays: [['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado']],
    lastBefore: ['pasado'],
    lastAfter: ['pasado'],
    nextBefore: ['próximo', 'proximo'],
    nextAfter: ['próximo', 'proximo', 'que viene'],
    relative: [['antes de ayer', -2], ['anteayer', -2], ['pasado mañana', 2], ['ayer', -1], ['hoy', 0]],
    notRelativeBefore: '\\s+en\\s+d[ií]a',
    dayToMonth: '\\s+de\\s+',
    monthToYear: '\\s+del?\\s+',
  },
  fr: {
    weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
    lastBefore: [],
    lastAfter: ['dernier'],
    nextBefore: [],
    nextAfter: ['prochain'],
    relative: [['avant-hier', -2], ['avant hier', -2], ['après-demain', 2], ['après demain', 2], ['hier', -1], ["aujourd'hui", 0], ['aujourd’hui', 0], ['demain', 1]],
    dayToMonth: '(?:er)?\\s+',
    monthToYear: '\\s+',
  },
  it: {
    weekdays: [['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato']],
    lastBefore: ['scorso', 'scorsa'],
    lastAfter: ['scorso', 'scorsa'],
    nextBefore: ['prossimo', 'prossima'],
    nextAfter: ['prossimo', 'prossima'],
    relative: [["l'altro ieri", -2], ['l’altro ieri', -2], ["ieri l'altro", -2], ['ieri l’altro', -2], ['altroieri', -2], ['dopodomani', 2], ['ieri', -1], ['oggi', 0], ['domani', 1]],
    dayToMonth: '\\s+',
    monthToYear: '\\s+',
  },
  nl: {
    weekdays: [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
    lastBefore: ['vorige', 'afgelopen'],
    lastAfter: [],
    nextBefore: ['volgende', 'komende'],
    nextAfter: [],
    relative: [['eergisteren', -2], ['overmorgen', 2], ['gisteren', -1], ['vandaag', 0]],
    dayToMonth: '\\s+',
    monthToYear: '\\s+',
  },
  pt: {
    weekdays: [['domingo'], ['segunda-feira'], ['terça-feira', 'terca-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], ['sábado', 'sabado']],
    lastBefore: ['último', 'última'],
    lastAfter: ['passado', 'passada'],
    nextBefore: ['próximo', 'próxima'],
    nextAfter: ['que vem'],
    relative: [['antes de ontem', -2], ['anteontem', -2], ['depois de amanhã', 2], ['ontem', -1], ['hoje', 0], ['amanhã', 1]],
    dayToMonth: '\\s+de\\s+',
    monthToYear: '\\s+de\\s+',
  },
  ru: {
    weekdays: [['воскресенье'], ['понедельник'], ['вторник'], ['среда', 'среду'], ['четверг'], ['пятница', 'пятницу'], ['суббота', 'субботу']],
    lastBefore: ['прошлый', 'прошлую', 'прошлое', 'минувший', 'минувшую', 'минувшее', 'прошедший', 'прошедшую', 'прошедшее'],
    lastAfter: [],
    nextBefore: ['следующий', 'следующую', 'следующее', 'ближайший', 'ближайшую', 'ближайшее'],
    nextAfter: [],
    relative: [['позавчера', -2], ['послезавтра', 2], ['вчера', -1], ['сегодня', 0], ['завтра', 1]],
    dayAfterOnly: ['в', 'во', 'на', 'этот', 'эту', 'это'],
    notDayBefore: '\\s+обитания',
    dayToMonth: '\\s+',
    monthToYear: '\\s+',
    afterYear: '\\s*(?:года|г\\.)',
  },
};
