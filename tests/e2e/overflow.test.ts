/**
 * Nothing hides sideways: on a page of every kind, at a 360 px phone and at 1280 px, the page itself does not
 * scroll sideways, and anything inside <main> that does scroll sideways (a wide table) carries the visible scroll
 * cue (`data-scroll-cue`, drawn by global.css). The matrix pages have their own, stricter checks (gaps.test.ts).
 */
import { describe, expect, inject, test } from 'vitest';
import { sidewaysProblems, useBrowser, useTab, visit } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tab = useTab(browser);

/** One page of each kind; the article has a table that scrolls on a phone. */
const paths = [
  '/',
  '/articles/',
  '/articles/hhs-ai-rules-how-settled/',
  '/laws/',
  '/laws/hipaa-privacy-rule/',
  '/scenarios/',
  '/scenarios/hospital-ai-vendor-identifiable-scans/',
  '/states/',
  '/states/oh/',
  '/letters/',
  '/what-protects-me/?state=tx&situation=hospital-ai-vendor-identifiable-scans',
  '/representatives/',
  '/data/',
  '/sources/',
  '/glossary/',
  '/about/',
];

describe.each([360, 1280])('at %i px', (width) => {
  test('no page scrolls sideways, and whatever scrolls inside it shows a cue', async () => {
    const page = await tab({ viewport: { width, height: 800 } });
    const found: string[] = [];
    for (const path of paths) {
      await visit(page, baseUrl, path);
      const hidden = await sidewaysProblems(page);
      found.push(...hidden.map((problem) => `${path}: ${problem}`));
    }
    expect(found).toEqual([]);
  }, 120_000);
});

test('the cue is drawn: a table that scrolls has a shadow at the edge where more of it lies', async () => {
  const page = await tab({ viewport: { width: 360, height: 800 } });
  await visit(page, baseUrl, '/articles/hhs-ai-rules-how-settled/');
  const table = page.locator('.prose table[data-scroll-cue]').first();
  const state = await table.evaluate((element) => ({
    scrolls: element.scrollWidth > element.clientWidth + 1,
    background: getComputedStyle(element).backgroundImage,
  }));
  expect(state.scrolls).toBe(true);
  expect(state.background).toMatch(/radial-gradient/);
});
