/**
 * "Cite this page": one page of this site as a citation in APA 7, MLA 9, Chicago (17th ed.,
 * bibliography entry for a web page), BibTeX and CSL-JSON.
 *
 * BibTeX comes from citation-js (@citation-js/core with plugin-bibtex). APA is written here
 * (src/lib/apa.ts), character for character what citeproc-js gives through citation-js's CSL
 * plugin, which formats it in about 6 ms a page (most of the site build's extra cost over a bare
 * Astro build, issue 18); citeproc is loaded only for a title the fast path does not accept
 * (src/lib/apa-citeproc.ts). MLA and Chicago are formatted here too, for the one item type they
 * ever see: a page of this site (docs/decisions.md, "Citations"). RIS is left out:
 * @citation-js/plugin-ris 0.8 requires core 0.8 (docs/decisions.md).
 *
 * The access date is the reader's: without one, each format carries ACCESS_PLACEHOLDER where the
 * date goes, and the copy button fills in the reader's day (src/lib/access-date.ts). Pure: the
 * date is passed in, never read from the clock.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { formatApaWebpage } from './apa';
import { ACCESS_PLACEHOLDER, formatDay, utcDay, type AccessStyle, type Day } from './access-date';
import { apaSubtitleCase, headlineCase, quoteTitle } from './headline-case';

export { htmlToText } from './apa';

/** What a citation of one page needs: the page's own metadata. */
export interface PageMeta {
  /** Unique across the site and stable, e.g. "article-hipaa-who-is-covered"; becomes the BibTeX key. */
  key: string;
  title: string;
  /** The page's absolute, canonical URL (from Astro's `site`). */
  url: string;
  /** Publication date for articles, last review for law and scenario pages. */
  issued: Date;
  siteName: string;
  /** The author, an organisation: the credit line of the licence. */
  author: string;
}

/** A CSL-JSON item (only the fields we write). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  'container-title': string;
  issued: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL: string;
}

/** A formatted citation: plain text to paste anywhere, HTML with the style's italics. */
export interface Formatted {
  text: string;
  html: string;
}

/** Every format of one page's citation. */
export interface PageCitation {
  apa: Formatted;
  mla: Formatted;
  chicago: Formatted;
  bibtex: string;
  csl: CslItem;
}

/** Which date style each format's access date uses (the copy button needs it). */
export const accessStyles = { mla: 'mla', chicago: 'chicago', bibtex: 'iso' } as const satisfies Record<string, AccessStyle>;

const dateParts = ({ year, month, day }: Day) => ({ 'date-parts': [[year, month, day]] });

/** The page as a CSL-JSON item; `accessed` only when a reader's day is given. */
export function toCslItem(page: PageMeta, accessed?: Day): CslItem {
  return {
    id: page.key,
    // BibTeX keys allow letters, digits and underscores only.
    'citation-key': page.key.replace(/[^A-Za-z0-9]+/g, '_'),
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.author }],
    'container-title': page.siteName,
    issued: dateParts(utcDay(page.issued)),
    ...(accessed ? { accessed: dateParts(accessed) } : {}),
    URL: page.url,
  };
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
/** Ends a citation element with `mark` unless it already ends in a question or exclamation mark. */
const close = (text: string, mark: string) => (/[?!]$/.test(text) ? text : text + mark);
const accessText = (style: AccessStyle, accessed?: Day) => (accessed ? formatDay(style, accessed) : ACCESS_PLACEHOLDER);

/**
 * APA 7 reference-list entry. APA gives no access date for a dated page. Written by
 * src/lib/apa.ts; citeproc (loaded on first need) formats a title that fast path does not accept.
 */
export async function formatApa(page: PageMeta): Promise<Formatted> {
  const title = apaSubtitleCase(page.title);
  const fast = formatApaWebpage({ author: page.author, issued: utcDay(page.issued), title, siteName: page.siteName, url: page.url });
  if (fast) return fast;
  const { citeprocApa } = await import('./apa-citeproc');
  return citeprocApa(toCslItem({ ...page, title }), page.url);
}

/**
 * MLA 9 works-cited entry for a page on a website: Author. “Title.” *Website*, day Mon. year,
 * URL without its scheme. Accessed day Mon. year. The site and its publisher share a name, so the
 * publisher is left out (MLA 9, 2.108).
 */
export function formatMla(page: PageMeta, accessed?: Day): Formatted {
  const title = `“${close(quoteTitle(headlineCase(page.title, 'mla')), '.')}”`;
  const published = formatDay('mla', utcDay(page.issued));
  const location = page.url.replace(/^https?:\/\//, '');
  const tail = `, ${published}, ${location}. Accessed ${accessText('mla', accessed)}.`;
  return {
    text: `${close(page.author, '.')} ${title} ${page.siteName}${tail}`,
    html: `${escapeHtml(close(page.author, '.'))} ${escapeHtml(title)} <i>${escapeHtml(page.siteName)}</i>${escapeHtml(tail)}`,
  };
}

/**
 * Chicago bibliography entry for a web page (CMOS 17, 14.206): Author. “Title.” Website. Month
 * day, year. Accessed Month day, year. URL. Website names are set in roman.
 */
export function formatChicago(page: PageMeta, accessed?: Day): Formatted {
  const title = `“${close(quoteTitle(headlineCase(page.title, 'chicago')), '.')}”`;
  const published = formatDay('chicago', utcDay(page.issued));
  const text = `${close(page.author, '.')} ${title} ${close(page.siteName, '.')} ${published}. Accessed ${accessText('chicago', accessed)}. ${page.url}.`;
  return { text, html: escapeHtml(text) };
}

// A day no reader has, formatted by citation-js and then swapped for the placeholder.
const sentinel: Day = { year: 1111, month: 11, day: 11 };

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX @misc entry, from citation-js (the access date goes in its note), with two repairs:
 * citation-js writes `month = {nov 25}`, which BibTeX styles print as "nov 25" instead of a month,
 * so the month becomes the standard macro (`month = nov`) and the day goes in `date` (ISO, read by
 * biblatex); and it repeats the URL in `howpublished`, which styles print twice, so only `url` stays.
 */
export function formatBibtex(page: PageMeta, accessed?: Day): string {
  const issued = utcDay(page.issued);
  const raw = String(new Cite(toCslItem(page, accessed ?? sentinel)).format('bibtex')).trim();
  const bibtex = raw
    .split('\n')
    .filter((line) => !/^\s*howpublished\s*=/.test(line))
    .map((line) => (/^\s*month\s*=/.test(line) ? `\tmonth = ${bibtexMonths[issued.month - 1]},\n\tdate = {${formatDay('iso', issued)}},` : line))
    .join('\n');
  return accessed ? bibtex : bibtex.replaceAll(formatDay('iso', sentinel), ACCESS_PLACEHOLDER);
}

/** Every format at once; the CSL-JSON item carries no access date (a download cannot know it). */
export async function citePage(page: PageMeta, accessed?: Day): Promise<PageCitation> {
  return {
    apa: await formatApa(page),
    mla: formatMla(page, accessed),
    chicago: formatChicago(page, accessed),
    bibtex: formatBibtex(page, accessed),
    csl: toCslItem(page),
  };
}
