import { readFileSync } from 'node:fs';
import { processText } from './document';
import { isBoilerplateLine } from './boilerplate';

const seed = (prefix: string) => {
  const directory = new URL('../../../test/fixtures/seeds/', import.meta.url);
  const files: Record<string, string> = {
    '000': '000_f6d8503adc2b8999.txt',
    '001': '001_ae30d0a36fc04354.txt',
    '002': '002_7c7596a279809a0e.txt',
    '003': '003_70745ba918bb0d59.txt',
    '004': '004_a74d45a3fa71e733.txt',
  };
  return readFileSync(new URL(files[prefix]!, directory), 'utf8');
};

const kindOf = (text: string, start: string) => processText(text).find((sentence) => sentence.text.startsWith(start))?.kind;

describe('boilerplate rules on single lines', () => {
  it.each([
    'Sign up now: Get ST’s newsletters delivered to your inbox',
    'PHOTO: REUTERS',
    'SUO TAKEKUMA via Getty Images',
    'Follow topic:',
    'See more on',
    'Read more',
    "What's Hot",
    'AFP',
    '#Russias #Putin #Chinas #denounce #interference #Politics #News',
    'Dear readers,',
    'Remind me later.',
    'A Message from The Moscow Times:',
    'If you can, please support us monthly starting from just $2.',
    'Mr Xi (left) and Mr Putin denounced the policy during the call, the Kremlin said.',
  ])('%s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Xi and Putin denounced the "U.S. policy of interfering in the internal affairs of other states" during an hour-long call.',
    'Taiwan rejects China’s sovereignty claims.',
    'Putin and Xi met twice last year.',
    'The US has sanctions against both Beijing and Moscow right now.',
    '两国领导人表示反对干涉内政。',
    '台湾曾指责中国干预选举。',
    '中国GDP增长5.2%。',
    '習近平氏とG7首脳が会談した。',
  ])('keeps the story line %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('boilerplate in the seed documents', () => {
  it('000: the donation appeal from its opening line to the end', () => {
    const sentences = processText(seed('000'));
    const start = sentences.findIndex((sentence) => sentence.text.startsWith('A Message from'));
    expect(start).toBeGreaterThan(5);
    expect(sentences.slice(start).every((sentence) => sentence.kind === 'boilerplate')).toBe(true);
    expect(sentences.slice(0, start).every((sentence) => sentence.kind === 'content')).toBe(true);
  });

  it('001: the hashtag line; the "Ukraine and Taiwan" subheading is a heading', () => {
    expect(kindOf(seed('001'), '#Russias')).toBe('boilerplate');
    expect(kindOf(seed('001'), 'Ukraine and Taiwan')).toBe('heading');
  });

  it('002: the repeated caption, the photo credit and "What\'s Hot"', () => {
    const text = seed('002');
    expect(kindOf(text, "China's President Xi Jinping (L)")).toBe('boilerplate');
    expect(kindOf(text, 'SUO TAKEKUMA')).toBe('boilerplate');
    expect(kindOf(text, "What's Hot")).toBe('boilerplate');
    expect(kindOf(text, 'Meanwhile, China was criticised by Taiwan')).toBe('content');
  });

  it('003: the "No limits" subheading is a heading, not a sentence', () => {
    expect(kindOf(seed('003'), "'No limits'")).toBe('heading');
  });

  it('004: newsletter prompt, captions above the photo credit, "Follow topic", agency credit, "See more on"', () => {
    const text = seed('004');
    for (const start of ['Sign up now', 'Mr Xi (left)', 'Mr Xi Jinping (left)', 'PHOTO: REUTERS', 'Follow topic', 'AFP', 'See more on']) {
      expect(kindOf(text, start), start).toBe('boilerplate');
    }
    expect(kindOf(text, 'Mr Putin, who has faced isolation')).toBe('content');
  });
});

describe('boilerplate in the other languages', () => {
  it.each([
    ['de', 'Lesen Sie auch: Warum die Lokführer schon wieder streiken und was Reisende jetzt wissen müssen'],
    ['de', 'Mehr zum Thema'],
    ['de', 'Anzeige'],
    ['de', 'Foto: dpa'],
    ['de', 'Jetzt abonnieren: der Newsletter zur Bahn'],
    ['de', '© Zeitungsverlag, alle Rechte vorbehalten'],
    ['fr', 'À lire aussi : Le budget 2025 adopté par 49.3'],
    ['fr', 'Publicité'],
    ['fr', 'Crédit photo : AFP'],
    ['fr', 'Abonnez-vous à notre newsletter'],
    ['es', 'Lee también: El Banco Central sube los tipos'],
    ['es', 'Suscríbete a nuestro boletín'],
    ['it', 'Leggi anche: la manovra in Parlamento'],
    ['it', 'Riproduzione riservata'],
    ['nl', 'Lees ook: Kabinet valt over migratie'],
    ['pt', 'Leia também: Governo anuncia novo orçamento'],
    ['ru', 'Читайте также: Товарооборот России и Китая вырос'],
    ['ru', 'Фото: ТАСС'],
    ['de', 'Liebe Leserinnen und Leser, unterstützen Sie unabhängigen Journalismus'],
    ['de', 'Bildquelle: picture alliance / dpa'],
    ['de', 'Lesen Sie auch – Warum die Lokführer schon wieder streiken'],
    ['de', 'Auch interessant: Lufthansa streicht Flüge nach Asien'],
  ] as const)('%s: %s', (language, line) => {
    expect(isBoilerplateLine(line, language)).toBe(true);
    // Read by English rules, the line was a sentence.
    if (!/newsletter|Riproduzione|rechte/i.test(line)) expect(isBoilerplateLine(line, 'en')).toBe(false);
  });

  it.each([
    ['de', 'Anzeige erstattet hat die Polizei gegen den Fahrer.'],
    ['de', 'Werbung für Zigaretten bleibt in Deutschland verboten.'],
    ['de', 'Mehr als eine Million Menschen abonnieren den Dienst.'],
    ['es', 'El Boletín Oficial del Estado publicó hoy el decreto.'],
    ['fr', 'Partager le pouvoir reste difficile, a dit le ministre.'],
    ['ru', 'По теме переговоров стороны не договорились.'],
    ['de', 'Auch interessant ist der Zeitpunkt der Entscheidung.'],
    ['de', 'Nach ihrer Ankunft registrieren sie sich bei den Behörden.'],
    ['pt', 'O Presidente pediu que Portugal subscreva a declaração conjunta sobre o clima.'],
    ['es', 'Le pidió que se suscriba al acuerdo, dijo el ministro.'],
  ] as const)('keeps the story line (%s) %s', (language, line) => {
    expect(isBoilerplateLine(line, language)).toBe(false);
  });

  it('reads a link and its headline in English too, and nothing that only starts like one', () => {
    expect(isBoilerplateLine('Read more: Putin and Xi agree to deepen ties as trade hits a record', 'en')).toBe(true);
    expect(isBoilerplateLine('More from the minister: taxes will rise by two percent next year, he said.', 'en')).toBe(false);
  });

  it('keeps the paragraph above a German "Quelle:" line: a source, not a picture’s credit', () => {
    const page = ['Die Gewerkschaft hat am Mittwoch einen Streik begonnen.', 'Der Verkehrsminister rief zur Einigung auf.', 'Quelle: ntv.de, dpa'].join('\n\n');
    expect(processText(page, 'de').map((sentence) => sentence.kind).slice(0, 2)).toEqual(['content', 'content']);
  });

  it('marks a German page’s furniture as boilerplate and leaves its story', () => {
    const page = [
      'Die Gewerkschaft der Lokführer hat am Mittwoch einen Streik im Fernverkehr begonnen.',
      'Lesen Sie auch: Was Reisende beim Bahnstreik jetzt wissen müssen',
      'Nach Angaben der Bahn fallen die meisten Fernzüge bis Freitag aus.',
      'Ein leerer Bahnsteig im Hamburger Hauptbahnhof am Mittwochmorgen.',
      'Foto: dpa',
    ].join('\n\n');
    // The line above a credit is its caption.
    expect(processText(page, 'de').map((sentence) => sentence.kind)).toEqual(['content', 'boilerplate', 'content', 'boilerplate', 'boilerplate']);
    expect(processText(page, 'en').map((sentence) => sentence.kind)).not.toContain('boilerplate');
  });
});
