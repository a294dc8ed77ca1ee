/**
 * The APA entry of a page from citeproc-js (via citation-js), for the few titles the fast path in
 * src/lib/apa.ts does not accept, and for the test that holds the fast path to citeproc's output.
 * Imported lazily: a build whose titles all take the fast path never loads citeproc for pages.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { htmlToText, type ApaEntry } from './apa';

/** citeproc's APA bibliography entry for a CSL-JSON item, as HTML and plain text. */
export function citeprocApa(item: object, what: string): ApaEntry {
  // One HTML run (about 6 ms: the APA style is long), and the text derived from it.
  const html = String(new Cite(item).format('bibliography', { template: 'apa', lang: 'en-US', format: 'html' }));
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim();
  if (!entry) throw new Error(`citation-js returned no APA entry for ${what}`);
  return { text: htmlToText(entry), html: entry };
}
