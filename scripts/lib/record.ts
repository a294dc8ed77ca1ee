/**
 * Record what Chromium downloads: a page's first visit (fresh cache, until the network is idle),
 * and the search UI's downloads when opened and for a first query. Shared by the budget tests
 * and `npm run bench`.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { gzipBytes, kindOf, type Resource } from './weight.ts';

/** Collect every response of `page` (body sizes resolved later). */
function collect(page: Page): { flush(): Promise<Resource[]> } {
  const pending: Promise<Resource | undefined>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300 && response.status() < 400) return undefined;
        const contentType = (await response.allHeaders())['content-type'] ?? '';
        let body: Uint8Array;
        try {
          body = await response.body();
        } catch {
          return undefined; // aborted or no body
        }
        return { url: response.url(), kind: kindOf(response.url(), contentType), bytes: body.length, gzipBytes: gzipBytes(body, contentType) };
      })(),
    );
  };
  page.on('response', onResponse);
  return {
    async flush() {
      const taken = pending.splice(0);
      return (await Promise.all(taken)).filter((resource): resource is Resource => resource !== undefined);
    },
  };
}

/** Everything a first visit to `url` downloads, in a fresh context. */
export async function recordFirstVisit(browser: Browser, url: string): Promise<Resource[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = collect(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const resources = await recorder.flush();
  await context.close();
  return resources;
}

/**
 * Open /search/ fresh and record what arrives until search is ready, then type `query` and record
 * what the first query adds until its results are shown.
 */
export async function recordSearch(browser: Browser, baseUrl: string, query: string): Promise<{ opened: Resource[]; firstQuery: Resource[]; results: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = collect(page);
  await page.goto(new URL('/search/', baseUrl).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent === '', undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const opened = await recorder.flush();
  await page.fill('#search-input', query);
  await page.locator('[data-results] > li').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const firstQuery = await recorder.flush();
  const results = await page.locator('[data-results] > li').count();
  await context.close();
  return { opened, firstQuery, results };
}
