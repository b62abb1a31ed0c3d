/** Where and when a text was published, as evidence about whether two texts tell one story. */
import { publicationDay } from '../text/dates';
import type { ArticleMeta } from '../types';

type Provenance = Pick<ArticleMeta, 'source' | 'url' | 'published'>;

/**
 * Days within which the reports of one story come out. Every BASIL story's three reports
 * came out within 3 days of each other; a week leaves room for a late one.
 */
export const STORY_DAYS = 7;

/** The site of a web address, without "www."; empty for an address with none (a file) or no address. */
function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Whether two texts come from one outlet: the same name and, when both have an address, the
 * same site; without both names, the same site. A name alone is not enough where the sites
 * differ: an agency's name ("Reuters", "AP") stands on its copies at many outlets.
 */
export function isSameOutlet(a: Pick<Provenance, 'source' | 'url'>, b: Pick<Provenance, 'source' | 'url'>): boolean {
  const name = (meta: Pick<Provenance, 'source'>): string => (meta.source ?? '').trim().toLowerCase();
  const [hostA, hostB] = [hostOf(a.url), hostOf(b.url)];
  const sameSite = hostA !== '' && hostA === hostB;
  if (name(a) && name(b)) return name(a) === name(b) && (sameSite || hostA === '' || hostB === '');
  return sameSite;
}

/** Days between two publication dates; null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const first = publicationDay(a);
  const second = publicationDay(b);
  return first && second ? Math.abs(first.getTime() - second.getTime()) / 86_400_000 : null;
}

/**
 * Whether a text may be another outlet's telling of the same days' news, as far as where and
 * when it was published can tell. Two pieces of one outlet share its house words and its beat,
 * and two texts weeks apart share a subject, not an event: at a distance where only the words
 * are weak evidence, either is more likely another story (two car launches of one motoring
 * site, a deals post and a gift guide of one tech blog, two stages of one budget fight).
 */
export function isAnotherTelling(a: Provenance, b: Provenance): boolean {
  if (isSameOutlet(a, b)) return false;
  const days = daysApart(a.published, b.published);
  return days === null || days <= STORY_DAYS;
}

/**
 * Whether a text is another story of the same outlet as far as where and when it was published
 * can tell: one outlet's texts published more than STORY_DAYS apart. However alike their words,
 * they are mostly two pieces of the outlet's beat (two press releases of one company months
 * apart, two essays of one blog), not two reports of one story, which an outlet publishes
 * within days of each other.
 */
export function isOutletsOtherStory(a: Provenance, b: Provenance): boolean {
  if (!isSameOutlet(a, b)) return false;
  const days = daysApart(a.published, b.published);
  return days !== null && days > STORY_DAYS;
}
