import { findNumbers } from './numbers';
import { tokenize } from './tokens';

const terms = (text: string) => tokenize(text).map((token) => token.term);

describe('tokenize', () => {
  it('drops stopwords, lowercases and stems', () => {
    expect(terms('The leaders were denouncing the policies')).toEqual(['leader', 'denounc', 'polici']);
  });

  it('gives one term to forms of a word and to British and American spellings', () => {
    expect(terms('interfering')).toEqual(terms('interference'));
    expect(terms('realise')).toEqual(terms('realize'));
    expect(terms('criticised')).toEqual(terms('criticized'));
    expect(terms('behaviour')).toEqual(terms('behavior'));
    expect(terms('defence')).toEqual(terms('defense'));
  });

  it('keeps "US" (not the pronoun) and folds the names of the United States together', () => {
    expect(terms('the US policy')).toEqual(terms('the U.S. policy'));
    expect(terms('the US policy')).toEqual(terms('the United States policy'));
    expect(terms('give us a call')).toEqual(['give', 'call']);
  });

  it('marks names, but not a capital that only starts the sentence', () => {
    const tokens = tokenize('Officials met Putin in Beijing.');
    expect(tokens.filter((token) => token.kind === 'name').map((token) => token.surface)).toEqual(['Putin', 'Beijing']);
  });

  it('stems other languages by their own rules and drops their function words', () => {
    const german = (text: string) => tokenize(text, 'de').map((token) => token.term);
    expect(german('des Streiks')).toEqual(german('der Streik'));
    expect(german('die Fernzüge')).toEqual(german('ein Fernzug'));
    expect(german('Die Gewerkschaft und der Streik')).toHaveLength(2);
    // Attribution, like "said" and "according to": no fact of its own.
    expect(german('Nach Angaben der Bahn, teilte ein Sprecher mit')).toEqual(german('Bahn Sprecher'));
    const russian = (text: string) => tokenize(text, 'ru').map((token) => token.term);
    expect(russian('выборы президента')).toEqual(russian('выборов президенту'));
    expect(russian('и в на')).toEqual([]);
  });

  it('reads a French or Italian elided article as the word it joins', () => {
    const french = (text: string) => tokenize(text, 'fr').map((token) => token.term);
    expect(french("l'élection")).toEqual(french('les élections'));
    expect(french("d’Ukraine")).toEqual(french('Ukraine'));
    const italian = (text: string) => tokenize(text, 'it').map((token) => token.term);
    expect(italian("dell'Ucraina")).toEqual(italian("l'Ucraina"));
  });

  it('takes no German noun for a name for its capital, but keeps names in capitals', () => {
    const tokens = tokenize('Die Bahn und die GDL streiten über Arbeitszeiten.', 'de');
    expect(tokens.filter((token) => token.kind === 'name').map((token) => token.surface)).toEqual(['GDL']);
  });

  it('splits Chinese and Japanese, written without spaces, into words, dropping their function words', () => {
    // The dictionary's split of the rarer words may change with the platform: the common ones are asserted.
    const chinese = terms('台湾曾指责中国干预其一月份的选举。');
    expect(chinese).toEqual(expect.arrayContaining(['台湾', '指责', '中国', '干预', '选举']));
    expect(chinese).not.toContain('的');
    const japanese = terms('岸田首相は火曜日に記者会見した。');
    expect(japanese).toEqual(expect.arrayContaining(['岸田', '首相', '火曜日', '記者', '会見']));
    expect(japanese).not.toContain('は');
    // Latin words inside such a run are stemmed as any other.
    expect(terms('苹果发布iPhones新品')).toEqual(['苹果', '发布', 'iphon', '新品']);
  });

  it('calls no word of a script without capitals a name for being "in capitals"', () => {
    for (const text of ['中国国家主席习近平与普京通电话', '대통령이 회담했다', 'الرئيس الروسي']) {
      expect(tokenize(text).filter((token) => token.kind === 'name')).toEqual([]);
    }
    expect(tokenize('The NATO summit').find((token) => token.surface === 'NATO')?.kind).toBe('name');
    // Latin names inside a Chinese run are names, not words that start a clause.
    const names = tokenize('苹果公司Apple与谷歌Google合作').filter((token) => token.kind === 'name').map((token) => token.surface);
    expect(names).toEqual(['Apple', 'Google']);
  });

  it('normalizes amounts so that different writings of one figure compare equal', () => {
    const numberTerms = (text: string) => tokenize(text).filter((token) => token.kind === 'number').map((token) => token.term);
    expect(numberTerms('$240.1bn')).toEqual(numberTerms('$240.1 billion'));
    expect(numberTerms('US$240.1 billion')).toEqual(numberTerms('$240.1 billion'));
    expect(numberTerms('a 26 per cent rise')).toEqual(numberTerms('a 26% rise'));
    expect(numberTerms('26 percent')).toEqual(['#26%']);
  });

  it('tells money, percentages and years apart', () => {
    expect(findNumbers('$218.2bn in 2023, up 26%, 1,200 jobs').map((number) => [number.unit, number.value])).toEqual([
      ['money', 218.2e9],
      ['year', 2023],
      ['percent', 26],
      ['count', 1200],
    ]);
  });

  it('reads amounts as each language writes them: a decimal comma, a grouping dot, its scale and currency words', () => {
    const money = (text: string, language: Parameters<typeof tokenize>[1]) =>
      findNumbers(text, language).map((number) => [number.value, number.unit]);
    const expected = [[240_100_000_000, 'money']];
    expect(money('$240.1bn', 'en')).toEqual(expected);
    expect(money('240,1 Milliarden Dollar', 'de')).toEqual(expected);
    expect(money('240,1 Mrd. Dollar', 'de')).toEqual(expected);
    expect(money('240,1 milliards de dollars', 'fr')).toEqual(expected);
    expect(money('240.100 millones de dólares', 'es')).toEqual(expected);
    expect(money('240,1 miliardi di dollari', 'it')).toEqual(expected);
    expect(money('240,1 miljard dollar', 'nl')).toEqual(expected);
    expect(money('240,1 bilhões de dólares', 'pt')).toEqual(expected);
    expect(money('240,1 млрд долларов', 'ru')).toEqual(expected);
    // A German billion is a million millions; a grouping dot is not a decimal point.
    expect(money('2 Billionen Euro', 'de')).toEqual([[2e12, 'money']]);
    expect(money('1.200 Euro', 'de')).toEqual([[1200, 'money']]);
    expect(money('€1,200', 'en')).toEqual([[1200, 'money']]);
    expect(findNumbers('ein Plus von 26 Prozent', 'de').map((number) => [number.value, number.unit])).toEqual([[26, 'percent']]);
    // French and Russian group thousands with a space.
    expect(money('1 200 000 euros', 'fr')).toEqual([[1_200_000, 'money']]);
    expect(findNumbers('100 000 человек', 'ru').map((number) => number.value)).toEqual([100_000]);
  });

  it('reads no amount out of a dotted date or a figure written the English way in another language', () => {
    expect(findNumbers('Am 12.03.2024 wurde gewählt.', 'de')).toEqual([]);
    expect(findNumbers('Es waren 1.5 Milliarden, $2.5bn und 1,000,000 Euro.', 'de')).toEqual([]);
  });

  it('reads Chinese and Japanese amounts: the scale and the currency follow the digits, straight after a word', () => {
    expect(findNumbers('去年中俄贸易额达到2401亿美元，同比增长26%。').map((number) => [number.unit, number.value, number.currency])).toEqual([
      ['money', 240.1e9, '美元'],
      ['percent', 26, ''],
    ]);
    expect(findNumbers('约有1.3万人被转移，费用约2兆円。').map((number) => [number.unit, number.value])).toEqual([
      ['count', 13_000],
      ['money', 2e12],
    ]);
    // Scale characters multiply: 万亿 is a trillion, 千万 ten million; 兆 before a unit of power is mega.
    expect(findNumbers('126万亿元、1.5万亿美元、5千万円、约3千亿元').map((number) => [number.unit, number.value])).toEqual([
      ['money', 126e12],
      ['money', 1.5e12],
      ['money', 5e7],
      ['money', 3e11],
    ]);
    expect(findNumbers('装机容量1000兆瓦').map((number) => number.value)).toEqual([1000]);
    // A Latin letter before the digits still makes them part of a code.
    expect(findNumbers('G7 summit')).toEqual([]);
  });
});
