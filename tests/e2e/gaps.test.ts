import { parseCsv } from '../../src/lib/open-data';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, openContext, visit } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('/gaps/', () => {
  test('is a table with row and column headers, statuses in words, and a legend', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    await visit(page, baseUrl, '/gaps/');
    const columns = await page.locator('.matrix thead th[scope="col"]').count();
    const rows = await page.locator('.matrix tbody th[scope="row"]').count();
    expect(columns).toBeGreaterThanOrEqual(17); // 16+ laws plus the situation column
    expect(rows).toBe(15);
    const cells = page.locator('.matrix tbody td');
    expect(await cells.count()).toBe(rows * (columns - 1));
    const words = new Set(await page.locator('.matrix tbody td .status').allInnerTexts());
    for (const word of words) expect(word).toMatch(/Protected|Partly protected|Gap|Not applicable/);
    expect(await page.locator('.legend dt').count()).toBe(4);
    await context.close();
  });

  test('each cell links to its explanation, with confidence and review date', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    await visit(page, baseUrl, '/gaps/');
    const href = await page.locator('.matrix tbody td a').first().getAttribute('href');
    expect(href).toMatch(/^\/scenarios\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    await page.locator('.matrix tbody td a').first().click();
    await page.waitForLoadState();
    const id = href!.split('#')[1]!;
    const cell = page.locator(`section#${id}`);
    expect(await cell.locator('.status').count()).toBeGreaterThan(0);
    expect(await cell.textContent()).toMatch(/Confidence: (high|medium|low)/);
    expect(await cell.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await context.close();
  });

  test('filters by jurisdiction without JavaScript', async () => {
    const { context } = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, baseUrl, '/gaps/');
    const visibleColumns = () => page.locator('.matrix thead th').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).length);
    const all = await visibleColumns();
    await page.check('#j-eu');
    expect(await visibleColumns()).toBe(3); // situation + GDPR + AI Act
    await page.check('#j-all');
    expect(await visibleColumns()).toBe(all);
    await context.close();
  });

  test('scrolls inside its own container on a phone, not the page', async () => {
    const { context } = await openContext(browser(), baseUrl, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await visit(page, baseUrl, '/gaps/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('offers the model as JSON and CSV', async () => {
    const json = await (await fetch(`${baseUrl}/data/coverage.json`)).json();
    expect(json.licence).toContain('creativecommons.org/licenses/by/4.0');
    // Written cells only: a missing cell file means "not applicable", so there may be fewer than laws x scenarios.
    expect(json.cells.length).toBeGreaterThan(0);
    expect(json.cells.length).toBeLessThanOrEqual(json.laws.length * json.scenarios.length);
    // Every cell names a known law (a law with no cell, such as a state access law, gives its rights on its own page).
    const laws = new Set(json.laws.map((law: { id: string }) => law.id));
    expect(json.cells.every((cell: { law: string }) => laws.has(cell.law))).toBe(true);
    const csv = await (await fetch(`${baseUrl}/data/coverage.csv`)).text();
    expect(parseCsv(csv)).toHaveLength(json.cells.length);
  });
});

describe('state pages', () => {
  test('a state page answers first, then names whom to contact with official lookups', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    await visit(page, baseUrl, '/states/ak/');
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings[0]).toContain('What Alaska adds to federal law');
    expect(await page.locator('main').textContent()).not.toMatch(/\bno law\b/i);
    const links = await page
      .locator('#contacts')
      .locator('xpath=../following-sibling::ul[1]//a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((href) => href.startsWith('https://www.house.gov/'))).toBe(true);
    expect(links.some((href) => href.includes('akleg.gov'))).toBe(true);
    await context.close();
  });

  test('California lists its own laws by category, each with its official citation', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    await visit(page, baseUrl, '/states/ca/');
    const names = await page.locator('.state-law__name').allInnerTexts();
    expect(names.some((n) => /Confidentiality of Medical Information Act/.test(n))).toBe(true);
    expect(names.some((n) => /Consumer Privacy Act/.test(n))).toBe(true);
    expect(names.some((n) => /GDPR/.test(n))).toBe(false);
    const citations = await page.locator('.state-law__name a:not([href^="/"])').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).host));
    expect(citations.every((host) => host === 'leginfo.legislature.ca.gov')).toBe(true);
    expect(await page.locator('#compared').count()).toBe(1);
    await context.close();
  });
});
