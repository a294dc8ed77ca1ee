/**
 * Remark plugin for articles: numbers <Cite> elements in reading order, checks that every
 * <Cite source> and <Term id> names a real entry (failing the build with file and line when not),
 * marks the first use of each glossary term, and hands the citation list to the page through
 * `remarkPluginFrontmatter` (Astro's channel from plugins to pages).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** A numbered citation as the page receives it. */
export interface NumberedCitation {
  n: number;
  source: string;
  pin?: string;
}

function stringAttribute(node: JsxElement, name: string, where: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (attribute === undefined) return undefined;
  if (typeof attribute.value !== 'string') {
    throw new Error(`${where}: <${node.name} ${name}> must be a plain string, not an expression`);
  }
  return attribute.value;
}

export function remarkArticle({ contentRoot = 'content' }: { contentRoot?: string } = {}) {
  // One file-system check per source or term per build, not one per <Cite>/<Term> (thousands of
  // articles cite the same few hundred sources). Only "exists" is remembered: a missing file is
  // checked again, so one added while `astro dev` runs is found.
  const found = new Set<string>();
  const entryExists = (collection: string, id: string) => {
    const file = join(contentRoot, collection, `${id}.yaml`);
    if (found.has(file)) return true;
    if (!existsSync(file)) return false;
    found.add(file);
    return true;
  };
  return (tree: Node, file: VFileLike) => {
    const numbers = new Map<string, number>();
    const citations: NumberedCitation[] = [];
    const terms: string[] = [];
    visit(tree, (node: Node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const element = node as JsxElement;
      const where = `${file.path ?? '(unknown file)'}:${node.position?.start.line ?? '?'}`;
      if (element.name === 'Cite') {
        const source = stringAttribute(element, 'source', where);
        const pin = stringAttribute(element, 'pin', where);
        if (!source) throw new Error(`${where}: <Cite> needs a source="…" attribute`);
        if (!entryExists('sources', source)) {
          throw new Error(`${where}: <Cite source="${source}">: there is no content/sources/${source}.yaml`);
        }
        const key = `${source}\u0000${pin ?? ''}`;
        let n = numbers.get(key);
        if (n === undefined) {
          n = citations.length + 1;
          numbers.set(key, n);
          citations.push(pin === undefined ? { n, source } : { n, source, pin });
        }
        element.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
      } else if (element.name === 'AsOf') {
        const date = stringAttribute(element, 'date', where);
        if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) {
          throw new Error(`${where}: <AsOf> needs date="YYYY-MM-DD" (the day the claim's status was checked)`);
        }
      } else if (element.name === 'Term') {
        const id = stringAttribute(element, 'id', where);
        if (!id) throw new Error(`${where}: <Term> needs an id="…" attribute`);
        if (!entryExists('glossary', id)) {
          throw new Error(`${where}: <Term id="${id}">: there is no content/glossary/${id}.yaml`);
        }
        if (!terms.includes(id)) {
          terms.push(id);
          element.attributes.push({ type: 'mdxJsxAttribute', name: 'first', value: 'true' });
        }
      }
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = citations;
    file.data.astro.frontmatter.terms = terms;
  };
}
