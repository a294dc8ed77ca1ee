/** The bibliography, and citations resolved against it. The only place that reads `sources`. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatPinLabel, formatPinUrl } from '../lib/citations';
import { bibliographyEntryHtml, groupSources, sourceToCsl, type CslSource, type StoredEntries } from '../lib/bibliography';
import storedApa from './bibliography-apa.json';

export type Source = CollectionEntry<'sources'>;

let sourceMap: Map<string, Source> | undefined;

/** All sources by id (read once per build). */
export async function getSourceMap(): Promise<Map<string, Source>> {
  sourceMap ??= new Map((await getCollection('sources')).map((source) => [source.id, source]));
  return sourceMap;
}

/** A source by id; throws (failing the build) when the id is unknown. */
export async function requireSource(id: string, usedIn: string): Promise<Source> {
  const source = (await getSourceMap()).get(id);
  if (!source) throw new Error(`${usedIn}: unknown source id "${id}" (no content/sources/${id}.yaml)`);
  return source;
}

/** A citation ready to print: its number, how the pinpoint reads and where it links. */
export interface CitationView {
  n: number;
  label: string;
  title: string;
  url: string;
  publisher?: string;
}

/** Resolve numbered citations from an article (or a cell) into printable entries. */
export async function resolveCitations(citations: { n: number; source: string; pin?: string }[], usedIn: string): Promise<CitationView[]> {
  return Promise.all(
    citations.map(async ({ n, source: id, pin }) => {
      const { data } = await requireSource(id, usedIn);
      const publisher = data.publisher ?? data.author?.map((a) => ('literal' in a ? a.literal : a.family)).join(', ');
      return {
        n,
        label: formatPinLabel(data, pin),
        title: data.title,
        url: formatPinUrl(data, pin),
        ...(publisher ? { publisher } : {}),
      };
    }),
  );
}

/** Every source as CSL-JSON, sorted by id: the bibliography download (/data/sources.json). */
export async function getSourcesCsl(): Promise<CslSource[]> {
  return [...(await getSourceMap()).values()].sort((a, b) => a.id.localeCompare(b.id)).map((source) => sourceToCsl(source.id, source.data));
}

/** The /sources/ page: sources grouped by type, each with its APA entry and our note. */
export async function getBibliographyGroups() {
  const entries = await Promise.all(
    (await getSourcesCsl()).map(async (item) => ({
      id: item.id,
      type: item.type,
      title: item.title,
      html: await bibliographyEntryHtml(item, storedApa as StoredEntries),
      note: item.note,
    })),
  );
  return groupSources(entries);
}
