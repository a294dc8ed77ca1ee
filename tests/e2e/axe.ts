/** Run axe-core on a page and describe what it finds in lines a person can act on. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no wcag22a tag: its 2.2 A rules are in wcag2a). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The parts of an axe result a report needs. */
export interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** One block per violated rule: rule id, impact, what to fix, then each failing element. */
export function formatViolations(where: string, violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const summary = (node.failureSummary ?? '')
          .split('\n')
          .map((line) => `      ${line.trim()}`)
          .join('\n');
        return `    at ${node.target.map(String).join(' ')}\n${summary}`;
      });
      return `${where}: ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/**
 * The rules run in the dark color scheme. The dark scheme changes colors only (a post-build test,
 * tests/postbuild/css.test.ts, holds the CSS to that), so every other rule gives the same answer
 * as in the light scheme, where all of them run; this halves the time of the dark pass.
 * AXE_DARK=full runs every rule in the dark scheme too.
 */
export const darkRules = process.env.AXE_DARK === 'full' ? undefined : ['color-contrast', 'link-in-text-block'];

/** Analyse the page as it is now against the WCAG tags above, or only the given rules. */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(wcagTags)).analyze();
  return results.violations;
}
