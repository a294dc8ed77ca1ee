/**
 * Citable and linkable, in a real browser: copying section links and citations (with the reader's
 * own access date), the same pages without JavaScript, and the handout print layout.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openContext, useBrowser, useTab, visit } from './browser';

const baseUrl = inject('baseUrl');
const article = '/articles/hipaa-de-identification-safe-harbor/';
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const browser = useBrowser();
const tab = useTab(browser);

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('section links', () => {
  test('every h2 and h3 of an article has a visible link to its section', async () => {
    const page = await tab();
    await visit(page, baseUrl, article);
    const headings = page.locator('main :is(h2, h3)[id]:not(.toc h2)');
    const count = await headings.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const id = await headings.nth(i).getAttribute('id');
      const link = page.locator(`.heading-wrap:has(> #${id}) > a.section-link`);
      expect(await link.getAttribute('href'), `#${id}`).toMatch(/^#/);
      expect(await link.isVisible(), `#${id}`).toBe(true);
    }
  });

  test('reached by keyboard, copies the full URL of its section and says so', async () => {
    const { context } = await openContext(browser(), baseUrl, clipboard);
    const page = await context.newPage();
    await visit(page, baseUrl, article);
    const link = page.locator('.prose a[data-section-link]').first();
    const target = (await link.getAttribute('href'))!;
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('copy-tools').textContent()).toBe('Link to this section copied.');
    expect(await readClipboard(page)).toBe(new URL(article + target, baseUrl).href);
    expect(new URL(page.url()).hash).toBe(target);
    await context.close();
  });

  test('on a scenario page, a law’s link points at the documented #<law-id> anchor', async () => {
    const { context } = await openContext(browser(), baseUrl, clipboard);
    const page = await context.newPage();
    await visit(page, baseUrl, '/scenarios/deidentified-images-shared-with-ai-developer/');
    await page.locator('#hipaa-privacy-rule a[data-section-link]').click();
    await expect.poll(() => readClipboard(page)).toBe(new URL('/scenarios/deidentified-images-shared-with-ai-developer/#hipaa-privacy-rule', baseUrl).href);
    await context.close();
  });
});

describe('cite this page', () => {
  test('copies the MLA citation with the reader’s date of access, and BibTeX with it as a date', async () => {
    const { context } = await openContext(browser(), baseUrl, clipboard);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(2026, 11, 5, 10, 0));
    await visit(page, baseUrl, article);
    const shown = (await page.locator('#cite-mla').textContent())!;
    expect(shown).toContain('Accessed [date accessed].');
    await page.getByRole('button', { name: 'Copy MLA citation' }).click();
    await expect.poll(() => page.locator('copy-tools').textContent()).toBe('MLA citation copied.');
    // The page names the build's public address; the copy names the one the reader is on.
    const built = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).host;
    expect(await readClipboard(page)).toBe(shown.replace('[date accessed]', '5 Dec. 2026').replace(built, new URL(baseUrl).host));
    await page.getByRole('button', { name: 'Copy BibTeX entry' }).click();
    await expect.poll(() => readClipboard(page)).toContain('note = {[Online; accessed 2026-12-05]}');
    await context.close();
  });

  test('is reached from a link by the title', async () => {
    const page = await tab();
    await visit(page, baseUrl, article);
    const link = page.locator('h1 + .article-tools a', { hasText: 'Cite this page' });
    await link.click();
    expect(new URL(page.url()).hash).toBe('#cite-this-page');
    expect(await page.locator('#cite-this-page').isVisible()).toBe(true);
  });

  test('offers APA, MLA, Chicago, BibTeX and a CSL-JSON download of this page', async () => {
    const page = await tab();
    await visit(page, baseUrl, article);
    expect(await page.locator('.cite-formats dt').allTextContents()).toEqual([
      'APA (7th edition)',
      'MLA (9th edition)',
      'Chicago (17th edition, bibliography)',
      'BibTeX',
    ]);
    const href = (await page.locator('.cite-download a').getAttribute('href'))!;
    const response = await page.request.get(new URL(href, baseUrl).href);
    const [item] = (await response.json()) as { type: string; title: string; author: { literal: string }[] }[];
    expect(item).toMatchObject({ type: 'webpage', author: [{ literal: 'Who Protects My Scans? contributors' }] });
    expect(item!.title).toBe(await page.locator('h1').textContent());
    expect(await page.locator('.licence-line').textContent()).toContain('CC BY 4.0');
  });

  test('loads one small script and nothing else before the reader acts', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!['document', 'stylesheet'].includes(request.resourceType())) requests.push(request.url());
    });
    await visit(page, baseUrl, article);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/\/_astro\/CopyTools\.[^/]+\.js$/);
    // docs/decisions.md: a page's enhancement script is at most 5 KB gzipped.
    expect(gzipSync(readFileSync(`dist${new URL(requests[0]!).pathname}`)).length).toBeLessThanOrEqual(5 * 1024);
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('citations read in full, copy buttons stay hidden and section links are plain links', async () => {
    const { context } = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, baseUrl, article);
    expect(await page.locator('#cite-apa').textContent()).toContain('Who Protects My Scans? contributors.');
    expect(await page.locator('.copy-button').first().isVisible()).toBe(false);
    const link = page.locator('.prose a[data-section-link]').first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    expect(new URL(page.url()).hash).toBe(target);
    await context.close();
  });
});

describe('handout print layout', () => {
  test('prints the article without site chrome, with link addresses, takeaways, questions and citations', async () => {
    const page = await tab();
    await visit(page, baseUrl, article);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.toc', '.header-search', '.section-link', '.copy-button']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    for (const kept of ['.takeaways', '.questions', '.sources', '#cite-apa', '#cite-mla', '.print-url']) {
      expect(await page.locator(kept).first().isVisible(), kept).toBe(true);
    }
    const external = page.locator('.sources a[href^="https://"]').first();
    const href = await external.getAttribute('href');
    const after = await external.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toBe(`" (${href})"`);
    const internal = page.locator('.article-footer a[href^="/laws/"]').first();
    expect(await internal.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${await internal.getAttribute('href')})"`);
  });

  test('prints no URL line on a letter, which prints alone', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/letters/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-url').isVisible()).toBe(false);
  });
});

describe('glossary and sources', () => {
  test('a term’s first use links to its glossary entry, which lists the article back', async () => {
    const page = await tab();
    await visit(page, baseUrl, article);
    const term = page.locator('.prose a.term').first();
    const href = (await term.getAttribute('href'))!;
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await term.click();
    const entry = page.locator(`.glossary-entry:has(> h2#${new URL(href, baseUrl).hash.slice(1)})`);
    expect(await entry.locator('p').first().textContent()).not.toBe('');
    expect(await entry.locator(`a[href="${article}"]`).count()).toBe(1);
  });

  test('the bibliography page has every source of the CSL-JSON download at #<source-id>', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/sources/');
    const items = (await (await page.request.get(new URL('/data/sources.json', baseUrl).href)).json()) as { id: string; title: string }[];
    expect(items.length).toBeGreaterThan(50);
    const ids = await page.locator('.bibliography > li').evaluateAll((lis) => lis.map((li) => li.id));
    expect([...ids].sort()).toEqual(items.map((item) => item.id).sort());
    expect(await page.locator('footer a[href="/sources/"]').count()).toBe(1);
  });
});
