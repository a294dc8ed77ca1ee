/**
 * One quote style in rendered text: curly quotes and apostrophes. MDX prose gets them from Astro's
 * smartypants; text from YAML, templates and strings gets them here, on the built HTML
 * (src/integrations/typography.ts), so every page and every source of text is covered once.
 *
 * Hand-written rather than retext-smartypants: that library parses each string into a syntax tree,
 * which costs far more than these few substitutions on every text node of every page, and only
 * quotes are wanted here (Astro's smartypants already handles dashes and ellipses in prose).
 */

/** Characters after which a quote opens rather than closes. */
const opener = String.raw`[\s([{\u2014\u2013/-]`;

/**
 * Straight quotes in one run of text, made curly: apostrophes, then opening, then closing quotes.
 * `before`: the character just before the run (text split by inline markup, as in `<em>Purl</em>'s`).
 */
export function curlyQuotes(text: string, before = ''): string {
  if (!/['"]/.test(text)) return text;
  // A run that starts right after a word continues it: its first quote closes.
  const lead = before && !new RegExp(opener).test(before) ? 'x' : ' ';
  return (
    `${lead}${text}`
      // Decades and elisions ('90s, 'em) before opening single quotes take them.
      .replace(/'(?=\d0s\b)/g, '\u2019')
      // Apostrophes inside words (patient's, don't) and after a plural (patients').
      .replace(/(?<=[\p{L}\p{N}])'(?=[\p{L}\p{N}])/gu, '\u2019')
      .replace(new RegExp(`(^|${opener})'`, 'g'), '$1\u2018')
      .replace(/'/g, '\u2019')
      .replace(new RegExp(`(^|${opener})"`, 'g'), '$1\u201C')
      .replace(/"/g, '\u201D')
      .slice(1)
  );
}

/** Elements whose text is code, script or user input: never touched. */
const verbatim = /^(script|style|pre|code|kbd|samp|textarea|template)$/i;

/**
 * Curly quotes in the text of an HTML document: text between tags only, never inside attributes,
 * comments, or verbatim elements (code, scripts, styles, form fields). Entities for quotes
 * (&quot; &#39; &#x27;) in text are read as the quotes they stand for.
 */
export function curlyQuotesHtml(html: string): string {
  let out = '';
  let inside: string | undefined;
  // The last character of text seen, so a quote right after inline markup reads its context.
  let last = '';
  // Tags (including comments and doctype) and the text between them, in order.
  const token = /<!--[\s\S]*?-->|<[^>]*>|[^<]+/g;
  for (const [part] of html.matchAll(token)) {
    if (part.startsWith('<')) {
      const tag = /^<(\/?)([A-Za-z][\w-]*)/.exec(part);
      if (tag) {
        const [, closing, name] = tag;
        if (!inside && !closing && verbatim.test(name!) && !part.endsWith('/>')) inside = name!.toLowerCase();
        else if (inside && closing && name!.toLowerCase() === inside) inside = undefined;
      }
      out += part;
      // Block boundaries start a fresh run.
      if (
        /^<\/?(p|div|li|td|th|h[1-6]|br|dt|dd|title|option|label|button|section|article|header|footer|nav|main|aside|figcaption|caption|summary|blockquote|ul|ol|table|tr)\b/i.test(
          part,
        )
      )
        last = '';
    } else if (inside) {
      out += part;
    } else if (!/['"]|&quot;|&#39;|&#x27;/i.test(part)) {
      out += part;
      last = part.at(-1) ?? last;
    } else {
      const curly = curlyQuotes(part.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/gi, "'"), last);
      out += curly;
      last = curly.at(-1) ?? last;
    }
  }
  return out;
}
