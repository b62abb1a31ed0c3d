import { compoundReader } from './compounds';
import { stemWord, tokenize } from './tokens';

const reader = compoundReader((word) => stemWord(word, 'de'));
const parts = (word: string) => reader.parts(stemWord(word.toLowerCase(), 'de'));
const stems = (...words: string[]) => words.map((word) => stemWord(word, 'de'));

describe('German compounds', () => {
  it('reads a compound as its head, and the rest when that is a listed noun, across the joints', () => {
    expect(parts('Bahnstreik')).toEqual(stems('bahn', 'streik'));
    expect(parts('Bahnstreiks')).toEqual(stems('bahn', 'streik'));
    expect(parts('Verkehrsminister')).toEqual(stems('verkehr', 'minister'));
    expect(parts('Regierungssprecher')).toEqual(stems('regierung', 'sprecher'));
    expect(parts('Lokführergewerkschaft')).toEqual(stems('gewerkschaft'));
  });

  it('splits the rest again when it is a compound itself', () => {
    expect(parts('Bundesverkehrsminister')).toEqual(stems('bund', 'verkehr', 'minister'));
  });

  it('leaves a word alone that only ends like a listed noun, or is one', () => {
    for (const word of ['Russland', 'Deutschland', 'Auswahl', 'Übereinstimmung', 'Insgesamt', 'Streik', 'Verkehr']) {
      expect(parts(word), word).toEqual([]);
    }
  });

  it('gives the tokenizer a German noun’s parts after the noun, and no parts to other words or languages', () => {
    expect(tokenize('Der Bahnstreik geht weiter.', 'de').map((token) => token.term)).toEqual([...stems('bahnstreik', 'bahn', 'streik'), stemWord('geht', 'de')]);
    expect(tokenize('die bahnstreik', 'de').map((token) => token.term)).toEqual(stems('bahnstreik'));
    expect(tokenize('The Bahnstreik', 'en').map((token) => token.term)).toEqual(['bahnstreik']);
  });
});
