/**
 * The reader's access date in a citation. Pages are static, so a citation is built with a
 * placeholder where the access date goes; the copy button replaces it with the reader's own day,
 * written the way each style writes dates. Tiny and free of imports: the copy script bundles it.
 */

/** What a static page shows where the reader's access date belongs. */
export const ACCESS_PLACEHOLDER = '[date accessed]';

/** How a style writes a day: MLA "5 Dec. 2026", Chicago "December 5, 2026", BibTeX "2026-12-05". */
export type AccessStyle = 'mla' | 'chicago' | 'iso';

/** A calendar day, month 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const fullMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// MLA 9 abbreviates months longer than four letters (Sept. for September) and spells out May, June, July.
const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A day written in one style. */
export function formatDay(style: AccessStyle, { year, month, day }: Day): string {
  if (style === 'mla') return `${day} ${mlaMonths[month - 1]} ${year}`;
  if (style === 'chicago') return `${fullMonths[month - 1]} ${day}, ${year}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The reader's calendar day from a Date, in their own time zone (what "today" means to them). */
export function localDay(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** A publication day from a build-time Date, in UTC like every date on the site (src/lib/dates.ts). */
export function utcDay(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Put the reader's access day where a citation holds the placeholder. */
export function fillAccessDate(citation: string, style: AccessStyle, day: Day): string {
  return citation.replaceAll(ACCESS_PLACEHOLDER, formatDay(style, day));
}
