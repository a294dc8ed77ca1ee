/**
 * Text typed or pasted by a reader, made safe for every output the site produces from it: the page,
 * a mail link (encodeURIComponent throws on a lone surrogate), a .docx (XML 1.0 forbids U+FFFE,
 * U+FFFF and most control characters), a .txt and a saved draft. Applied once, where the builder
 * reads its fields, so every output derives from the same clean text.
 */

/** Longest text each kind of field accepts (the form's maxlength says the same). */
export const fieldLimits = { story: 5000, line: 200 } as const;

const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Replace lone surrogates with U+FFFD (String.prototype.toWellFormed, for older browsers too). */
export function wellFormed(text: string): string {
  const native = (text as string & { toWellFormed?: () => string }).toWellFormed;
  if (typeof native === 'function') return native.call(text);
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Well-formed, without characters no letter needs, and at most `limit` characters long. */
export function cleanText(text: string, limit: number = fieldLimits.story): string {
  const clean = wellFormed(text).replace(forbidden, '');
  if (clean.length <= limit) return clean;
  // Never cut a surrogate pair in half.
  const cut = clean.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
