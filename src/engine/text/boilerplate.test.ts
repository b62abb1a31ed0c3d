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
