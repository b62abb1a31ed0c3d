import { describe, expect, it } from 'vitest';
import { openingOf, openingOfText } from './opening';
import { processText } from '../engine/text/document';

describe('openingOfText', () => {
  it('gives the first sentence of the content, not a heading line before it', () => {
    const text = 'Putin And Xi Say They Need To Oppose International Interference\n\nBoth Russia and China have been accused of interfering in other countries themselves. The two leaders spoke on Thursday.';
    expect(openingOfText(text)).toBe('Both Russia and China have been accused of interfering in other countries themselves.');
  });
  it('shortens a long first sentence and gives nothing for a text without one', () => {
    const long = `${'The council met again on Tuesday evening and '.repeat(8)}agreed.`;
    const opening = openingOfText(long)!;
    expect(opening.length).toBeLessThanOrEqual(201);
    expect(opening.endsWith('…')).toBe(true);
    expect(openingOfText('')).toBeUndefined();
  });
  it('takes a first sentence that runs past the part of the text it reads, as far as it goes', () => {
    const text = `${'word '.repeat(500)}end.`;
    expect(openingOfText(text)).toMatch(/^word word .*…$/);
  });
  it('names a text in a script without capitals by its first line, which the segmenter reads as a heading', () => {
    const text = '东京で会议が开かれた。首相は新しい计画を発表した。';
    expect(openingOfText(text)).toBe('东京で会议が开かれた。');
    expect(openingOf(processText(text))).toBe('东京で会议が开かれた。');
    // A text in a script with capitals and no sentence gets none.
    expect(openingOfText('SUBSCRIBE NOW\n\nRead more')).toBeUndefined();
  });
});
