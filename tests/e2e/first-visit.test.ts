// A first visit, tried as a new reader would at a phone's and a desktop's width: one obvious first
// action on the first screen, a compact header on a phone, the page's facts beside an article on a
// wide screen, a way to report an error from any article, labels that stay with their controls, and
// a focus ring that no one mistakes for a status colour.
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, useTab, visit } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tab = useTab(browser);
const article = '/articles/hipaa-right-to-get-copies-of-your-images/';

describe('the home page', () => {
  for (const width of [360, 1280]) {
    test(`shows its one primary action on the first screen at ${width}px`, async () => {
      const page = await tab({ viewport: { width, height: 740 } });
      await visit(page, baseUrl, '/');
      const box = await page.locator('.start-box').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(740);
      expect(await page.locator('main h1').innerText()).not.toBe('Who Protects My Scans?');
      const header = await page.locator('.site-header').boundingBox();
      if (width === 360) expect(header!.height).toBeLessThanOrEqual(740 * 0.16);
    });
  }

  test('the state picker leads to the finder for that state, by keyboard', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/');
    await page.focus('#home-state');
    await page.selectOption('#home-state', 'oh');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/what-protects-me\/\?state=oh$/);
  });
});

describe('an article', () => {
  test('offers "Report an error" next to its reviewed date', async () => {
    const page = await tab();
    await visit(page, baseUrl, article);
    const report = page.locator('.article-header .meta .report-error');
    expect(await report.count()).toBe(1);
    const link = report.locator('a');
    const href = await link.getAttribute('href');
    // Either a prefilled report carrying the page's title, or (no address configured) the way to report.
    if (href?.startsWith('https:') || href?.startsWith('mailto:')) expect(decodeURIComponent(href)).toContain('Correction: ');
    else expect(href).toBe('/about/#corrections');
  });

  test('at 1280px keeps the contents and facts beside the text, in view while reading', async () => {
    const page = await tab({ viewport: { width: 1280, height: 800 } });
    await visit(page, baseUrl, article);
    const text = await page.locator('.article .prose').first().boundingBox();
    const aside = await page.locator('.article-aside').boundingBox();
    expect(aside!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
    await page.evaluate(() => window.scrollTo(0, 2500));
    const after = await page.locator('.article-aside').boundingBox();
    expect(after!.y).toBeGreaterThanOrEqual(0);
    expect(after!.y).toBeLessThan(800);
    expect(await page.locator('.page-facts').isVisible()).toBe(true);
  });

  test('at 360px stays one column, without the duplicate facts', async () => {
    const page = await tab({ viewport: { width: 360, height: 740 } });
    await visit(page, baseUrl, article);
    expect(await page.locator('.page-facts').isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('labels stay with their controls', () => {
  for (const path of ['/articles/', '/letters/']) {
    for (const width of [360, 1280]) {
      test(`${path} at ${width}px`, async () => {
        const page = await tab({ viewport: { width, height: 800 } });
        await visit(page, baseUrl, path);
        const apart = await page.evaluate(() => {
          const found: string[] = [];
          for (const input of document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
            const label = input.closest('label') ?? (input.id ? document.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`) : null);
            if (!label || input.getClientRects().length === 0) continue;
            const box = input.getBoundingClientRect();
            // The first line of the label text must sit on the control's line.
            const range = document.createRange();
            range.selectNodeContents(label);
            const first = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.right > box.right);
            if (!first) continue;
            if (Math.abs(first.top + first.height / 2 - (box.top + box.height / 2)) > box.height)
              found.push(`${input.name}=${input.value}: "${label.textContent?.trim()}"`);
          }
          return found;
        });
        expect(apart).toEqual([]);
      });
    }
  }
});

describe('the focus ring', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`is not a status colour (${colorScheme})`, async () => {
      const page = await tab({ colorScheme });
      await visit(page, baseUrl, '/gaps/');
      await page.keyboard.press('Tab');
      const colours = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const outline = getComputedStyle(focused).outlineColor;
        const probe = document.createElement('span');
        document.body.append(probe);
        const status = ['--protected', '--partial', '--gap'].map((name) => {
          probe.style.color = `var(${name})`;
          return getComputedStyle(probe).color;
        });
        probe.remove();
        return { outline, status, style: getComputedStyle(focused).outlineStyle };
      });
      expect(colours.style).not.toBe('none');
      expect(colours.status).not.toContain(colours.outline);
    });
  }
});
