/**
 * A table made per language, kept apart from language.ts so that a bundle using it (the
 * options page reads page furniture) does not carry every language's stemmer.
 */
import type { OtherLanguage } from './language';

/** What `build` makes for a language besides English, made once, when first asked. */
export function perOtherLanguage<T>(build: (language: OtherLanguage) => T): (language: OtherLanguage) => T {
  const made = new Map<OtherLanguage, T>();
  return (language) => {
    if (!made.has(language)) made.set(language, build(language));
    return made.get(language)!;
  };
}
