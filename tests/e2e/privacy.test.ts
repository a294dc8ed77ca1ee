/**
 * The privacy and CSP gate: it covers every page of the build and can fail. The per-page checks
 * themselves (no request off the origin, no cookie or web storage written on load, the CSP header,
 * no CSP violation) run in ./pages.test.ts, on the same load as the axe checks.
 */
import { describe, expect, inject, test } from 'vitest';
import { distPages } from '../../scripts/lib/dist-pages';
import { openContext, sitemapPaths, useBrowser, visit } from './browser';
import { axeViolations, darkRules } from './axe';
import { recordWrites, type TrustRecord } from './trust';

const baseUrl = inject('baseUrl');
const pages = distPages();
const browser = useBrowser();

describe('every page of the build', () => {
  test('includes every page in the sitemap', () => {
    const built = new Set(pages.map((page) => page.path));
    expect(sitemapPaths().filter((path) => !built.has(path))).toEqual([]);
  });
});

describe('the gate itself', () => {
  test('notices a cookie, a localStorage write and a CSP violation', async () => {
    const { context: probe } = await openContext(browser(), baseUrl);
    await probe.addInitScript(recordWrites);
    const page = await probe.newPage();
    await visit(page, baseUrl, '/');
    const state = await page.evaluate(async () => {
      document.cookie = 'probe=1';
      localStorage.setItem('probe', '1');
      const blocked = document.createElement('script');
      blocked.textContent = 'window.ranInline = true';
      document.body.append(blocked);
      await new Promise((done) => setTimeout(done, 50));
      return (window as unknown as { __trust: TrustRecord }).__trust;
    });
    expect(state.writes).toEqual(['document.cookie = probe=1', 'localStorage.setItem(probe, 1)']);
    expect(state.violations.join('\n')).toMatch(/script-src/);
    await probe.close();
  });

  test('records a request to another host, which fails inside Chromium and never reaches the network', async () => {
    const { context, foreign } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    await visit(page, baseUrl, '/');
    // A navigation is not subject to the page's CSP, so the request is made and must be stopped by the browser.
    const error = await page.goto('https://example.org/probe').then(
      () => '',
      (thrown: Error) => thrown.message,
    );
    expect(error).toMatch(/ERR_NAME_NOT_RESOLVED/);
    expect(foreign).toEqual(['https://example.org/probe']);
    await context.close();
  });

  test('axe, as the sweep runs it, reports an image without alt text and, in the dark scheme, low contrast', async () => {
    const { context } = await openContext(browser(), baseUrl, { colorScheme: 'light' });
    const page = await context.newPage();
    await visit(page, baseUrl, '/');
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      const faint = document.createElement('p');
      faint.textContent = 'Faint text';
      faint.style.color = '#777';
      faint.style.background = '#888';
      document.querySelector('main')!.append(image, faint);
    });
    expect((await axeViolations(page)).map((violation) => violation.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await axeViolations(page, darkRules)).map((violation) => violation.id)).toContain('color-contrast');
    await context.close();
  });
});
