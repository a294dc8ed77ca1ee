/**
 * A stand-in for `astro:content` in unit tests of the view models (src/data), as Starlight's
 * tests mock it: the entries of a content folder, read the way the build reads them
 * (src/lib/content-loader.ts) and parsed through the project's own schemas, with `reference()`
 * giving `{ id, collection }` as Astro's does. Use it as
 *   vi.mock('astro:content', async () => (await import('../helpers/astro-content')).mockedAstroContent());
 */
import { z } from 'astro/zod';
import { collectionSchemas, loadContent } from '../../src/lib/content-loader';
import type { SchemaContext } from '../../src/schemas/shared';

export interface MockEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
}

const reference = (collection: string) => z.string().transform((id) => ({ id, collection }));

/** `getCollection` and `getEntry` over the entries of `root` (content/ unless given). */
export function mockedAstroContent(root = 'content') {
  const { entries, problems } = loadContent(root);
  if (problems.length > 0) throw new Error(`The content in ${root} does not load: ${problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('; ')}`);
  const schemas = collectionSchemas({ reference } as unknown as SchemaContext);
  const collections = new Map<string, MockEntry[]>();
  for (const entry of entries) {
    const data = schemas[entry.collection].parse(entry.data) as Record<string, unknown>;
    const list = collections.get(entry.collection) ?? [];
    list.push({ id: entry.id, collection: entry.collection, data, ...(entry.body === undefined ? {} : { body: entry.body }) });
    collections.set(entry.collection, list);
  }
  return {
    reference,
    getCollection: async (collection: string, filter?: (entry: MockEntry) => unknown) =>
      (collections.get(collection) ?? []).filter((entry) => (filter ? filter(entry) : true)),
    getEntry: async (collection: string, id: string) => collections.get(collection)?.find((entry) => entry.id === id),
    render: async () => {
      throw new Error('render() is not available in unit tests: test the view models that do not render MDX');
    },
  };
}
