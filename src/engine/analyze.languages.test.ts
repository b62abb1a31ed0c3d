/**
 * Articles in languages the engine stems besides English: the same analysis, with each
 * language's own stems and function words. The texts are short reports written for these
 * tests, each story told twice in other words, next to another story of the same day that
 * shares its function words and a phrase or two.
 */
import { analyze, buildIndex, type Analysis, type ArticleInput } from './index';
import { writtenReport } from './written-report';

const relatedIds = (analysis: Analysis) => analysis.related.map((entry) => entry.doc);
const omittedTexts = (analysis: Analysis) => analysis.omitted.map((item) => item.text);

describe('a German article', () => {
  const article: ArticleInput = writtenReport('article', 'Lokführer streiken im Fernverkehr', 'de', [
    'Die Gewerkschaft der Lokführer hat am Mittwoch einen Streik im Fernverkehr der Deutschen Bahn begonnen.',
    'Nach Angaben der Bahn fallen die meisten Fernzüge bis Freitag aus.',
    'Die Gewerkschaft fordert kürzere Arbeitszeiten für die Lokführer.',
  ]);
  const sameStory = writtenReport('same-story', 'Streik der Lokführer legt Fernzüge lahm', 'de', [
    'Wegen des Streiks der Lokführer fallen seit Mittwoch die meisten Fernzüge der Bahn aus.',
    'Die Lokführer fordern kürzere Arbeitszeiten.',
    'Der Verkehrsminister rief beide Seiten zu einer raschen Einigung auf.',
    'Auch Güterzüge stehen still, was die Industrie nach Angaben ihrer Verbände täglich Millionen kostet.',
  ]);
  const flood = writtenReport('flood', 'Hochwasser in Bayern', 'de', [
    'Nach tagelangem Regen sind in Bayern mehrere Flüsse über die Ufer getreten.',
    'Die Feuerwehr hat am Mittwoch Hunderte Menschen aus ihren Häusern gebracht.',
    'Nach Angaben der Behörden bleiben viele Straßen bis Freitag gesperrt.',
  ]);
  const analysis = analyze(article, buildIndex([sameStory, flood]));

  it('finds the other report of the strike, and not the flood', () => {
    expect(relatedIds(analysis)).toEqual(['same-story']);
  });

  it('lists what that report adds, and not what the article says in other forms of its words', () => {
    const omitted = omittedTexts(analysis);
    expect(omitted).toContain('Der Verkehrsminister rief beide Seiten zu einer raschen Einigung auf.');
    expect(omitted).toContain('Auch Güterzüge stehen still, was die Industrie nach Angaben ihrer Verbände täglich Millionen kostet.');
    // "des Streiks", "fordern": the article's "Streik", "fordert".
    expect(omitted).not.toContain('Wegen des Streiks der Lokführer fallen seit Mittwoch die meisten Fernzüge der Bahn aus.');
    expect(omitted).not.toContain('Die Lokführer fordern kürzere Arbeitszeiten.');
  });
});

describe('a French article', () => {
  const article: ArticleInput = writtenReport('article', 'Le gouvernement relève le budget de la défense', 'fr', [
    'Le gouvernement a annoncé mardi une hausse du budget de la défense.',
    "Cette hausse doit financer l'achat de nouveaux avions de combat.",
  ]);
  const sameStory = writtenReport('same-story', 'Défense : le budget augmente', 'fr', [
    'Mardi, le gouvernement a annoncé la hausse des budgets de la défense.',
    "Les nouveaux avions de combat seront financés par cette hausse, selon le ministère.",
    "L'opposition a critiqué le coût de ces annonces pour les finances publiques.",
  ]);
  const farmers = writtenReport('farmers', 'Les agriculteurs bloquent les autoroutes', 'fr', [
    'Les agriculteurs ont bloqué mardi plusieurs autoroutes du sud de la France.',
    'Ils dénoncent la hausse du prix du gazole et les normes européennes.',
  ]);
  const analysis = analyze(article, buildIndex([sameStory, farmers]));

  it('finds the other report of the budget, and not the farmers', () => {
    expect(relatedIds(analysis)).toEqual(['same-story']);
  });

  it('lists the opposition’s criticism, and neither sentence that restates the article', () => {
    const omitted = omittedTexts(analysis);
    expect(omitted).toContain("L'opposition a critiqué le coût de ces annonces pour les finances publiques.");
    expect(omitted).not.toContain('Mardi, le gouvernement a annoncé la hausse des budgets de la défense.');
    expect(omitted).not.toContain('Les nouveaux avions de combat seront financés par cette hausse, selon le ministère.');
  });
});

describe('a Spanish article with no language given', () => {
  const article: ArticleInput = writtenReport('article', 'El Banco Central sube los tipos de interés', null, [
    'El Banco Central subió el martes los tipos de interés por tercera vez este año.',
    'La entidad justificó la decisión por la inflación de los alimentos.',
  ]);
  const sameStory = writtenReport('same-story', 'Nueva subida de tipos', null, [
    'Los tipos de interés suben por tercera vez en el año, anunció el martes el Banco Central.',
    'Los sindicatos advirtieron que las hipotecas serán más caras para miles de familias.',
  ]);
  const football = writtenReport('football', 'El Betis gana el derbi', null, [
    'El Betis ganó el martes el derbi por tercera vez este año.',
    'Los aficionados celebraron la victoria en las calles de Sevilla.',
  ]);
  const analysis = analyze(article, buildIndex([sameStory, football]));

  it('reads it as Spanish all the same: finds the other report, lists what it adds', () => {
    expect(relatedIds(analysis)).toEqual(['same-story']);
    const omitted = omittedTexts(analysis);
    expect(omitted).toContain('Los sindicatos advirtieron que las hipotecas serán más caras para miles de familias.');
    expect(omitted).not.toContain('Los tipos de interés suben por tercera vez en el año, anunció el martes el Banco Central.');
  });
});

describe('a figure given for another period, in German, French and Russian', () => {
  it('is a discrepancy of scope, read with the decimal comma and the scale words of the language', () => {
    const article = writtenReport('article', 'Telefonat zwischen Xi und Putin', 'de', [
      'Xi Jinping und Wladimir Putin haben am Donnerstag miteinander telefoniert.',
      'Nach Angaben des chinesischen Zolls erreichte der Handel zwischen beiden Ländern von Januar bis November 218,2 Milliarden Dollar.',
    ]);
    const report = writtenReport('report', 'Xi und Putin telefonieren', 'de', [
      'Der chinesische Präsident Xi Jinping und der russische Präsident Wladimir Putin haben am Donnerstag telefoniert.',
      'Nach chinesischen Zollangaben stieg der Handel zwischen beiden Ländern im vergangenen Jahr auf 240,1 Milliarden Dollar, ein Plus von 26 Prozent.',
    ]);
    const analysis = analyze(article, buildIndex([report]));
    expect(analysis.discrepancies.map((found) => found.note)).toEqual([
      '218,2 Milliarden Dollar here, 240,1 Milliarden Dollar in report: differs in scope: Januar bis November vs im vergangenen Jahr',
    ]);
    expect(omittedTexts(analysis).some((text) => text.includes('240,1'))).toBe(false);
  });

  it('reads the period in French too: the year before against January to November', () => {
    const article = writtenReport('article', 'Le commerce sino-russe', 'fr', [
      'Selon les douanes chinoises, le commerce entre les deux pays a atteint de janvier à novembre 218,2 milliards de dollars.',
    ]);
    const report = writtenReport('report', 'Commerce record', 'fr', [
      "Selon les douanes chinoises, le commerce entre les deux pays a atteint 240,1 milliards de dollars l'an dernier.",
    ]);
    expect(analyze(article, buildIndex([report])).discrepancies.map((found) => found.note)).toEqual([
      "218,2 milliards de dollars here, 240,1 milliards de dollars in report: differs in scope: janvier à novembre vs l'an dernier",
    ]);
  });

  it('is a true conflict when both give it for the same months, however each declines them (Russian)', () => {
    const article = writtenReport('article', 'Товарооборот России и Китая', 'ru', [
      'По данным китайской таможни, товарооборот двух стран с января по ноябрь составил 218,2 млрд долларов.',
    ]);
    const report = writtenReport('report', 'Рекорд товарооборота', 'ru', [
      'По данным китайской таможни, товарооборот двух стран в январе-ноябре составил 230 млрд долларов.',
    ]);
    expect(analyze(article, buildIndex([report])).discrepancies.map((found) => found.note)).toEqual([
      '218,2 млрд долларов here, 230 млрд долларов in report: the figures conflict for the same scope',
    ]);
  });
});

describe('a day given differently, in German and Spanish', () => {
  const dated = (report: ReturnType<typeof writtenReport>) => ({ ...report, published: '2024-02-09', source: 'Zeitung' });
  // Another story of the day in each language, so that the index has words to weigh.
  const others = [
    writtenReport('flood', 'Hochwasser in Bayern', 'de', [
      'Nach tagelangem Regen sind in Bayern mehrere Flüsse über die Ufer getreten.',
      'Die Feuerwehr hat am Mittwoch Hunderte Menschen aus ihren Häusern gebracht.',
    ]),
    writtenReport('football', 'El Madrid gana el derbi', 'es', [
      'El Real Madrid ganó el derbi el miércoles con dos goles en la segunda parte.',
      'El entrenador dijo que el equipo mostró carácter durante una hora difícil.',
    ]),
  ];

  it('is a discrepancy of dates, each day placed against its report’s publication', () => {
    const article = dated(
      writtenReport('article', 'Telefonat zwischen Xi und Putin', 'de', [
        'Xi Jinping und Wladimir Putin haben am Donnerstag eine Stunde lang miteinander telefoniert.',
        'Beide kritisierten die Einmischung der USA in innere Angelegenheiten.',
      ]),
    );
    const report = dated(
      writtenReport('report', 'Xi und Putin telefonieren', 'de', [
        'Xi Jinping und Wladimir Putin haben am Mittwoch eine Stunde lang miteinander telefoniert.',
        'Beide kritisierten die Einmischung der USA in innere Angelegenheiten anderer Staaten.',
        'Putin sagte, die Beziehungen beider Länder seien so gut wie nie zuvor.',
        'Der Handel zwischen Russland und China ist seit Beginn des Krieges in der Ukraine stark gewachsen.',
      ]),
    );
    const found = analyze({ ...article, url: null }, buildIndex([report, ...others])).discrepancies.filter((entry) => entry.kind === 'date');
    expect(found.map((entry) => entry.note)).toEqual(['Donnerstag (2024-02-08) here, Mittwoch (2024-02-07) in Zeitung']);
  });

  it('is none when the two name the same day in other words (Spanish: "ayer" in a report of Friday is Thursday)', () => {
    const article = dated(
      writtenReport('article', 'Llamada entre Xi y Putin', 'es', [
        'Xi Jinping y Vladímir Putin hablaron por teléfono el jueves durante una hora.',
        'Ambos criticaron la injerencia de Estados Unidos en los asuntos internos.',
      ]),
    );
    const report = dated(
      writtenReport('report', 'Xi y Putin hablan', 'es', [
        'Xi Jinping y Vladímir Putin hablaron por teléfono ayer durante una hora.',
        'Ambos criticaron la injerencia de Estados Unidos en los asuntos internos de otros países.',
        'Putin dijo que las relaciones entre los dos países nunca habían sido tan buenas.',
        'El comercio entre Rusia y China ha crecido con fuerza desde el comienzo de la guerra en Ucrania.',
      ]),
    );
    const wrongDay = { ...report, id: 'wrong-day', text: report.text.replace('ayer', 'el miércoles') };
    const dates = (corpus: ReturnType<typeof writtenReport>[]) =>
      analyze({ ...article, url: null }, buildIndex([...corpus, ...others])).discrepancies.filter((entry) => entry.kind === 'date');
    expect(dates([report])).toEqual([]);
    expect(dates([wrongDay]).map((entry) => entry.note)).toEqual(['jueves (2024-02-08) here, miércoles (2024-02-07) in Zeitung']);
  });
});

describe('a German article written in compounds', () => {
  // The report says in separate words what the article packs into compounds.
  const article = writtenReport('article', 'Bahnstreik legt Fernverkehr lahm', 'de', [
    'Der Bahnstreik der Lokführergewerkschaft hat am Mittwoch den Fernverkehr in ganz Deutschland lahmgelegt.',
    'Die Bahnkunden müssen sich bis Freitag auf Zugausfälle einstellen, teilte ein Bahnsprecher mit.',
    'Die Gewerkschaftsführung fordert eine Arbeitszeitverkürzung für Schichtarbeiter.',
  ]);
  const report = writtenReport('report', 'Lokführer streiken', 'de', [
    'Die Gewerkschaft der Lokführer hat am Mittwoch einen Streik bei der Bahn begonnen.',
    'Nach Angaben eines Sprechers der Bahn fallen bis Freitag die meisten Züge im Verkehr zwischen den Großstädten aus.',
    'Der Verkehrsminister rief beide Seiten zu einer raschen Einigung auf.',
    'Die Gewerkschaft verlangt kürzere Arbeitszeiten für Beschäftigte im Schichtdienst.',
  ]);
  const budget = writtenReport('budget', 'Bundestag berät Haushalt', 'de', [
    'Der Bundestag hat am Mittwoch über den Haushalt für das kommende Jahr beraten.',
    'Der Finanzminister verteidigte die geplanten Kürzungen bei der Bahn und im Verkehr.',
    'Die Opposition kritisierte die Neuverschuldung als zu hoch.',
  ]);
  const flood = writtenReport('flood', 'Hochwasser in Bayern', 'de', [
    'Nach tagelangem Regen sind in Bayern mehrere Flüsse über die Ufer getreten.',
    'Die Feuerwehr hat am Mittwoch Hunderte Menschen aus ihren Häusern gebracht.',
  ]);
  const analysis = analyze({ ...article, url: null }, buildIndex([report, budget, flood]));

  it('finds the report of the strike through the compounds’ parts, and neither other story', () => {
    // Read as whole words, "Bahnstreik" never meets "Streik": nothing was related.
    expect(relatedIds(analysis)).toEqual(['report']);
  });

  it('lists what the report adds', () => {
    expect(omittedTexts(analysis)).toContain('Der Verkehrsminister rief beide Seiten zu einer raschen Einigung auf.');
  });
});
