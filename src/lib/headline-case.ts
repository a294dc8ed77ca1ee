/**
 * Headline-style capitalisation and typographic quotes for titles in MLA and Chicago citations.
 * Our titles are written in sentence case ("Does HIPAA cover my X-rays and scans?"); both styles
 * capitalise principal words. Words that already carry a capital (HIPAA, MRIs, iPhone) are kept.
 */

// Articles, coordinating conjunctions and prepositions, lowercased inside a title by MLA 9 and
// Chicago alike. Words that are as often adverbs in titles (up, out, off, down, over) are left out.
// prettier-ignore
const minorWords = new Set([
  'a', 'an', 'the',
  'and', 'but', 'or', 'nor', 'for', 'so', 'yet',
  'as', 'at', 'by', 'from', 'in', 'into', 'of', 'on', 'onto', 'per', 'to', 'via', 'with', 'within',
  'without', 'about', 'against', 'among', 'between', 'during', 'through', 'under', 'upon', 'toward',
  'towards', 'vs.', 'versus',
]);

// Prefixes that cannot stand alone. Chicago (CMOS 17, 8.161, rule 3) keeps the element after one
// lowercase ("De-identified", "Re-identification"); MLA 9 capitalises every principal word after a
// hyphen ("De-Identified"). Both capitalise other elements ("X-Rays", "AI-Generated") and keep
// articles, prepositions and conjunctions low inside a compound ("Out-of-Pocket").
const prefixes = new Set(['anti', 'co', 'de', 'mid', 'multi', 'non', 'post', 'pre', 're', 'semi', 'sub', 'un']);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const hasCapitalOrDigit = (word: string) => /[A-Z0-9$]/.test(word);

function casePart(part: string, forced: boolean, afterPrefix: boolean): string {
  if (part === '' || hasCapitalOrDigit(part)) return part;
  if (afterPrefix) return part;
  if (!forced && minorWords.has(part.toLowerCase())) return part.toLowerCase();
  return capitalise(part);
}

/** The two headline styles: they differ only after a prefix that cannot stand alone. */
export type HeadlineStyle = 'mla' | 'chicago';

function caseWord(word: string, forced: boolean, style: HeadlineStyle): string {
  const match = /^([^\p{L}\p{N}$]*)(.*?)([^\p{L}\p{N}.]*)$/u.exec(word);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  const parts = core.split('-');
  const cased = parts.map((part, i) =>
    casePart(part, i === 0 ? forced : false, style === 'chicago' && i > 0 && prefixes.has((parts[i - 1] ?? '').toLowerCase())),
  );
  return lead + cased.join('-') + trail;
}

/** "Does HIPAA cover my X-rays? Who has to follow it" → "Does HIPAA Cover My X-Rays? Who Has to Follow It". */
export function headlineCase(title: string, style: HeadlineStyle = 'chicago'): string {
  const words = title.split(/(\s+)/);
  const lastWord = words.length - 1;
  let startOfPhrase = true;
  return words
    .map((token, i) => {
      if (/^\s+$/.test(token) || token === '') return token;
      const cased = caseWord(token, startOfPhrase || i === lastWord, style);
      startOfPhrase = /[:?!.—]["'”’)]*$/.test(token);
      return cased;
    })
    .join('');
}

/** Straight quotes to typographic ones: "x" → “x”, 'x' → ‘x’, it's → it’s. */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([—])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([—“])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** A title set inside double quotation marks: its own double quotes become single ones. */
export function quoteTitle(title: string): string {
  return smartQuotes(title).replaceAll('“', '‘').replaceAll('”', '’');
}

/** APA sentence case keeps our titles as written, except that the first word after a colon is capitalised (APA 7, 6.17). */
export function apaSubtitleCase(title: string): string {
  return title.replace(/: (["“‘']?)(\p{Ll})/gu, (_match, quote: string, letter: string) => `: ${quote}${letter.toUpperCase()}`);
}
