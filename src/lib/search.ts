/** Pure helpers for the search island: query parsing and safe excerpt handling. */

/** The query from a URL's ?q=, trimmed; empty when absent. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** Selected filters as Pagefind expects them, dropping empty choices. */
export function activeFilters(choices: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter(([, value]) => value !== ''));
}

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
