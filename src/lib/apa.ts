/**
 * APA 7 reference-list entry for a page of this site (a CSL "webpage" by an organisation, with a
 * full publication date), written without citeproc. citeproc-js formats this one entry in about
 * 6 ms of CPU (the APA style is long), once per cited page; this takes microseconds.
 *
 * The output is citeproc's own, character for character (tests/content/apa.test.ts compares the
 * two for every title the site cites), for the titles this fast path accepts: plain text with
 * straight quotes in balanced pairs inside the title (single or double, not nested), apostrophes
 * between letters or after a word's final s, typographic quotes left as typed, and no quote mark
 * at the end. citeproc moves punctuation into a closing quote at the end of a title, nests quotes
 * and reads stray single quotes as quotation marks: those titles return undefined here and the
 * caller formats them with citeproc (src/lib/apa-citeproc.ts).
 * Pure: no imports beyond the date helpers.
 */
import { formatDay, type Day } from './access-date';

/** What the entry needs. `title` is already in APA's sentence case (apaSubtitleCase). */
export interface ApaWebpage {
  author: string;
  issued: Day;
  title: string;
  siteName: string;
  url: string;
}

/** An APA entry: plain text and citeproc's HTML (the title in <i>). */
export interface ApaEntry {
  text: string;
  html: string;
}

// citeproc-js escapes these three in its HTML output, as numeric references.
const escapeCiteproc = (text: string) => text.replaceAll('&', '&#38;').replaceAll('<', '&#60;').replaceAll('>', '&#62;');

/** "Who Protects My Scans?" stays as is; "Site" becomes "Site." (citeproc adds no period after ? ! .). */
const closeWith = (text: string) => (/[?!.]$/.test(text) ? text : `${text}.`);

/**
 * The title with citeproc's typographic quotes, or undefined when citeproc would do more than
 * swap characters (see the module comment). citeproc sets a title's outer quotes double,
 * whichever the author typed: 'sensitive information' becomes “sensitive information”.
 */
export function apaTitleQuotes(title: string): string | undefined {
  if (title !== title.trim() || title === '') return undefined;
  // The last character must be one citeproc leaves where it is.
  if (!/[\p{L}\p{N})\]?!.]$/u.test(title)) return undefined;
  const hasDouble = title.includes('"');
  // Typographic quotes already in the title pass through, unless straight ones are mixed in.
  if (/["']/.test(title) && /[“”‘]/.test(title)) return undefined;
  const letter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
  const space = (char: string | undefined) => char !== undefined && /\s/.test(char);
  let out = '';
  let inside: '"' | "'" | undefined;
  for (let i = 0; i < title.length; i++) {
    const mark = title[i]!;
    if (mark !== '"' && mark !== "'") {
      out += mark;
      continue;
    }
    const before = title[i - 1];
    const after = title[i + 1];
    if (mark === "'" && letter(before) && letter(after)) {
      out += '’'; // an apostrophe: it’s, HIPAA’s
      continue;
    }
    const opens = (i === 0 || space(before) || (mark === '"' && before === '(')) && after !== undefined && !space(after) && after !== '"' && after !== "'";
    const closes = before !== undefined && !space(before) && after !== undefined && /[\s,:;?!)]/.test(after) && (mark === '"' || after !== ')');
    if (inside === undefined && opens && !(mark === "'" && hasDouble)) {
      inside = mark;
      out += '“';
    } else if (inside === mark && closes) {
      inside = undefined;
      out += '”';
    } else if (mark === "'" && inside === undefined && before === 's' && space(after)) {
      out += '’'; // a plural possessive: patients’ rights
    } else {
      return undefined;
    }
  }
  return inside === undefined ? out : undefined;
}

/** The entry, or undefined when the title needs citeproc (the caller falls back to it). */
export function formatApaWebpage(page: ApaWebpage): ApaEntry | undefined {
  const title = apaTitleQuotes(page.title);
  if (title === undefined) return undefined;
  const { year, month, day } = page.issued;
  const date = `(${year}, ${formatDay('chicago', { year, month, day }).replace(/, \d+$/, '')})`;
  const afterTitle = /[?!.]$/.test(title) ? ' ' : '. ';
  const lead = `${closeWith(page.author)} ${date}. `;
  const tail = `${afterTitle}${closeWith(page.siteName)} ${page.url}`;
  return {
    text: `${lead}${title}${tail}`,
    html: `${escapeCiteproc(lead)}<i>${escapeCiteproc(title)}</i>${escapeCiteproc(tail)}`,
  };
}

/** Plain text of citeproc's HTML: tags dropped, its character references decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_match, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}
