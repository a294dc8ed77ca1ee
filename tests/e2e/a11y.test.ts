/**
 * Accessibility beyond axe (axe itself runs on every page in ./pages.test.ts, both color schemes):
 * the skip link, visible focus, status shown in words, reduced motion.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distPages } from '../../scripts/lib/dist-pages';
import { openContext, useBrowser, useTab, visit } from './browser';

const baseUrl = inject('baseUrl');
const pages = distPages();
const browser = useBrowser();
const tab = useTab(browser);

/** What the focused element is, and whether it shows a focus indicator. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      className: element.className,
      text: (element.textContent ?? '').trim().slice(0, 60),
      visibleIndicator: outline || style.boxShadow !== 'none',
      inViewport: (() => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
      })(),
    };
  });
}

describe('keyboard', () => {
  // Fixed routes: a missing page fails the visit rather than dropping the test.
  const keyboardPages = ['/', '/articles/', '/gaps/', '/what-protects-me/', '/search/'];

  for (const path of keyboardPages) {
    test(`on ${path} the skip link is the first Tab stop and moves focus to main`, async () => {
      const page = await tab();
      expect((await visit(page, baseUrl, path))?.status(), path).toBe(200);
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first).toMatchObject({ tag: 'a', className: 'skip-link', text: 'Skip to main content', inViewport: true, visibleIndicator: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab continues inside main, not back at the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    });
  }

  test('the finder works from the keyboard alone', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/what-protects-me/');
    // Tab from the top of the page to the state menu, as a keyboard user would.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.id)) === 'finder-state';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('ArrowDown'); // the first state
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-scenario');
    await page.keyboard.press('ArrowDown'); // the first worry
    const answer = page.locator('[data-output] h2');
    await answer.waitFor({ timeout: 5_000 });
    expect(await answer.textContent()).toMatch(/^\w[\w .]+: /);
  });

  // In the light scheme only: the check reads outline style and width and box-shadow, and the dark
  // scheme may change colors only (tests/postbuild/css.test.ts), as for axe's dark pass (./axe.ts).
  test('every link and control on the home page and an article shows its focus', async () => {
    const { context } = await openContext(browser(), baseUrl, { colorScheme: 'light' });
    const page = await context.newPage();
    const article = pages.find((p) => /^\/articles\/[^/]+\/$/.test(p.path))?.path;
    const missing: string[] = [];
    let checked = 0;
    expect(article).toBeDefined();
    for (const path of ['/', article!]) {
      await visit(page, baseUrl, path);
      const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, summary').length);
      for (let i = 0; i < Math.min(stops, 60); i++) {
        await page.keyboard.press('Tab');
        const state = await focused(page);
        if (!state) break;
        checked += 1;
        if (!state.visibleIndicator) missing.push(`${path}: <${state.tag}> "${state.text}" has no visible focus indicator`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(10);
    await context.close();
  });
});

describe('status is never shown by color alone', () => {
  test('every status badge on /gaps/ carries its word', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/gaps/');
    const texts = await page.locator('.status').evaluateAll((badges) => badges.map((badge) => (badge as HTMLElement).innerText.trim()));
    expect(texts.length).toBeGreaterThan(0);
    const words = /Protected|Partly protected|Gap|Not applicable/;
    expect(texts.filter((text) => !words.test(text))).toEqual([]);
  });
});

describe('reduced motion', () => {
  test('with prefers-reduced-motion: reduce, nothing animates, transitions or scrolls smoothly', async () => {
    const { context } = await openContext(browser(), baseUrl, { reducedMotion: 'reduce' });
    const page = await context.newPage();
    const moving: string[] = [];
    for (const path of ['/', '/articles/', '/gaps/', '/what-protects-me/', '/search/']) {
      expect((await visit(page, baseUrl, path))?.status(), path).toBe(200);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      moving.push(
        ...(await page.evaluate((where) => {
          const found: string[] = [];
          if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push(`${where}: html scrolls smoothly`);
          for (const element of document.querySelectorAll('*')) {
            for (const pseudo of [null, '::before', '::after']) {
              const style = getComputedStyle(element, pseudo);
              const seconds = (list: string) => list.split(',').some((value) => parseFloat(value) > 0);
              if (style.animationName !== 'none' || seconds(style.transitionDuration)) {
                found.push(`${where}: <${element.tagName.toLowerCase()} class="${element.className}">${pseudo ?? ''} moves`);
              }
            }
          }
          return found;
        }, path)),
      );
    }
    expect(moving).toEqual([]);
    await context.close();
  });
});
