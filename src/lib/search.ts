/** Pure helpers for the search island: query parsing, reader-word synonyms, result kinds, safe excerpts. */

/** The query from a URL's ?q=, trimmed; empty when absent. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** The page's query string with ?q= set to the query (removed when empty), other parameters kept. */
export function searchWithQuery(search: string, query: string): string {
  const params = new URLSearchParams(search);
  if (query.trim()) params.set('q', query.trim());
  else params.delete('q');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Selected filters as Pagefind expects them, dropping empty choices. */
export function activeFilters(choices: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter(([, value]) => value !== ''));
}

/**
 * Words that carry no meaning for search ("can my hospital sell my scans" -> "hospital sell scans").
 * Pagefind requires every word, so each of these would only narrow the results by accident.
 */
export const stopWords = new Set(
  (
    'a about after against am an and any anyone are as at be been before being but by can could did do does doing done ' +
    'for from get gets getting got had has have having he her here hers him his how i if in into is it its itself just ' +
    'let lets like may me might more most much must my myself no nor not now of off on once only or other our ours out ' +
    'over own same she should so some someone something such than that the their theirs them then there these they this ' +
    'those through to too under until up us very want was way we were what when where which while who whom why will with ' +
    'without would you your yours'
  ).split(' '),
);

/**
 * How readers write a word -> how the site writes it. Each reader word maps to one or more words
 * the index has; the island searches the variants and keeps the best. Multi-word reader phrases
 * ("against the law", "insurance company") are matched before single words.
 */
export const synonyms: [RegExp, string[]][] = [
  [/\bx[\s-]?rays?\b/g, ['x-ray']],
  [/\bagainst the law\b|\billegal(ly)?\b|\bunlawful(ly)?\b|\bcriminal\b/g, ['crime', 'illegal']],
  [/\binsurance compan(y|ies)\b|\bhealth insurance\b|\binsurers?\b/g, ['insurer', 'insurance']],
  [/\bsell(s|ing)?\b|\bsold\b|\bsales?\b/g, ['sell', 'sale']],
  [/\b(delete[sd]?|deleting|erase[sd]?|erasing|remove[sd]?|removing|destroy(s|ed)?|wipe[sd]?)\b/g, ['delete', 'erase']],
  [/\bartificial intelligence\b|\bmachine learning\b|\ba\.i\.?(?=\s|$)/g, ['ai']],
  [/\bde[\s-]?identif(y|ied|ication)\b|\banonymi[sz](e|ed|ation)\b|\banonymous\b/g, ['de-identified', 'anonymous']],
  [/\bre[\s-]?identif(y|ied|ication)\b/g, ['re-identification']],
  [/\bmri'?s\b/g, ['mri']],
  [/\bct scans?\b|\bcat scans?\b/g, ['ct']],
  [/\bimages?\b|\bpictures?\b|\bfilms?\b|\bimaging\b|\bscans?\b/g, ['scans', 'images']],
  [/\bfake[sd]?\b|\bfaking\b|\bforged?\b|\bdeepfakes?\b|\bfabricated\b/g, ['fake']],
  [/\bhack(s|ed|ing|er|ers)?\b|\bbreach(es|ed)?\b|\bleak(s|ed)?\b|\bstolen\b/g, ['breach', 'hacked', 'leaked']],
  [/\bcops?\b|\bpolice\b|\blaw enforcement\b/g, ['police']],
  [/\bdoctors?\b|\bclinics?\b|\bproviders?\b/g, ['provider', 'doctor']],
  [/\bsue\b|\blawsuits?\b|\bcompensation\b|\bdamages\b/g, ['sue']],
  [/\bconsent\b|\bpermission\b|\bauthori[sz]ation\b/g, ['permission', 'consent']],
  [/\bcomplain(s|ed|ing|ts?)?\b|\breport(ing)?\b/g, ['complaint', 'complain']],
  [/\bbreak(s|ing)?\b|\bbroke(n)?\b|\bviolat(e|es|ed|ing|ion|ions)\b/g, ['violation', 'breaks']],
  [/\beurope(an)?\b|\beu\b|\bgdpr\b/g, ['eu', 'gdpr', 'european']],
  [/\bsynthetic\b|\bgenerated\b|\bai-made\b/g, ['synthetic']],
];

/** One search term: what the reader typed, and the words to try for it (the first is the reader's own). */
export interface Term {
  typed: string;
  variants: string[];
}

/** Split a reader's question into meaningful terms, each with the site's words for it. */
export function parseQuery(query: string): Term[] {
  let text = ` ${query
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[?!.,;:"()]/g, ' ')} `;
  const terms: Term[] = [];
  for (const [pattern, words] of synonyms) {
    text = text.replace(pattern, (match) => {
      terms.push({ typed: match.trim(), variants: [...new Set([match.trim().replace(/\s+/g, ' '), ...words])] });
      return ' ';
    });
  }
  for (const word of text.split(/\s+/)) {
    const clean = word.replace(/^'+|'+$/g, '').replace(/'s$/, '');
    if (clean && !stopWords.has(clean)) terms.push({ typed: clean, variants: [clean] });
  }
  // Keep the reader's order of words for readable "matched" lists.
  const position = (term: Term) => query.toLowerCase().indexOf(term.typed.split(' ')[0]!);
  const unique = new Map(terms.sort((a, b) => position(a) - position(b)).map((term) => [term.typed, term]));
  return [...unique.values()].slice(0, maxQueryTerms);
}

/**
 * At most this many distinct terms are searched (a question in the reader set has at most 8). The search page runs
 * a few queries per term (each word alone, and all words but one), so a pasted paragraph of 33 words took about
 * 15 s of a phone-class CPU; the first ten distinct words of it are searched instead.
 */
export const maxQueryTerms = 10;

/**
 * Queries to run, best first: the reader's words, then the site's words for each term. The list is
 * short (at most `limit`), because each query can load index chunks.
 */
export function queryVariants(terms: Term[], limit = 3): string[] {
  if (terms.length === 0) return [];
  const out = new Set<string>();
  out.add(terms.map((term) => term.variants[0]!).join(' '));
  for (let index = 1; out.size < limit && terms.some((term) => term.variants.length > index); index++) {
    out.add(terms.map((term) => term.variants[Math.min(index, term.variants.length - 1)]!).join(' '));
  }
  return [...out].slice(0, limit);
}

/** What kind of page a result is, from its address: readers see it on every result. */
export function resultKind(url: string): string {
  // Any base path a sub-path host adds comes before the section.
  const path = new URL(url, 'https://x.invalid').pathname.replace(/^.*?(?=\/(articles|scenarios|laws|states|letters|glossary)\/)/, '');
  if (path.startsWith('/articles/')) return 'Article';
  if (path.startsWith('/scenarios/')) return 'Situation';
  if (path.startsWith('/laws/')) return 'Law';
  if (path.startsWith('/states/')) return 'State';
  if (path.startsWith('/letters/')) return 'Letter';
  if (path.startsWith('/glossary/')) return 'Glossary';
  return 'Page';
}

/** Explanations first: a letter template or a list ranks below an article, situation, law or state. */
export const kindWeight: Record<string, number> = { Article: 1, Situation: 1, Law: 0.9, State: 0.9, Glossary: 0.6, Letter: 0.4, Page: 0.5 };

/** A piece of a Pagefind excerpt: plain text, or text Pagefind marked as a match. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Split a Pagefind excerpt ("…the <mark>Safe</mark> Harbor…") into text parts. Every other tag is
 * dropped, so the island can render the parts with textContent and never parse HTML.
 */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index).replace(/<[^>]*>/g, '')), marked: false });
    parts.push({ text: decode(match[1]!.replace(/<[^>]*>/g, '')), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), marked: false });
  return parts.filter((part) => part.text.length > 0);
}
