/**
 * Page furniture that is not part of the story: newsletter prompts, photo credits and
 * captions, donation appeals, tags, navigation. By rules on a line's words and shape, and
 * by repetition inside a document. (Repetition across an outlet's documents is decided by
 * the corpus index, which sees all of them.)
 */
import { alternation } from './amount-words';
import { FURNITURE_WORDS } from './furniture-words';
import type { Language } from './language';
import { perOtherLanguage } from './per-language';
import { foldForMatching, lineKey } from './normalize';
import { inCapitals, WORD_END, WORD_START } from './script';
import type { Segment } from './sentences';

const NAVIGATION =
  /^(?:follow (?:topic|us|the author)|see more|read more|read next|what'?s hot|related(?: stories| articles| topics| coverage)?|most (?:read|popular|viewed)|trending(?: now)?|advertisement|sponsored|share (?:this|on|via)|click here|tap here|listen to (?:this )?(?:article|story)|continue reading|more from|more on this|recommended(?: for you)?|editor'?s picks?|top stories|latest news|you may also like|also read|download (?:the|our) app)\b/i;
const NEWSLETTER = /\b(?:sign up|newsletters?|subscribe|subscription|delivered to your inbox|in your inbox)\b/i;
const PHOTO_CREDIT =
  /^(?:photo|photos|image|images|picture|pictures|video|graphic|illustration|file photo)s?\s*[:/|]|\b(?:via|for|by|\/)\s+(?:getty images|reuters|afp|ap|epa|shutterstock|bloomberg|xinhua|anadolu|alamy)\s*$|\bgetty images\s*$/i;
const APPEAL =
  /^(?:dear (?:readers?|friends?|subscribers?)\b|a message from\b|remind me later\b|your support\b|support (?:us|our|independent)\b|donate\b|become a (?:member|supporter|subscriber)\b|thank you for (?:reading|your support|standing)\b)|\bsupport us\b|\bplease (?:donate|support)\b/i;
const TAIL_START = /^(?:a message from\b|dear (?:readers?|friends?|subscribers?)\b|before you go\b|support (?:independent|our) journalism\b)/i;
const CAPTION_MARK = /\((?:left|right|centre|center|l|r|c|pictured|top|bottom|front|back|second (?:left|right)|file)\)/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;

interface FurnitureRules {
  navigation: RegExp;
  /** The link or label words and nothing more: what stands before a teaser's headline. */
  link: RegExp;
  newsletter: RegExp;
  credit: RegExp;
  appeal: RegExp;
  copyright: RegExp;
}

/** A language's furniture (furniture-words.ts) as rules of the shapes of the English ones. */
const furnitureRules = perOtherLanguage((language): FurnitureRules => {
  const words = FURNITURE_WORDS[language];
  const opening = (list: readonly string[]) => new RegExp(`^(?:${alternation(list)})${WORD_END}`, 'iu');
  const alone = (list: readonly string[]) => new RegExp(`^(?:${alternation(list)})[\\s:.!>»›→-]*$`, 'iu');
  return {
    // Links and labels stand alone or before a headline (isTeaser): never the start of a sentence.
    navigation: alone([...words.navigation, ...words.labels]),
    link: new RegExp(`^(?:${alternation([...words.navigation, ...words.labels])})$`, 'iu'),
    newsletter: opening(words.newsletter),
    credit: new RegExp(`^(?:${alternation(words.credit)})\\s*[:/|]`, 'iu'),
    appeal: opening(words.appeal),
    copyright: new RegExp(`${WORD_START}(?:${alternation(words.copyright)})${WORD_END}`, 'iu'),
  };
});

/** A language's own rules stand beside the English ones. */
const ENGLISH_RULES = {
  navigation: NAVIGATION,
  link: new RegExp(`${NAVIGATION.source}$`, NAVIGATION.flags),
  newsletter: NEWSLETTER,
  credit: PHOTO_CREDIT,
  appeal: APPEAL,
  copyright: COPYRIGHT,
};

function matches(rule: keyof typeof ENGLISH_RULES, text: string, language: Language): boolean {
  return ENGLISH_RULES[rule].test(text) || (language !== 'en' && furnitureRules(language)[rule].test(text));
}

/** A link's words alone before a colon, a bar or a dash, then the headline it leads to ("Lesen Sie auch: …"). */
const TEASER_WORDS = 25;
const TEASER_MARK = /\s*[:|»›→]\s*|\s+[-–—]\s+/u;
function isTeaser(text: string, language: Language): boolean {
  const mark = TEASER_MARK.exec(text);
  return mark !== null && mark.index > 0 && wordCount(text) <= TEASER_WORDS && matches('link', text.slice(0, mark.index).trim(), language);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

function isHashtagLine(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const tags = words.filter((word) => /^#\p{L}/u.test(word)).length;
  return tags >= 2 && tags * 2 >= words.length;
}

/** Short lines in capitals: credits ("PHOTO: REUTERS", "AFP"), bylines, section labels. */
function isCapitalsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return inCapitals(letters) && wordCount(text) <= 6;
}

export function isPhotoCredit(text: string, language: Language = 'en'): boolean {
  return wordCount(text) <= 10 && matches('credit', foldForMatching(text).trim(), language);
}

/** Rules on one line alone, English's and the line's language's. */
export function isBoilerplateLine(text: string, language: Language = 'en'): boolean {
  const folded = foldForMatching(text).trim();
  const words = wordCount(folded);
  if (isHashtagLine(folded) || isCapitalsLine(folded) || matches('copyright', folded, language)) return true;
  if (isPhotoCredit(folded, language) || CAPTION_MARK.test(folded)) return true;
  if ((matches('navigation', folded, language) && words <= 8) || isTeaser(folded, language)) return true;
  if (matches('newsletter', folded, language) && words <= 25 && !/[.!?]["')\]]*\s+\S/.test(folded)) return true;
  return matches('appeal', folded, language) && words <= 40;
}

/** Which segments of one document are boilerplate, by line rules and the document's shape. */
export function markBoilerplate(segments: Segment[], language: Language = 'en'): boolean[] {
  const marks = segments.map((segment) => isBoilerplateLine(segment.text, language));

  const keys = segments.map((segment) => lineKey(segment.text));
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  keys.forEach((key, index) => {
    if ((counts.get(key) ?? 0) > 1) marks[index] = true; // a repeated caption
  });

  // The block just above a photo credit is its caption.
  segments.forEach((segment) => {
    if (!isPhotoCredit(segment.text, language)) return;
    const captionBlock = segment.block - 1;
    segments.forEach((other, otherIndex) => {
      if (other.block === captionBlock) marks[otherIndex] = true;
    });
  });

  // A donation appeal runs from its opening line to the end of the page.
  const tailStart = segments.findIndex(
    (segment, index) => index >= segments.length / 3 && TAIL_START.test(foldForMatching(segment.text)),
  );
  if (tailStart >= 0) for (let index = tailStart; index < segments.length; index++) marks[index] = true;

  return marks;
}
