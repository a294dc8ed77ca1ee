/** Run axe-core on a page and describe what it finds in lines a person can act on. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** axe-core's browser build, read once per test file. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/**
 * Load axe-core into every page the context opens, before the page's own scripts (an init script is not subject to
 * the page's CSP; axe only reads the page). The sweep does this once for its context: its source then
 * crosses to Chromium once, not once per page.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/**
 * Analyse the page as it is now against the WCAG tags above, or only the given rules.
 *
 * axe is injected into each frame once per page load and then run in the page (`axe.run`, what
 * @axe-core/playwright calls "legacy mode"), with only violations reported in full. The builder of
 * @axe-core/playwright instead injected axe again on every call and finished each run in a new
 * blank tab, and serialised every passing node of every rule: on 11 pages (/gaps/ among them) its
 * light + dark runs took 315 s against 69 s this way. The rules and tags, and so the violations
 * found, are the same.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  }
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: wcagTags };
  return page.evaluate(async (runOnly) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } };
    const results = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    // Only what formatViolations reads: the rest of a result is large and not needed here.
    return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, runOnly);
}
