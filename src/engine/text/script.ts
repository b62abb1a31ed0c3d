/** What the engine needs to know of a text's script: whether it puts spaces between words, and whether it has capitals. */

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
 * their runs are split into words by a dictionary segmenter, and a figure may stand straight
 * after one of their words.
 */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Word boundaries, as regular-expression sources, that hold for every script (\b knows only ASCII letters). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A letter with no capital and small form (Chinese, Arabic, Hebrew, Thai…). */
const CASELESS_LETTER = /\p{Lo}/u;

/**
 * Letters written in capitals: some letter has a capital form and none is small, and none is
 * caseless, so that "中国GDP增长" is a sentence with an acronym in it, not a line in capitals.
 */
export function inCapitals(letters: string): boolean {
  return letters !== letters.toLowerCase() && letters === letters.toUpperCase() && !CASELESS_LETTER.test(letters);
}
