/**
 * GFM task lists render bare checkboxes, which axe reports as unlabelled form fields. Give each
 * one the text of its list item as its accessible name. Article tables, which scroll sideways on a
 * narrow column, become reachable by keyboard.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

interface Element extends Node {
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}

function textOf(node: Element): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map((child) => textOf(child as Element)).join('');
}

export function rehypeTaskListLabels() {
  return (tree: Node) => {
    visit(tree, (node: Node) => {
      const item = node as Element;
      // An article table scrolls sideways on a narrow column (global.css): keyboard users must be able
      // to reach it to scroll it (axe: scrollable-region-focusable).
      if (item.tagName === 'table' && item.properties) {
        item.properties.tabIndex = 0;
        // …and sighted readers see a shadow at the edge where more of it lies (global.css).
        item.properties.dataScrollCue = '';
        return;
      }
      if (item.tagName !== 'li') return;
      const box = (item.children ?? []).find((child) => (child as Element).tagName === 'input' && (child as Element).properties?.type === 'checkbox') as
        Element | undefined;
      if (box?.properties) box.properties.ariaLabel = textOf(item).trim();
    });
  };
}
