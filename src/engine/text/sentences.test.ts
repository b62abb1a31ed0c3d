import { segmentSentences } from '../index';
import { segmentText } from './sentences';

const texts = (text: string) => segmentSentences(text).map((sentence) => sentence.text);

describe('segmentSentences', () => {
  it('does not split after titles, month abbreviations, initials or "U.S." inside a sentence', () => {
    expect(texts('Mr. Smith met Dr. Jones on Jan. 5 in Washington. He left.')).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 in Washington.',
      'He left.',
    ]);
    expect(texts('The U.S. Army and John F. Kennedy were named. Then it ended.')).toEqual([
      'The U.S. Army and John F. Kennedy were named.',
      'Then it ended.',
    ]);
  });

  it('still ends a sentence at "U.S." when a new one obviously starts', () => {
    expect(texts('He lives in the U.S. He was born there.')).toEqual(['He lives in the U.S.', 'He was born there.']);
  });

  it('keeps decimals and amounts whole', () => {
    expect(texts('Trade hit $240.1 billion, up 3.5 percent. It grew.')).toEqual([
      'Trade hit $240.1 billion, up 3.5 percent.',
      'It grew.',
    ]);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(texts('“Why now?” he asked. “Because,” she said. She left.')).toEqual([
      '“Why now?” he asked.',
      '“Because,” she said.',
      'She left.',
    ]);
  });

  it('joins a sentence a page broke over several paragraphs, with offsets in the original', () => {
    const text = 'Moscow has looked to Beijing as a lifeline since\n\nthe West hit Russia with sanctions\n\nover\n\nits assault on Ukraine.\n\nNext one.';
    const sentences = segmentSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Moscow has looked to Beijing as a lifeline since the West hit Russia with sanctions over its assault on Ukraine.',
      'Next one.',
    ]);
    const first = sentences[0]!;
    expect(text.slice(first.start, first.end).startsWith('Moscow')).toBe(true);
    expect(text.slice(first.start, first.end).endsWith('Ukraine.')).toBe(true);
    expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toBe('Next one.');
  });

  it('keeps headings apart from the paragraph after them', () => {
    expect(texts('Ukraine and Taiwan\nPutin and Xi also discussed Ukraine.')).toEqual([
      'Ukraine and Taiwan',
      'Putin and Xi also discussed Ukraine.',
    ]);
  });

  it('ends sentences at the ideographic full stop and the full-width marks, closing brackets included, so they are not headings', () => {
    const text = '习近平与普京通电话\n两国领导人表示反对干涉内政。他说：「很好。」双方还讨论了乌克兰局势！';
    expect(segmentText(text).map((sentence) => [sentence.text, sentence.heading])).toEqual([
      ['习近平与普京通电话', true],
      ['两国领导人表示反对干涉内政。', false],
      ['他说：「很好。」', false],
      ['双方还讨论了乌克兰局势！', false],
    ]);
    // After a Chinese stop, a sentence may start with a figure.
    expect(texts('去年增长了5%。2023年1至11月，出口下降。')).toEqual(['去年增长了5%。', '2023年1至11月，出口下降。']);
  });

  it('gives offsets that point at the sentence in the original text', () => {
    const text = '  First one here.  Second “quoted” one.\n\nThird.';
    for (const sentence of segmentSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});
