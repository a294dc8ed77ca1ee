/** A worried patient types their own words, not legal terms, and still finds the right page. */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSearchPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await openSearchPage(browser(), baseUrl);
});

/** Titles of the top results for a query, straight from the Pagefind index the page loaded. */
async function topTitles(query: string, filters: Record<string, string> = {}, count = 3): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(search.results.slice(0, ${count}).map((result) => result.data()));
    return data.map((item) => item.meta.title);
  })()`);
}

describe('search in a patient’s own words', () => {
  test.each([
    ['get a copy of my MRI', /copies of (my|your) X-rays/i],
    ['fake x-ray', /fake X-rays/i],
    ['who looked at my scans', /who looked at/i],
    ['sue for leaked medical records california', /sue/i],
  ])('"%s" finds the right page near the top', async (query, expected) => {
    const titles = await topTitles(query);
    expect(
      titles.some((title) => expected.test(title)),
      titles.join(' | '),
    ).toBe(true);
  });

  test('the type filter narrows results to laws', async () => {
    const titles = await topTitles('privacy', { type: 'law' }, 50);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => !/\?/.test(title))).toBe(true); // article and scenario titles are questions
  });

  test('list pages stay out of the results', async () => {
    const titles = await topTitles('scans', {}, 50);
    expect(titles).not.toContain('Articles');
  });
});
