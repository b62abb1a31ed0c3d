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
   * Yesterday, today, tomorrow. Left out where the word also means "morning" (German and
   * Dutch "morgen", Spanish "mañana"): a wrong day makes a false discrepancy.
   */
  relative: ReadonlyArray<readonly [string, number]>;
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
    lastAfter: [],
    nextBefore: ['kommenden', 'kommende', 'nächsten', 'nächste'],
    nextAfter: [],
    relative: [['gestern', -1], ['heute', 0]],
    dayToMonth: '\\.\\s*',
    monthToYear: '\\s+',
  },
  es: {
    weekdays: [['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado']],
    lastBefore: ['pasado'],
    lastAfter: ['pasado'],
    nextBefore: ['próximo', 'proximo'],
    nextAfter: ['próximo', 'proximo', 'que viene'],
    relative: [['ayer', -1], ['hoy', 0]],
    dayToMonth: '\\s+de\\s+',
    monthToYear: '\\s+del?\\s+',
  },
  fr: {
    weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
    lastBefore: [],
    lastAfter: ['dernier'],
    nextBefore: [],
    nextAfter: ['prochain'],
    relative: [['hier', -1], ["aujourd'hui", 0], ['aujourd’hui', 0], ['demain', 1]],
    dayToMonth: '(?:er)?\\s+',
    monthToYear: '\\s+',
  },
  it: {
    weekdays: [['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato']],
    lastBefore: ['scorso', 'scorsa'],
    lastAfter: ['scorso', 'scorsa'],
    nextBefore: ['prossimo', 'prossima'],
    nextAfter: ['prossimo', 'prossima'],
    relative: [['ieri', -1], ['oggi', 0], ['domani', 1]],
    dayToMonth: '\\s+',
    monthToYear: '\\s+',
  },
  nl: {
    weekdays: [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
    lastBefore: ['vorige', 'afgelopen'],
    lastAfter: [],
    nextBefore: ['volgende', 'komende'],
    nextAfter: [],
    relative: [['gisteren', -1], ['vandaag', 0]],
    dayToMonth: '\\s+',
    monthToYear: '\\s+',
  },
  pt: {
    weekdays: [['domingo'], ['segunda-feira'], ['terça-feira', 'terca-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], ['sábado', 'sabado']],
    lastBefore: ['último', 'última'],
    lastAfter: ['passado', 'passada'],
    nextBefore: ['próximo', 'próxima'],
    nextAfter: ['que vem'],
    relative: [['ontem', -1], ['hoje', 0], ['amanhã', 1]],
    dayToMonth: '\\s+de\\s+',
    monthToYear: '\\s+de\\s+',
  },
  ru: {
    weekdays: [['воскресенье'], ['понедельник'], ['вторник'], ['среда', 'среду'], ['четверг'], ['пятница', 'пятницу'], ['суббота', 'субботу']],
    lastBefore: ['прошлый', 'прошлую', 'прошлое'],
    lastAfter: [],
    nextBefore: ['следующий', 'следующую', 'следующее'],
    nextAfter: [],
    relative: [['вчера', -1], ['сегодня', 0], ['завтра', 1]],
    dayToMonth: '\\s+',
    monthToYear: '\\s+',
    afterYear: '\\s*(?:года|г\\.)',
  },
};
