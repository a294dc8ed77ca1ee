/**
 * The class handout of an article (/articles/<id>/handout/), printed by Chromium to US Letter:
 * title, short answer, takeaways, questions, sources as absolute links, one citation in the chosen
 * style, the article's absolute URL with a QR code drawn at build time; no site chrome, no notes,
 * no request beyond the page's own files; at most two pages for a typical article.
 */
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openContext, useBrowser, visit } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const typical = 'hipaa-de-identification-safe-harbor';
const handout = (id: string) => `/articles/${id}/handout/`;

/** The article whose handout is longest (most bytes of HTML): the hardest case for two pages. */
function longestHandout(): string {
  const ids = readdirSync('dist/articles').filter((id) => {
    try {
      return statSync(`dist/articles/${id}/handout/index.html`).isFile();
    } catch {
      return false;
    }
  });
  return ids.sort((a, b) => statSync(`dist/articles/${b}/handout/index.html`).size - statSync(`dist/articles/${a}/handout/index.html`).size)[0]!;
}

/** Pages of a PDF from Chromium: one /Type /Page object each. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function open(id: string) {
  const { context, foreign } = await openContext(browser(), baseUrl);
  const page = await context.newPage();
  await visit(page, baseUrl, handout(id));
  return { context, foreign, page };
}

const visibleText = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((nodes) => nodes.filter((node) => (node as HTMLElement).offsetParent !== null).map((node) => node.textContent?.trim() ?? ''));

describe('the handout', () => {
  test('is linked from the top of its article', async () => {
    const { context, page } = await open(typical);
    await visit(page, baseUrl, `/articles/${typical}/`);
    expect(await page.locator('.article-tools a', { hasText: 'Print a handout for class' }).getAttribute('href')).toBe(handout(typical));
    await context.close();
  });

  test('prints title, short answer, takeaways, questions, absolute sources, one citation and the URL with a QR code, and nothing else', async () => {
    const { context, foreign, page } = await open(typical);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-controls').isVisible()).toBe(false);
    expect(await page.locator('h1').textContent()).toBe(await page.title().then((t) => t.replace(/ \(handout\) \|.*$/, '')));
    for (const part of ['#handout-takeaways', '#handout-questions', '#handout-sources', '#handout-cite']) {
      expect(await page.locator(part).isVisible(), part).toBe(true);
    }
    const sources = await page.locator('.handout-sources a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(sources.length).toBeGreaterThan(2);
    for (const [href, text] of sources) {
      expect(href).toMatch(/^https:\/\//);
      expect(text).toBe(href);
    }
    expect(await visibleText(page, '.handout-citation')).toHaveLength(1);
    expect((await visibleText(page, '.handout-citation'))[0]).toContain(canonical);
    expect(await page.locator('.handout-url a').getAttribute('href')).toBe(canonical);
    expect(await page.locator('.handout-qr svg title').textContent()).toBe(`QR code for ${canonical}`);
    const text = (await page.locator('body').innerText()).toLowerCase();
    for (const absent of ['change history', 'skip to main content', 'not legal advice.', 'search the site']) {
      expect(text, absent).not.toContain(absent);
    }
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('shows and prints only the citation style the teacher chose, without JavaScript', async () => {
    const { context } = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, baseUrl, handout(typical));
    await page.getByLabel('MLA').check();
    await page.emulateMedia({ media: 'print' });
    const shown = await visibleText(page, '.handout-citation');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/Accessed \[date accessed\]\.$/);
    await context.close();
  });

  test('fits on at most two Letter pages, for a typical article and for the longest handout', async () => {
    for (const id of [typical, longestHandout()]) {
      const { context, page } = await open(id);
      const pages = pdfPages(await page.pdf({ format: 'Letter', printBackground: false }));
      expect(pages, id).toBeGreaterThan(0);
      expect(pages, id).toBeLessThanOrEqual(2);
      await context.close();
    }
  }, 120_000);
});
