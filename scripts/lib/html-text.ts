/**
 * Text that runs into a link. Astro's HTML compression drops the line break between a word at
 * the end of one source line and an <a> at the start of the next ("Or read\n<a>articles</a>"
 * becomes "Or read<a>articles</a>"), so readers and screen readers get "readarticles".
 * Pure: pass the built HTML in.
 */

/** Each place where a word, digit or punctuation mark touches the start of a link, with context. */
export function gluedLinks(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/([A-Za-z0-9,;:])<a\s[^>]*>([^<]{0,30})/g)) {
    const before = html.slice(Math.max(0, match.index - 30), match.index + 1).replace(/^[^>]*>/, '');
    found.push(`"…${before}${match[2]}…" has no space before the link "${match[2]}"`);
  }
  return found;
}
