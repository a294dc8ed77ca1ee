/**
 * Section links for article headings. For every h2 and h3 it:
 * 1. gives the heading an id now, with Astro's own `rehypeHeadingIds` (Astro runs it again after
 *    user plugins and keeps ids that exist, so the table of contents and these links agree);
 * 2. wraps the heading in `<div class="heading-wrap">` and puts after it (not inside, so the
 *    heading's text, its accessible name and the table of contents stay clean) a link to the
 *    section: a plain `#id` link without JavaScript, a "copy link" with it (src/islands/copy-tools.ts).
 * The same markup comes from src/components/SectionHeading.astro on pages written in .astro.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { SKIP, visit } from 'unist-util-visit';
import type { Node, Parent } from 'unist';
import { strings } from '../strings/en';

interface Element extends Parent {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
}
interface Text extends Node {
  type: 'text';
  value: string;
}

function textOf(node: Node): string {
  if (node.type === 'text') return (node as Text).value;
  return ((node as Parent).children ?? []).map(textOf).join('');
}

const element = (tagName: string, properties: Record<string, unknown>, children: Node[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({ type: 'text', value });

/** The link placed after a heading; the .astro component renders the same markup. */
export function sectionLink(id: string, headingText: string): Element {
  return element('a', { className: ['section-link'], href: `#${id}`, dataSectionLink: '', dataPagefindIgnore: '' }, [
    element('span', { ariaHidden: 'true' }, [text('#')]),
    element('span', { className: ['visually-hidden'] }, [text(`${strings.sectionLink}: ${headingText}`)]),
  ]);
}

// Astro types it as a unified plugin; called directly it is a plain transform of tree and file.
type Transform = (tree: Node, file: object) => void;

export function rehypeSectionLinks() {
  const assignIds = (rehypeHeadingIds as unknown as () => Transform)();
  return (tree: Node, file: object) => {
    assignIds(tree, file);
    visit(tree, 'element', (node: Node, index: number | undefined, parent: Parent | undefined) => {
      const heading = node as Element;
      if (!parent || index === undefined || (heading.tagName !== 'h2' && heading.tagName !== 'h3')) return;
      const id = heading.properties.id;
      if (typeof id !== 'string') return;
      parent.children[index] = element('div', { className: ['heading-wrap', `heading-wrap--${heading.tagName}`] }, [
        heading,
        sectionLink(id, textOf(heading).trim()),
      ]);
      return [SKIP, index + 1];
    });
  };
}
