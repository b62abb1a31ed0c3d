/**
 * German writes a compound as one word: "Bahnstreik" is a strike ("Streik") of the railway
 * ("Bahn"), and one report's "Bahnstreik" is another's "Streik der Bahn". A noun that ends in
 * a common noun of the news (its head) is read as itself and as its parts: the head, and the
 * rest when that is such a noun too ("Verkehrsminister": verkehr, minist). No word list that
 * could split every compound is in the package registries under a licence the bundle can
 * carry, so the parts are these nouns only; a compound of others stays one term.
 */
import type { Language } from './language';

/**
 * Nouns that head many compounds in news. Left out on purpose: "Land" (Russland, Deutschland
 * are countries, not land), verbs' nouns that end many unrelated words ("Stimmen":
 * Übereinstimmung), and heads of three letters (Amt, Rat, Tag, Zug, Gas), too easily the end
 * of another word.
 */
const GERMAN_HEADS = [
  'abkommen', 'angriff', 'anlage', 'anschlag', 'arbeit', 'arbeiter', 'armee', 'bahn', 'bank', 'behörde', 'bericht',
  'bevölkerung', 'brand', 'bund', 'bürger', 'chef', 'chefin', 'debatte', 'energie', 'ermittler', 'ermittlung', 'experte',
  'fahrer', 'fahrzeug', 'feuer', 'flucht', 'flüchtling', 'flug', 'flughafen', 'flut', 'fraktion', 'gebiet', 'geld', 'gemeinde',
  'gericht', 'gesetz', 'gespräch', 'gewerkschaft', 'gipfel', 'grenze', 'hafen', 'handel', 'haushalt', 'hilfe', 'industrie',
  'kampf', 'kanzler', 'kanzlerin', 'kind', 'klima', 'klinik', 'koalition', 'konflikt', 'konzern', 'kosten', 'krankenhaus',
  'kreis', 'krieg', 'krise', 'kunde', 'lohn', 'markt', 'mehrheit', 'minister', 'ministerin', 'ministerium', 'mittel',
  'opfer', 'parlament', 'partei', 'patient', 'pflicht', 'plan', 'polizei', 'politik', 'preis', 'präsident', 'präsidentin',
  'programm', 'projekt', 'protest', 'prozess', 'rakete', 'reform', 'regel', 'regierung', 'region', 'rente', 'sanktion',
  'schule', 'schulden', 'soldat', 'sprecher', 'sprecherin', 'staat', 'stadt', 'steuer', 'strafe', 'streik', 'streit',
  'strom', 'studie', 'sturm', 'system', 'treffen', 'truppe', 'umfrage', 'unfall', 'unternehmen', 'urteil', 'verband',
  'verbot', 'verfahren', 'verhandlung', 'verkehr', 'versicherung', 'versorgung', 'vertrag', 'wachstum', 'waffe', 'wahl',
  'wasser', 'werk', 'wirtschaft', 'zins', 'zoll',
];

/** The joints German puts between the parts of a compound ("Verkehr-s-minister", "Straße-n-bahn"). */
const JOINTS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
/** Least letters of a head's stem, and of what stands before it. */
const MIN_HEAD = 4;
const MIN_REST = 4;
const MAX_PARTS = 3;

export interface CompoundReader {
  /** The stems of the parts of a word's stem, head last; empty when it is not such a compound. */
  parts(stem: string): string[];
}

/** `stem` is the language's stemmer: heads are matched as stems, so "Bahnstreiks" ends in "Streik". */
export function compoundReader(stem: (word: string) => string): CompoundReader {
  const heads = new Set(GERMAN_HEADS.map(stem).filter((head) => head.length >= MIN_HEAD));
  const restAsHead = (rest: string): string | null => {
    for (const joint of JOINTS) {
      if (!rest.endsWith(joint) || rest.length - joint.length < MIN_REST) continue;
      const word = stem(rest.slice(0, rest.length - joint.length));
      if (heads.has(word)) return word;
    }
    return null;
  };
  const split = (word: string, depth: number): string[] => {
    for (let at = MIN_REST; at <= word.length - MIN_HEAD; at++) {
      const head = word.slice(at);
      if (!heads.has(head)) continue;
      const rest = word.slice(0, at);
      const whole = restAsHead(rest);
      if (whole) return [whole, head];
      // The rest may itself be a compound ("Bundesverkehrs|minister").
      const inner = depth < MAX_PARTS - 1 ? JOINTS.map((joint) => (rest.endsWith(joint) ? split(rest.slice(0, rest.length - joint.length), depth + 1) : [])).find((found) => found.length > 0) : undefined;
      return [...(inner ?? []), head];
    }
    return [];
  };
  return { parts: (word) => split(word, 0) };
}

/** Whether the language writes compounds as one word and has heads listed here. */
export function readsCompounds(language: Language): language is 'de' {
  return language === 'de';
}
