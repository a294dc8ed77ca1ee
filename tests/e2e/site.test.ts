import { describe, expect, inject, test } from 'vitest';
import { openContext, useBrowser, useTab, visit } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tab = useTab(browser);

describe('home page', () => {
  test('says what the site is for and routes each kind of visitor', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/');
    // The h1 says what the site does for the reader; one primary action; then a route for each audience.
    expect(await page.locator('h1').textContent()).toBe('Find out which laws protect your medical scans');
    expect(await page.locator('form.start-box select[name="state"] option').count()).toBe(52);
    const routes = await page.locator('.audiences li strong').allTextContents();
    expect(routes).toEqual(['Advocates:', 'Teachers and students:', 'Researchers:']);
    expect(await page.locator('footer').textContent()).toContain('not legal advice');
  });
});

describe('an article', () => {
  test('renders its GFM table, numbered citations and source list', async () => {
    const page = await tab();
    const response = await visit(page, baseUrl, '/articles/hipaa-de-identification-safe-harbor/');
    expect(response?.status()).toBe(200);
    expect(await page.locator('.prose table th').count()).toBeGreaterThan(1);
    const firstCite = page.locator('sup.cite a').first();
    expect(await firstCite.textContent()).toBe('[1]');
    const target = await firstCite.getAttribute('href');
    const source = page.locator(`${target} a`);
    expect(await source.getAttribute('href')).toMatch(/^https:\/\/www\.ecfr\.gov\//);
    expect(await page.locator('.article-header .meta time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('.notice').first().textContent()).toContain('not legal advice');
  });

  test('loads no script but the small copy script until the reader opens search', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (['script', 'fetch', 'xhr'].includes(request.resourceType()) || request.url().includes('pagefind')) scripts.push(request.url());
    });
    await visit(page, baseUrl, '/articles/hipaa-de-identification-safe-harbor/');
    // The copy-buttons/section-links script (docs/decisions.md: at most 5 KB gzipped); tests/e2e/citable.test.ts.
    expect(scripts.filter((url) => !/\/_astro\/CopyTools\.[^/]+\.js$/.test(url))).toEqual([]);
    await context.close();
  });
});

describe('search', () => {
  test('finds an article by a word from its text, under the production CSP', async () => {
    const { context, foreign } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await visit(page, baseUrl, '/search/?q=harbor');
    const firstResult = page.locator('[data-results] > li h2 a').first();
    await firstResult.waitFor({ timeout: 15_000 });
    const titles = await page.locator('[data-results] > li h2 a').allTextContents();
    expect(titles.some((title) => title.includes('de-identified'))).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('shows ten results at a time, fetching the text of only those', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    await visit(page, baseUrl, '/search/?q=images');
    const results = page.locator('[data-results] > li');
    await results.first().waitFor({ timeout: 15_000 });
    expect(await results.count()).toBe(10);
    expect(fragments.length).toBeLessThanOrEqual(10);
    await page.click('[data-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 10);
    expect(await results.count()).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-results] > li')[10])).toBe(true);
    await context.close();
  });

  test('fetches the filter index only when the reader opens "Filter results", and filters work', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await visit(page, baseUrl, '/search/?q=images');
    await page.locator('[data-results] > li').first().waitFor({ timeout: 15_000 });
    expect(filterFiles).toEqual([]);
    await page.click('[data-filter-box] summary');
    const typeSelect = page.locator('[data-filters] select[name="type"]');
    await typeSelect.waitFor({ timeout: 15_000 });
    expect(filterFiles.length).toBeGreaterThan(0);
    await typeSelect.selectOption('law');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-results] > li h2 a')].every((a) => a.getAttribute('href')?.startsWith('/laws/')));
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the header search box sends the query to /search/', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/');
    await page.fill('#header-search-input', 'harbor');
    await page.press('#header-search-input', 'Enter');
    await page.waitForURL(/\/search\/\?q=harbor/);
    expect(await page.inputValue('#search-input')).toBe('harbor');
  });
});
