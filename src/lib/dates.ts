/** Dates as readers see them, always in UTC so a build's time zone never shifts a day. */

const longFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "November 25, 2026" */
export function formatDate(date: Date): string {
  return longFormat.format(date);
}

/** "2026-11-25", for <time datetime> and data files. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The latest of some dates (for an article's `updated`, the latest change). */
export function latest(dates: Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
}
