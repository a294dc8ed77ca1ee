/**
 * The bibliography as open data and as a page: each source as a CSL-JSON item (the format
 * reference managers read), its APA entry from citation-js, and the groups /sources/ shows.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
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

/** The APA entry of a source as HTML, its address a link. */
export function bibliographyEntryHtml(item: CslSource): string {
  // The note is ours, not part of the reference: it is shown beside the entry instead.
  const { note: _note, ...reference } = item;
  const html = String(new Cite(reference).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }));
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim();
  if (!entry) throw new Error(`citation-js returned no entry for source "${item.id}"`);
  return entry.replace(/https:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
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
