import { parseCsv } from '../../src/lib/open-data';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openContext, sidewaysProblems, useBrowser, useTab, visit } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tab = useTab(browser);

interface Law {
  id: string;
  name: string;
  jurisdiction: string;
}
const coverage = async (): Promise<{ laws: Law[]; scenarios: unknown[] }> => (await fetch(`${baseUrl}/data/coverage.json`)).json();
const stateLaws = async (code: string): Promise<string[]> => {
  const json = await (await fetch(`${baseUrl}/data/state-laws.json`)).json();
  return json.rows.filter((row: { state: string; law: string | null }) => row.state === code && row.law).map((row: { law: string }) => row.law);
};

/**
 * What a reader cannot see at this width: the page scrolling sideways, anything in <main> that
 * scrolls sideways without a cue (a `data-scroll-cue` on it), a matrix column heading or cell
 * content outside the window or spilling out of its cell, and a card wider than the window.
 */
const hiddenThings = async (page: Page) => [
  ...(await sidewaysProblems(page)),
  ...(await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    const shown = (element: Element) => (element as HTMLElement).offsetParent !== null;
    for (const element of document.querySelectorAll('.matrix thead th, .matrix-card')) {
      if (!shown(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.left < -0.5 || box.right > root.clientWidth + 0.5) found.push(`"${element.textContent?.trim().slice(0, 40)}" is outside the window`);
    }
    for (const element of document.querySelectorAll('.matrix .status, .matrix thead abbr, .matrix tbody th a')) {
      if (!shown(element)) continue;
      const box = element.getBoundingClientRect();
      const cell = element.closest('td, th')!.getBoundingClientRect();
      if (box.left < cell.left - 0.5 || box.right > cell.right + 0.5) found.push(`"${element.textContent?.trim()}" spills out of its cell`);
    }
    return found;
  })),
];

describe('/gaps/', () => {
  test('at 1280 px: every column in view, federal law first, then EU law marked for comparison; totals count U.S. cells', async () => {
    const { laws, scenarios } = await coverage();
    const federal = laws.filter((law) => law.jurisdiction === 'us').map((law) => law.name);
    const eu = laws.filter((law) => law.jurisdiction === 'eu').map((law) => law.name);
    const page = await tab({ viewport: { width: 1280, height: 800 } });
    await visit(page, baseUrl, '/gaps/');
    expect(await page.locator('.matrix').isVisible()).toBe(true);
    expect(await page.locator('.matrix-cards').isVisible()).toBe(false);
    expect(await page.locator('.matrix thead tr:last-child th abbr').evaluateAll((abbrs) => abbrs.map((abbr) => abbr.getAttribute('title')))).toEqual([
      ...federal,
      ...eu,
    ]);
    const groups = await page.locator('.matrix th[scope="colgroup"]').allInnerTexts();
    expect(groups).toEqual(['U.S. federal law', 'EU law, for comparison only']);
    const rows = await page.locator('.matrix tbody th[scope="row"]').count();
    expect(rows).toBe(scenarios.length);
    expect(await page.locator('.matrix tbody td').count()).toBe(rows * (federal.length + eu.length));
    const words = new Set((await page.locator('.matrix tbody td .status').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()));
    for (const word of words) expect(word).toMatch(/^. (Protected|Partly protected|Gap|Not applicable)$/);
    expect(await page.locator('.legend dt').count()).toBe(4);
    const totals = await page.locator('.matrix-totals').innerText();
    expect(totals).toContain(`${federal.length * scenarios.length} are U.S. federal law`);
    expect(totals).toContain(`${eu.length * scenarios.length} are EU law, shown for comparison only`);
    expect(await hiddenThings(page)).toEqual([]);
  });

  for (const path of ['/gaps/', '/gaps/ca/']) {
    test(`${path}: the heading rows stay in view when the page scrolls (1280 px)`, async () => {
      const page = await tab({ viewport: { width: 1280, height: 800 } });
      await visit(page, baseUrl, path);
      const lastRow = page.locator('.matrix tbody tr').last();
      await lastRow.scrollIntoViewIfNeeded();
      const head = await page.locator('.matrix thead').boundingBox();
      const firstRow = await page.locator('.matrix tbody tr').first().boundingBox();
      expect(firstRow!.y).toBeLessThan(0); // the top of the table has scrolled away
      expect(head!.y).toBeGreaterThanOrEqual(-1);
      expect(head!.y).toBeLessThan(5);
      // Nothing covers the law names: the element at each heading's centre is that heading or inside it.
      const covered = await page.locator('.matrix thead tr:last-child th').evaluateAll(
        (ths) =>
          ths.filter((th) => {
            const box = th.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return !hit || !th.contains(hit);
          }).length,
      );
      expect(covered).toBe(0);
    });
  }

  for (const width of [360, 800, 1024, 1280]) {
    test(`no column hidden without a cue and no sideways scrolling at ${width} px (/gaps/, /gaps/ca/, /gaps/oh/)`, async () => {
      const page = await tab({ viewport: { width, height: 800 } });
      for (const path of ['/gaps/', '/gaps/ca/', '/gaps/oh/']) {
        await visit(page, baseUrl, path);
        const tableShown = await page.locator('.matrix').isVisible();
        const cardsShown = await page.locator('.matrix-cards').isVisible();
        expect(tableShown !== cardsShown, `${path}: either the table or the cards`).toBe(true);
        if (width === 360) expect(cardsShown, path).toBe(true);
        if (width === 1280) expect(tableShown, path).toBe(true);
        expect(await hiddenThings(page), `${path} at ${width}px`).toEqual([]);
      }
    });
  }

  test('at 360 px: a card per situation with the laws that apply in words and how many do not', async () => {
    const { scenarios } = await coverage();
    const page = await tab({ viewport: { width: 360, height: 740 } });
    await visit(page, baseUrl, '/gaps/');
    const cards = page.locator('.matrix-card');
    expect(await cards.count()).toBe(scenarios.length);
    const first = cards.first();
    const statuses = (await first.locator('.status').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(status).toMatch(/^. (Protected|Partly protected|Gap)$/);
    expect(await first.locator('.matrix-card__na').innerText()).toMatch(/^(\d+ of the \d+ laws here (does|do) not apply|Every law here applies)\.$/);
    // EU law sits apart, after U.S. law, and says it is for comparison.
    const compare = page.locator('.matrix-card__compare');
    expect(await compare.count()).toBeGreaterThan(0);
    expect(await compare.first().innerText()).toContain('For comparison only');
    expect(await page.locator('.matrix-card__laws--eu').first().locator('abbr').first().getAttribute('title')).toMatch(/^EU /);
    // The first screen names the situation before the reader has scrolled past the lists of states.
    expect(await page.locator('.state-picker__list').isVisible()).toBe(false);
  });

  test('each cell links to its explanation, with confidence and review date', async () => {
    const page = await tab();
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
  });

  test('the "my state" filter is a link per state that works without JavaScript', async () => {
    const ohio = await stateLaws('oh');
    expect(ohio.length).toBeGreaterThan(0);
    const { context } = await openContext(browser(), baseUrl, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await visit(page, baseUrl, '/gaps/');
    const links = page.locator('.state-picker__list a');
    expect(await links.count()).toBe(51);
    await page.locator('.state-picker summary').click();
    await Promise.all([page.waitForURL(/\/gaps\/oh\/$/), links.filter({ hasText: /^Ohio$/ }).click()]);
    expect(await page.locator('h1').innerText()).toBe('The gap matrix for Ohio');
    const columns = await page.locator('.matrix thead tr:last-child th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const own = columns.filter((href) => href!.startsWith('/laws/oh-'));
    expect(own.sort()).toEqual(ohio.map((id) => `/laws/${id}/`).sort());
    expect(await page.locator('.matrix th[scope="colgroup"]').allInnerTexts()).toEqual(['U.S. federal law', 'Ohio law']);
    expect(await page.locator('.matrix-totals').innerText()).toMatch(/, all U\.S\. law: /);
    expect(await page.locator('main a[href="/states/oh/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('each state matrix lists that state own laws, and only those', async () => {
    const page = await tab({ viewport: { width: 1280, height: 800 } });
    for (const code of ['ca', 'dc', 'ne']) {
      const own = await stateLaws(code);
      await visit(page, baseUrl, `/gaps/${code}/`);
      const laws = await page.locator('.matrix thead tr:last-child th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!));
      const federal = (await coverage()).laws.filter((law) => law.jurisdiction === 'us').map((law) => law.id);
      expect(laws.slice(0, federal.length), code).toEqual(federal);
      expect(laws.slice(federal.length).sort(), code).toEqual(own.sort());
    }
  });

  test('each state page links to its own matrix', async () => {
    const page = await tab();
    for (const code of ['oh', 'dc']) {
      await visit(page, baseUrl, `/states/${code}/`);
      expect(await page.locator(`main a[href="/gaps/${code}/"]`).count(), code).toBe(1);
    }
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
    const page = await tab();
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
  });

  test('California lists its own laws by category, each with its official citation', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/states/ca/');
    const names = await page.locator('.state-law__name').allInnerTexts();
    expect(names.some((n) => /Confidentiality of Medical Information Act/.test(n))).toBe(true);
    expect(names.some((n) => /Consumer Privacy Act/.test(n))).toBe(true);
    expect(names.some((n) => /GDPR/.test(n))).toBe(false);
    const citations = await page.locator('.state-law__name a:not([href^="/"])').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).host));
    expect(citations.every((host) => host === 'leginfo.legislature.ca.gov')).toBe(true);
    expect(await page.locator('#compared').count()).toBe(1);
  });
});
