/**
 * German writes a compound as one word: "Bahnstreik" is a strike ("Streik") of the railway
 * ("Bahn"), and one report's "Bahnstreik" is another's "Streik der Bahn". A noun that ends in
 * a common noun of the news (its head), as written, perhaps inflected, is read as itself and
 * as its parts: the head, and the rest when that is such a noun too ("Verkehrsminister":
 * Verkehr, Minister). No word list that could split every compound is in the package
 * registries under a licence the bundle can carry, so the parts are these nouns only; a
 * compound of others stays one term.
 */
import type { Language } from './language';

/**
 * Nouns that head many compounds in news, lowercased as written. Matched on the written word,
 * not on stems: stems end many words ("Bürger" stems to "burg": Brandenburg). Left out on
 * purpose: "Land" (Russland, Deutschland are countries, not land), "Werk" (Netzwerk,
 * Feuerwerk), "Stimme" (Übereinstimmung).
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
  'wasser', 'wirtschaft', 'zins', 'zoll',
];

/**
 * Endings of words that end in a head but are not of its kind, themselves or inflected or in
 * a compound: a motorway or a runway is no railway, a database no bank, a second no customer.
 */
const NOT_COMPOUNDS = [
  'autobahn', 'fahrbahn', 'laufbahn', 'umlaufbahn', 'landebahn', 'startbahn', 'achterbahn', 'datenbank', 'sitzbank', 'werkbank',
  'anklagebank', 'ersatzbank', 'sekunde', 'urkunde', 'konkurrent', 'referent', 'übermittel', 'vermittel', 'misshandel',
];

/** Endings of a head's inflected forms ("Streiks", "Regierungen"); "-er" and "-ern" only where the plural takes them ("Kinder"). */
const ENDINGS = ['', 'e', 'en', 'n', 's', 'es', 'nen'];
const ER_PLURALS = new Set(['kind', 'geld']);
/** The joints German puts between the parts of a compound ("Verkehr-s-minister", "Straße-n-bahn"). */
const JOINTS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
/** Least letters before a head: a shorter rest is a prefix ("Auswahl", "Beschluss"), not a noun. */
const MIN_REST = 4;
const MAX_PARTS = 3;

const HEADS = new Set(GERMAN_HEADS);

/** A word's forms without an inflection's ending, the word itself first. */
function uninflected(word: string): string[] {
  return [...ENDINGS, 'er', 'ern'].filter((ending) => word.endsWith(ending)).map((ending) => word.slice(0, word.length - ending.length));
}

/** The head a word ends in and what stands before it, longest head first; null when none. */
function splitHead(word: string): { rest: string; head: string } | null {
  if (uninflected(word).some((form) => NOT_COMPOUNDS.some((ending) => form.endsWith(ending)))) return null;
  for (let at = MIN_REST; at < word.length; at++) {
    const tail = word.slice(at);
    for (const ending of ENDINGS) {
      const head = tail.endsWith(ending) ? tail.slice(0, tail.length - ending.length) : '';
      if (HEADS.has(head)) return { rest: word.slice(0, at), head };
    }
    for (const ending of ['er', 'ern']) {
      const head = tail.endsWith(ending) ? tail.slice(0, tail.length - ending.length) : '';
      if (ER_PLURALS.has(head)) return { rest: word.slice(0, at), head };
    }
  }
  return null;
}

/** The rest before a head as a listed noun, across a joint or a dropped final "e" ("Schul-kinder"). */
function restAsHead(rest: string): string | null {
  for (const joint of JOINTS) {
    if (!rest.endsWith(joint) || rest.length - joint.length < MIN_REST) continue;
    const before = rest.slice(0, rest.length - joint.length);
    if (HEADS.has(before)) return before;
  }
  return HEADS.has(`${rest}e`) ? `${rest}e` : null;
}

/** The listed nouns a lowercased word is made of, in order, head last; empty when none. */
function parts(word: string, depth: number): string[] {
  const split = splitHead(word);
  if (!split) return [];
  const { rest, head } = split;
  const whole = restAsHead(rest);
  if (whole) return [whole, head];
  // The rest may itself be a compound ("Bundesverkehrs|minister").
  for (const joint of depth < MAX_PARTS - 1 ? JOINTS : []) {
    if (!rest.endsWith(joint) || rest.length - joint.length < MIN_REST) continue;
    const inner = parts(rest.slice(0, rest.length - joint.length), depth + 1);
    if (inner.length > 0) return [...inner, head];
  }
  return [head];
}

/** The stems of the listed nouns a German word is made of, head last; empty when it is none of those compounds. */
export function compoundParts(lowercaseWord: string, stem: (word: string) => string): string[] {
  return parts(lowercaseWord, 0).map(stem);
}

/** Whether the language writes compounds as one word and has heads listed here. */
export function readsCompounds(language: Language): language is 'de' {
  return language === 'de';
}
