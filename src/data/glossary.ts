/** The glossary page: every term with its definition, source, related terms and the articles using it. */
import { getCollection } from 'astro:content';
import { getTermUsage } from './articles';
import { requireSource } from './sources';
import { pinCitation } from '../lib/citations';
import { articlesByTerm } from '../lib/glossary';

export interface GlossaryEntryView {
  id: string;
  term: string;
  definition: string;
  source?: { label: string; url: string };
  related: { id: string; term: string }[];
  articles: { id: string; title: string }[];
}

/** All terms, alphabetical; throws on a dangling source or related term. */
export async function getGlossary(): Promise<GlossaryEntryView[]> {
  const entries = await getCollection('glossary');
  const terms = new Map(entries.map((entry) => [entry.id, entry.data.term]));
  const usage = articlesByTerm(await getTermUsage());
  const views = await Promise.all(
    entries.map(async ({ id, data }) => {
      const usedIn = `content/glossary/${id}.yaml`;
      const source = data.source ? (await requireSource(data.source.id, usedIn)).data : undefined;
      const related = data.related.map((ref) => {
        const term = terms.get(ref.id);
        if (!term) throw new Error(`${usedIn}: unknown related term "${ref.id}"`);
        return { id: ref.id, term };
      });
      return {
        id,
        term: data.term,
        definition: data.definition,
        ...(source ? { source: pinCitation(source, data.pin) } : {}),
        related,
        articles: usage.get(id) ?? [],
      };
    }),
  );
  return views.sort((a, b) => a.term.localeCompare(b.term));
}
