/**
 * How amounts and periods are written in the languages read besides English: scale words,
 * currencies and "per cent" after the figure (which takes a decimal comma: "240,1 Milliarden
 * Dollar"), the months (English's too), the words between two months of a range and "last year".
 */
import type { OtherLanguage } from './language';

/** Words as one regular-expression alternation, each matched as written. */
export function alternation(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}

export interface AmountWords {
  /** Scale words after a figure, lowercased, each with its factor; a longer one before any it begins with. */
  scales: ReadonlyArray<readonly [string, number]>;
  /** Currencies written out after a figure or its scale, lowercased. */
  currencies: readonly string[];
  /** The word that may join a scale to its currency ("milliards de dollars"). */
  linking: readonly string[];
  /** "Per cent", lowercased. */
  percent: readonly string[];
  /** What groups the thousands of a figure (the decimal sign is a comma in all of them). */
  grouping: '.' | ' .';
}

export const AMOUNT_WORDS: Record<OtherLanguage, AmountWords> = {
  de: {
    scales: [['milliarden', 1e9], ['milliarde', 1e9], ['mrd.', 1e9], ['mrd', 1e9], ['millionen', 1e6], ['million', 1e6], ['mio.', 1e6], ['mio', 1e6], ['billionen', 1e12], ['billion', 1e12], ['tausend', 1e3]],
    currencies: ['us-dollar', 'dollar', 'euro', 'yuan', 'rubel', 'franken', 'pfund'],
    linking: [],
    percent: ['prozent'],
    grouping: '.',
  },
  es: {
    scales: [['mil millones', 1e9], ['millones', 1e6], ['millón', 1e6], ['billones', 1e12], ['billón', 1e12], ['mil', 1e3]],
    currencies: ['dólares', 'dólar', 'euros', 'euro', 'yuanes', 'rublos', 'pesos'],
    linking: ['de'],
    percent: ['por ciento'],
    grouping: '.',
  },
  fr: {
    scales: [['milliards', 1e9], ['milliard', 1e9], ['mds', 1e9], ['md', 1e9], ['millions', 1e6], ['million', 1e6], ['billions', 1e12], ['billion', 1e12]],
    currencies: ['dollars', 'dollar', 'euros', 'euro', 'yuans', 'yuan', 'roubles', 'rouble', 'francs'],
    linking: ['de', "d'"],
    percent: ['pour cent'],
    grouping: ' .',
  },
  it: {
    scales: [['miliardi', 1e9], ['miliardo', 1e9], ['mld', 1e9], ['milioni', 1e6], ['milione', 1e6], ['mln', 1e6], ['mila', 1e3]],
    currencies: ['dollari', 'dollaro', 'euro', 'yuan', 'rubli'],
    linking: ['di', "d'"],
    percent: ['per cento'],
    grouping: '.',
  },
  nl: {
    scales: [['miljard', 1e9], ['mld', 1e9], ['miljoen', 1e6], ['mln', 1e6], ['duizend', 1e3]],
    currencies: ['dollar', 'euro', 'yuan', 'roebel'],
    linking: [],
    percent: ['procent'],
    grouping: '.',
  },
  pt: {
    scales: [['mil milhões', 1e9], ['bilhões', 1e9], ['bilhão', 1e9], ['milhões', 1e6], ['milhão', 1e6], ['mil', 1e3]],
    currencies: ['dólares', 'dólar', 'euros', 'euro', 'yuans', 'rublos', 'reais'],
    linking: ['de'],
    percent: ['por cento'],
    grouping: '.',
  },
  ru: {
    scales: [['млрд.', 1e9], ['млрд', 1e9], ['миллиардов', 1e9], ['миллиарда', 1e9], ['миллиард', 1e9], ['млн.', 1e6], ['млн', 1e6], ['миллионов', 1e6], ['миллиона', 1e6], ['миллион', 1e6], ['трлн', 1e12], ['тыс.', 1e3], ['тыс', 1e3]],
    currencies: ['долларов', 'доллара', 'доллар', 'евро', 'юаней', 'рублей', 'рубля', 'руб.'],
    linking: [],
    percent: ['процентов', 'процента', 'процент'],
    grouping: ' .',
  },
};

/** The English months, lowercased, January first. */
export const ENGLISH_MONTHS = 'january february march april may june july august september october november december'.split(' ');
/**
 * An English month as news writes it, whole or cut short, as a non-capturing regular
 * expression. Capitalized only: "may" and "march" are also ordinary words.
 */
export const ENGLISH_MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

export interface PeriodWords {
  /** The twelve months in order, each in the forms a date gives it, lowercased. */
  months: ReadonlyArray<readonly string[]>;
  /** Words between the two months of a range ("Januar bis November"), besides a dash. */
  through: readonly string[];
  /** The year before the text's ("im vergangenen Jahr"). */
  lastYear: readonly string[];
  /** Words for "year" and "month": calendar words, not what a figure is about. */
  calendar: readonly string[];
}

export const PERIOD_WORDS: Record<OtherLanguage, PeriodWords> = {
  de: {
    months: [['januar', 'jänner'], ['februar'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
    through: ['bis'],
    lastYear: ['im vergangenen jahr', 'im letzten jahr', 'im vorjahr', 'des vergangenen jahres', 'des vorjahres'],
    calendar: ['jahr', 'jahres', 'monat', 'monate', 'monaten', 'vorjahr', 'quartal'],
  },
  es: {
    months: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
    through: ['a', 'hasta'],
    lastYear: ['el año pasado', 'del año pasado'],
    calendar: ['año', 'años', 'mes', 'meses', 'trimestre'],
  },
  fr: {
    months: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']],
    through: ['à', 'au'],
    lastYear: ["l'année dernière", "l'an dernier", "l'année passée", "l'an passé"],
    calendar: ['an', 'ans', 'année', 'années', 'mois', 'trimestre'],
  },
  it: {
    months: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
    through: ['a', 'al'],
    lastYear: ["l'anno scorso", 'lo scorso anno', "dell'anno scorso", "l'anno passato"],
    calendar: ['anno', 'anni', 'mese', 'mesi', 'trimestre'],
  },
  nl: {
    months: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
    through: ['tot', 't/m'],
    lastYear: ['vorig jaar', 'vorige jaar', 'afgelopen jaar'],
    calendar: ['jaar', 'jaren', 'maand', 'maanden', 'kwartaal'],
  },
  pt: {
    months: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
    through: ['a', 'até'],
    lastYear: ['no ano passado', 'do ano passado', 'o ano passado'],
    calendar: ['ano', 'anos', 'mês', 'meses', 'trimestre'],
  },
  ru: {
    months: [['январь', 'января', 'январе'], ['февраль', 'февраля', 'феврале'], ['март', 'марта', 'марте'], ['апрель', 'апреля', 'апреле'], ['май', 'мая', 'мае'], ['июнь', 'июня', 'июне'], ['июль', 'июля', 'июле'], ['август', 'августа', 'августе'], ['сентябрь', 'сентября', 'сентябре'], ['октябрь', 'октября', 'октябре'], ['ноябрь', 'ноября', 'ноябре'], ['декабрь', 'декабря', 'декабре']],
    through: ['по', 'до'],
    lastYear: ['в прошлом году', 'прошлого года'],
    calendar: ['год', 'года', 'году', 'лет', 'месяц', 'месяца', 'месяцев', 'квартал'],
  },
};
