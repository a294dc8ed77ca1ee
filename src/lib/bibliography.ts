/**
 * The bibliography as open data and as a page: each source as a CSL-JSON item (the format
 * reference managers read), its APA entry from citeproc-js (through citation-js), and the groups
 * /sources/ shows.
 *
 * citeproc takes tens of milliseconds per source when it starts cold, which a build always is
 * (several seconds for the whole bibliography, issue 18). So the entries are kept with the code,
 * in src/data/bibliography-apa.json, each under a hash of the CSL item it was formatted from:
 * a build uses an entry whose item is unchanged and formats any other source with citeproc,
 * loaded only then. The entries are citeproc's own output, checked against it by
 * tests/content/bibliography-apa.test.ts, which also rewrites the file on request.
 */
import { createHash } from 'node:crypto';
import type { SourceData } from '../schemas/sources';

type Name = { family: string; given?: string } | { literal: string };

/** A source as a CSL-JSON item. */
export interface CslSource {
  id: string;
  type: SourceData['type'];
  title: string;
  author?: Name[];
  publisher?: string;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  DOI?: string;
  note?: string;
}

/** "2026-03" → { date-parts: [[2026, 3]] }. */
export function partialDateParts(date: string): { 'date-parts': number[][] } {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/** One source of content/sources as CSL-JSON; our field names already follow CSL's. */
export function sourceToCsl(id: string, source: SourceData): CslSource {
  return {
    id,
    type: source.type,
    title: source.title,
    ...(source.author ? { author: source.author } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.containerTitle ? { 'container-title': source.containerTitle } : {}),
    ...(source.issued ? { issued: partialDateParts(source.issued) } : {}),
    accessed: partialDateParts(source.accessed.toISOString().slice(0, 10)),
    URL: source.url,
    ...(source.doi ? { DOI: source.doi } : {}),
    ...(source.note ? { note: source.note.trim() } : {}),
  };
}

/** The reference an APA entry is formatted from: the item without our note (shown beside the entry instead). */
export function apaReference(item: CslSource): Omit<CslSource, 'note'> {
  const { note: _note, ...reference } = item;
  return reference;
}

/** A short hash of the reference: a stored entry is used only while its source is unchanged. */
export function referenceKey(item: CslSource): string {
  return createHash('sha256')
    .update(JSON.stringify(apaReference(item)))
    .digest('hex')
    .slice(0, 16);
}

/** Stored APA entries by source id (src/data/bibliography-apa.json). */
export type StoredEntries = Record<string, { key: string; html: string }>;

/** citeproc's APA entry for a source, as HTML without links. */
export async function citeprocEntryHtml(item: CslSource): Promise<string> {
  const { citeprocApa } = await import('./apa-citeproc');
  return citeprocApa(apaReference(item), `source "${item.id}"`).html;
}

/** An entry with its addresses as links. */
export const linkAddresses = (html: string) => html.replace(/https:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

/** The APA entry of a source as HTML, its address a link: the stored one if its source is unchanged, else citeproc's. */
export async function bibliographyEntryHtml(item: CslSource, stored: StoredEntries = {}): Promise<string> {
  const entry = stored[item.id];
  return linkAddresses(entry && entry.key === referenceKey(item) ? entry.html : await citeprocEntryHtml(item));
}

/** Headings of /sources/, in the order the page lists them. */
export const sourceGroupLabels: Record<SourceData['type'], string> = {
  legislation: 'Laws',
  regulation: 'Regulations',
  bill: 'Bills',
  legal_case: 'Court decisions',
  report: 'Reports',
  'article-journal': 'Journal articles',
  'article-newspaper': 'News articles',
  'post-weblog': 'Blog posts',
  webpage: 'Web pages',
  document: 'Documents',
};

/** Sources grouped by type in the order above, each group sorted by title; empty groups dropped. */
export function groupSources<T extends { type: SourceData['type']; title: string }>(sources: T[]): { type: SourceData['type']; label: string; items: T[] }[] {
  return (Object.keys(sourceGroupLabels) as SourceData['type'][])
    .map((type) => ({
      type,
      label: sourceGroupLabels[type],
      items: sources.filter((source) => source.type === type).sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .filter((group) => group.items.length > 0);
}
