/**
 * British and American spellings folded to one form before stemming. The rewrite is applied
 * to every word alike, so a harmless over-rewrite ("promise" → "promize") never hurts matching.
 */
const EXPLICIT: Record<string, string> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  centre: 'center',
  centres: 'centers',
  theatre: 'theater',
  metre: 'meter',
  metres: 'meters',
  litre: 'liter',
  fibre: 'fiber',
  towards: 'toward',
  benefitted: 'benefited',
  benefitting: 'benefiting',
};

export function foldSpelling(word: string): string {
  const explicit = EXPLICIT[word];
  if (explicit) return explicit;
  if (word.length >= 6) {
    const ise = word.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1');
    if (ise !== word) return ise;
    const yse = word.replace(/ys(e|ed|es|ing)$/, 'yz$1');
    if (yse !== word) return yse;
    return word.replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1');
  }
  return word;
}
