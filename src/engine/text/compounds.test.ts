import { compoundParts } from './compounds';
import { stemWord, tokenize } from './tokens';

const parts = (word: string) => compoundParts(word.toLowerCase(), (part) => stemWord(part, 'de'));
const stems = (...words: string[]) => words.map((word) => stemWord(word, 'de'));

describe('German compounds', () => {
  it('reads a compound as its head, and the rest when that is a listed noun, across joints and endings', () => {
    expect(parts('Bahnstreik')).toEqual(stems('bahn', 'streik'));
    expect(parts('Bahnstreiks')).toEqual(stems('bahn', 'streik'));
    expect(parts('Verkehrsminister')).toEqual(stems('verkehr', 'minister'));
    expect(parts('Regierungssprecher')).toEqual(stems('regierung', 'sprecher'));
    expect(parts('Landesregierungen')).toEqual(stems('regierung'));
    expect(parts('Lokführergewerkschaft')).toEqual(stems('gewerkschaft'));
    expect(parts('Flughafen')).toEqual(stems('flug', 'hafen'));
    expect(parts('Leitzins')).toEqual(stems('zins'));
    // German drops a final "e" before the next part: Schule → Schul-.
    expect(parts('Schulkinder')).toEqual(stems('schule', 'kind'));
  });

  it('splits the rest again when it is a compound itself', () => {
    expect(parts('Bundesverkehrsminister')).toEqual(stems('bund', 'verkehr', 'minister'));
    expect(parts('Fernverkehrsminister')).toEqual(stems('verkehr', 'minister'));
  });

  it('leaves a word alone that only ends like a listed noun, or is one', () => {
    const words = ['Russland', 'Deutschland', 'Auswahl', 'Übereinstimmung', 'Insgesamt', 'Streik', 'Verkehr'];
    // Their stems end in a listed noun's stem (Bürger → burg, Fahrer → fahr, Rente → rent); their letters do not.
    words.push('Brandenburg', 'Magdeburg', 'Lebensgefahr', 'Konkurrent', 'Referent');
    // They end in a listed noun but are not of its kind, whatever their form or compound.
    words.push('Autobahn', 'Autobahnen', 'Bundesautobahn', 'Fahrbahn', 'Landebahn', 'Datenbank', 'Kundendatenbank', 'Anklagebank', 'Kriegsgefahr', 'Netzwerk');
    words.push('Millisekunden', 'Geburtsurkunde', 'Konkurrenten', 'Pressereferenten', 'Übermitteln');
    // "-er" is a plural ending only where the noun takes it: a town planner is no town plan.
    words.push('Stadtplaner');
    for (const word of words) expect(parts(word), word).toEqual([]);
  });

  it('gives the tokenizer a German noun’s parts after the noun, and no parts to other words or languages', () => {
    expect(tokenize('Der Bahnstreik geht weiter.', 'de').map((token) => token.term)).toEqual([...stems('bahnstreik', 'bahn', 'streik'), stemWord('geht', 'de')]);
    expect(tokenize('die bahnstreik', 'de').map((token) => token.term)).toEqual(stems('bahnstreik'));
    expect(tokenize('The Bahnstreik', 'en').map((token) => token.term)).toEqual(['bahnstreik']);
  });
});
