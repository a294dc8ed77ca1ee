/**
 * Rough edges a reader notices in rendered text, found in built HTML: words run together across an
 * inline element or punctuation ("weight.Personalize", "2026· Take action"), and "District of
 * Columbia" without its article in running text, and straight quotes where the site's style is curly. Pure: pass the built HTML in.
 */

const blockTags =
  'address|article|aside|blockquote|br|button|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|label|legend|li|main|nav|ol|option|p|section|select|summary|table|tbody|td|tfoot|th|thead|tr|ul|title|meta|link|input|img|svg';

/** The text a reader sees, with a line break at every block boundary and nothing at inline ones. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template|textarea|code|pre|svg|noscript)\b[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(new RegExp(`</?(?:${blockTags})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)));
}

export interface RoughEdge {
  rule: 'glued-sentence' | 'glued-separator' | 'district-article' | 'straight-quote' | 'misdirected-quote';
  excerpt: string;
}

/**
 * A lowercase word, a stop, then a capitalised word: a sentence run into the next. Domain and file
 * names ("HHS.gov", "coverage.json") and legal abbreviations ("Cal.App.4th") do not match.
 */
const gluedSentence = /(?<![A-Za-z])([a-z]{3,}[.!?:;,])([A-Z][a-z]{2,})/g;
const gluedSeparator = /[^\s(]·|·[^\s)]/g;
const bareDistrict = /\b(?:in|of|to|for|from|across|throughout|by|under) District of Columbia\b/g;

export function roughEdges(html: string): RoughEdge[] {
  // Addresses written out in the text (sources list them) are not sentences.
  const text = visibleText(html).replace(/https?:\/\/\S+|www\.\S+/g, ' ');
  const edges: RoughEdge[] = [];
  const excerpt = (index: number) =>
    text
      .slice(Math.max(0, index - 25), index + 25)
      .replace(/\s+/g, ' ')
      .trim();
  for (const match of text.matchAll(gluedSentence)) {
    // URLs, email addresses and abbreviations such as "e.g." are not sentences.
    const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 5);
    if (/https?:\/\/\S*$|www\.\S*$|@\S*$/.test(around.slice(0, 40 + 3))) continue;
    edges.push({ rule: 'glued-sentence', excerpt: excerpt(match.index + 2) });
  }
  for (const match of text.matchAll(gluedSeparator)) edges.push({ rule: 'glued-separator', excerpt: excerpt(match.index) });
  // One quote style: curly (src/lib/typography.ts). Inch and foot marks after a digit are not quotes.
  for (const match of text.matchAll(/(?<!\d)['"]/g)) edges.push({ rule: 'straight-quote', excerpt: excerpt(match.index) });
  // A quote turned the wrong way: an opening quote before a space or closing punctuation, a closing one
  // that starts a word, an opening single quote where an apostrophe belongs ("‘s").
  for (const match of text.matchAll(/\u201C(?=[\s.,;:!?)]|$)|(?<=\s)\u201D(?=\w)|\u2018s\b/g))
    edges.push({ rule: 'misdirected-quote', excerpt: excerpt(match.index) });
  for (const match of text.matchAll(bareDistrict)) edges.push({ rule: 'district-article', excerpt: excerpt(match.index) });
  return edges;
}
