import { timeScopes } from './scope';

const scopes = (text: string, language: Parameters<typeof timeScopes>[1] = 'en') => timeScopes(text, language).map((scope) => scope.text);

describe('timeScopes', () => {
  it('reads a range of months, a month and a year, longest first', () => {
    expect(scopes('Trade reached $218.2bn in January-November, and $240.1bn in 2023.')).toEqual(['January-November', '2023']);
    expect(scopes('Exports fell in March 2023.')).toEqual(['March 2023']);
  });

  it('reads the same periods in the other languages it stems', () => {
    expect(scopes('Der Handel erreichte von Januar bis November 218,2 Milliarden Dollar.', 'de')).toEqual(['Januar bis November']);
    expect(scopes('Der Handel stieg im vergangenen Jahr auf 240,1 Milliarden Dollar.', 'de')).toEqual(['im vergangenen Jahr']);
    expect(scopes("Le commerce a atteint de janvier à novembre 218,2 milliards de dollars, contre 240,1 l'an dernier.", 'fr')).toEqual([
      'janvier à novembre',
      "l'an dernier",
    ]);
    expect(scopes('El comercio alcanzó de enero a noviembre 218.200 millones; el año pasado, 240.100 millones.', 'es')).toEqual([
      'enero a noviembre',
      'el año pasado',
    ]);
    expect(scopes('С января по ноябрь товарооборот составил 218,2 млрд долларов, в прошлом году 240,1 млрд.', 'ru')).toEqual([
      'января по ноябрь',
      'в прошлом году',
    ]);
  });

  it('does not take a word that begins like a month for one', () => {
    expect(scopes('Die Maisernte fiel aus.', 'de')).toEqual([]);
    expect(scopes('Les marsouins sont revenus.', 'fr')).toEqual([]);
  });
});
