export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** "1 article", "4 articles", "27,344 articles". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}

/** The host of an origin ("https://www.example.com" → "www.example.com"), or the origin as is. */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

/** What the size limit took: said after a change that took the corpus over it. */
export function evictedNotice(n: number): string {
  return `To stay under the size limit, the ${n === 1 ? 'article' : `${count(n, 'article')}`} added earliest ${n === 1 ? 'was' : 'were'} removed.`;
}

/** How the pages write a date: the reader's own order of day, month and year, the month by name. */
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** A calendar date as an article's metadata gives it ("2026-11-25", or a date and time): its day, for a person; anything else as it is. */
export function formatDay(published: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!day) return published;
  return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).toLocaleDateString(undefined, { ...DATE, timeZone: 'UTC' });
}

/** A moment on this computer (when an article was added), for a person: its date and time to the minute. */
export function formatMoment(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { ...DATE, hour: '2-digit', minute: '2-digit' });
}

/** A moment for a person: the time today, else the date and time (a feed's last fetch, its next). */
export function formatWhen(ms: number, now: number = Date.now()): string {
  const date = new Date(ms);
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return new Date(now).toDateString() === date.toDateString() ? `at ${time}` : `on ${date.toLocaleDateString(undefined, DATE)} at ${time}`;
}
