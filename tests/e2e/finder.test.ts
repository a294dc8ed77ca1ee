/**
 * "What protects me?" on the built site: the choice lives in the URL (reload, Back and a shared
 * link restore it), a reader sees only their own state's steps, the answer hands on its context
 * (explainer article, state page, a filled-in letter builder), laws load only once a state is
 * chosen, the page fits a 360 px phone, and it still leads somewhere without JavaScript.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openContext, useBrowser, useTab, visit } from './browser';
import { axeViolations, darkRules, formatViolations } from './axe';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tab = useTab(browser);
const situation = 'images-train-commercial-ai';

/** Open the finder's answer for a state and the situation above, as a shared link does, and wait for it. */
async function showAnswer(page: Page, state: string) {
  await visit(page, baseUrl, `/what-protects-me/?state=${state}&situation=${situation}`);
  const output = page.locator('[data-output]');
  await output.locator('.finder-list').first().waitFor();
  return output;
}

describe('the finder', () => {
  test('keeps state and situation in the URL: choose, reload, Back', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/what-protects-me/');
    await page.selectOption('#finder-state', 'tx');
    await page.waitForURL(/\?state=tx$/);
    await page.selectOption('#finder-scenario', situation);
    await page.waitForURL(new RegExp(`\\?state=tx&situation=${situation}$`));
    const output = page.locator('[data-output]');
    expect(await output.locator('h2').textContent()).toMatch(/^Texas: /);
    await output.locator('.finder-list').first().waitFor();

    await page.reload({ waitUntil: 'load' });
    expect(await page.inputValue('#finder-state')).toBe('tx');
    expect(await page.inputValue('#finder-scenario')).toBe(situation);
    expect(await output.locator('h2').textContent()).toMatch(/^Texas: /);

    await page.goBack({ waitUntil: 'load' });
    await page.waitForURL(/\?state=tx$/);
    expect(await page.inputValue('#finder-scenario')).toBe('');
    expect(await output.locator('h2').count()).toBe(0);
    await page.goForward({ waitUntil: 'load' });
    await output.locator('h2').waitFor();
    expect(await output.locator('h2').textContent()).toMatch(/^Texas: /);
  });

  test("a shared link shows the short answer first, then only that state's steps", async () => {
    const page = await tab();
    const output = await showAnswer(page, 'tx');
    // The answer's first block after its heading is the short answer.
    expect(await output.evaluate((el) => el.querySelector('h2')?.nextElementSibling?.className)).toContain('short-answer');
    const steps = await output.locator('.finder-steps li').allTextContents();
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.join(' ')).not.toMatch(/California|Connecticut|CMIA|Civ\. Code/);
    // California readers do get California's steps.
    await showAnswer(page, 'ca');
    expect((await output.locator('.finder-steps li').allTextContents()).join(' ')).toContain('California: ');
  });

  test('names the explainer article, links the state page and a builder with state and concern filled', async () => {
    const page = await tab();
    const output = await showAnswer(page, 'tx');
    expect(await output.locator('a[href^="/articles/"]').count()).toBeGreaterThanOrEqual(1);
    expect(await output.locator('a[href="/states/tx/"]').count()).toBe(1);
    const builder = output.locator('.finder-more a[href^="/letters/"]');
    expect(await builder.getAttribute('href')).toBe(`/letters/?state=tx&to=us-representative&concerns=${situation}`);
    await builder.click();
    await page.waitForURL(/\/letters\/\?state=tx/);
    // The builder opens with the state, the recipient and the concern chosen, not blank.
    await page.waitForFunction(() => (document.querySelector('#builder-state') as HTMLSelectElement | null)?.value === 'tx');
    const concern = page.locator(`input[name="concern"][value="${situation}"]`);
    await concern.waitFor();
    expect(await concern.isChecked()).toBe(true);
  });

  test('loads laws only for the chosen state, from the site itself', async () => {
    const { context, foreign } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await visit(page, baseUrl, '/what-protects-me/');
    expect(requested.filter((path) => path.startsWith('/letters/data/'))).toEqual([]);
    await page.selectOption('#finder-state', 'wa');
    await page.selectOption('#finder-scenario', 'consumer-app-holds-scans');
    const output = page.locator('[data-output]');
    await output.locator('.finder-list').first().waitFor();
    expect(await output.textContent()).toContain('My Health My Data');
    expect(requested.filter((path) => path.startsWith('/letters/data/')).sort()).toEqual(['/letters/data/us.json', '/letters/data/wa.json']);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('fits a 360 px phone with no horizontal overflow', async () => {
    const page = await tab({ viewport: { width: 360, height: 740 } });
    await showAnswer(page, 'tx');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('without JavaScript leads to the situation and state pages', async () => {
    const { context } = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, baseUrl, '/what-protects-me/?state=tx');
    expect(await page.locator('.finder-form').isVisible()).toBe(false);
    expect(await page.locator('.finder-static a[href^="/scenarios/"]').count()).toBe(
      readdirSync('content/scenarios').filter((f) => f.endsWith('.yaml')).length,
    );
    expect(await page.locator('.finder-static a[href^="/states/"]').count()).toBe(51);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`an answer passes axe (${colorScheme})`, async () => {
      const page = await tab({ colorScheme });
      await showAnswer(page, 'tx');
      const violations = await axeViolations(page, colorScheme === 'dark' ? darkRules : undefined);
      expect(formatViolations(`finder (${colorScheme})`, violations)).toBe('');
    });
  }
});
