import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowser, openContext, visit } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Open the builder with a request log; every request after load is recorded. */
async function openBuilder(options: Parameters<Browser['newContext']>[0] = {}) {
  const { context, foreign } = await openContext(browser(), baseUrl, options);
  const page = await context.newPage();
  await visit(page, baseUrl, '/letters/');
  await page.locator('[data-letter]').filter({ hasText: 'Subject:' }).waitFor();
  const requests: string[] = [];
  // The browser()'s own favicon fetch is not the page sending data.
  page.on('request', (request) => {
    if (!request.url().endsWith('/favicon.svg')) requests.push(request.url());
  });
  return { context, page, foreign, requests };
}

const letterText = (page: Page) => page.locator('[data-letter]').innerText();

describe('the letter builder', () => {
  test('is usable by keyboard alone: state, recipient, concern, story', async () => {
    const { context, page, requests } = await openBuilder();
    await page.focus('#builder-state');
    await page.keyboard.press('End'); // Wyoming, the last state
    await page.keyboard.press('Tab'); // to the recipient radio group
    await page.keyboard.press('ArrowUp'); // from Representative to Senators
    expect(await page.locator('input[name="recipient"]:checked').getAttribute('value')).toBe('us-senator');
    await page.focus('#builder-story');
    await page.keyboard.type('My MRI was shared without my knowledge.');
    const text = await letterText(page);
    expect(text).toContain('Dear Senator [RECIPIENT NAME],');
    expect(text).toContain('Wyoming');
    expect(text).toContain('My MRI was shared without my knowledge.');
    expect(text).toMatch(/\[1\] 45 CFR 164\.\d+/);
    expect(requests).toEqual([]);
    await context.close();
  });

  test('adds the chosen state’s own laws for state legislators', async () => {
    const { context, page } = await openBuilder();
    await page.selectOption('#builder-state', 'ca');
    await page.check('input[name="recipient"][value="state-legislator"]');
    const text = await letterText(page);
    expect(text).toContain('California');
    expect(text).toMatch(/Under the (California|Confidentiality)/);
    await context.close();
  });

  test('for DC offers the Delegate and the Council, and no senators', async () => {
    const { context, page } = await openBuilder();
    await page.selectOption('#builder-state', 'dc');
    expect(await page.locator('input[name="recipient"][value="us-senator"]').isDisabled()).toBe(true);
    await page.check('input[name="recipient"][value="us-representative"]');
    expect(await letterText(page)).toContain('Dear Delegate [RECIPIENT NAME],');
    await context.close();
  });

  test('copies the letter to the clipboard', async () => {
    const { context, page } = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.fill('#builder-name', 'Ana Díaz');
    await page.click('[data-action="copy"]');
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe((await letterText(page)).trim());
    expect(copied).toContain('Ana Díaz');
    await context.close();
  });

  test('downloads .txt and .docx files, loading the .docx writer only on click', async () => {
    const { context, page, requests } = await openBuilder({ acceptDownloads: true });
    const [txt] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="txt"]')]);
    expect(txt.suggestedFilename()).toBe('letter-to-us-representative.txt');
    const body = readFileSync((await txt.path())!, 'utf8');
    expect(body).toContain('Dear Representative [RECIPIENT NAME],');
    expect(requests.filter((url) => url.endsWith('.js'))).toEqual([]);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="docx"]')]);
    expect(docx.suggestedFilename()).toBe('letter-to-us-representative.docx');
    const bytes = readFileSync((await docx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a .docx is a zip file
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    await context.close();
  });

  test('prints only the letter', async () => {
    const { context, page } = await openBuilder();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.builder__form').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.builder__actions').isVisible()).toBe(false);
    expect(await page.locator('[data-letter]').isVisible()).toBe(true);
    await context.close();
  });

  test('offers a mail link for a short letter and a clear fallback for a long one', async () => {
    const { context, page } = await openBuilder();
    await page.check('input[name="recipient"][value="provider"]');
    await page.check('#length-brief');
    const mail = page.locator('[data-action="mail"]');
    expect(await mail.getAttribute('href')).toMatch(/^mailto:\?subject=/);
    await page.fill('#builder-story', 'x'.repeat(3000));
    expect(await mail.isVisible()).toBe(false);
    expect(await page.locator('[data-mail-fallback]').isVisible()).toBe(true);
    await context.close();
  });

  test('stores nothing unless asked, and deletes the draft on request', async () => {
    const { context, page } = await openBuilder();
    await page.fill('#builder-name', 'Kept private');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.check('input[name="keepDraft"]');
    await page.fill('#builder-city', 'Fresno');
    expect(await page.evaluate(() => localStorage.length)).toBe(1);
    await page.reload();
    await page.locator('[data-letter]').filter({ hasText: 'Fresno' }).waitFor();
    expect(await page.inputValue('#builder-name')).toBe('Kept private');
    await page.click('[data-action="delete-draft"]');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.locator('[data-status]').textContent()).toContain('deleted');
    await context.close();
  });

  test('opens a static template in the builder', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    await visit(page, baseUrl, '/letters/?template=state-ai-vendor-cloud-breach');
    await page.locator('[data-letter]').filter({ hasText: 'Subject:' }).waitFor();
    expect(await page.locator('input[name="recipient"]:checked').getAttribute('value')).toBe('state-legislator');
    expect(await page.locator('input[name="concern"]:checked').getAttribute('value')).toBe('ai-vendor-cloud-breach');
    await context.close();
  });
});

describe('hostile input', () => {
  const payloads = {
    script: '<script>window.__pwned = 1</script>',
    html: '<img src=x onerror="window.__pwned=2"><a href="javascript:alert(1)">link</a>',
    rtl: 'مرحبا \u202Ereversed\u202C שלום',
    zeroWidth: 'zero\u200Bwidth\u200Djoiner\uFEFF',
    emoji: '🩻🧑‍⚕️👩🏽‍🔬',
    control: 'bell\u0007 tab\t null-ish\u0001 end',
  };

  test('is shown as text, runs nothing, sends nothing, and keeps the layout', async () => {
    for (const width of [360, 1280]) {
      const { context, page, foreign, requests } = await openBuilder({ viewport: { width, height: 800 } });
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      const story = Object.values(payloads).join('\n');
      await page.fill('#builder-story', story);
      await page.fill('#builder-name', payloads.script);
      await page.fill('#builder-city', payloads.html);
      const text = await page.locator('[data-letter]').textContent();
      // Control characters a letter cannot carry (they corrupt a .docx) are dropped; everything else stays verbatim.
      for (const value of [...Object.values(payloads)]) expect(text).toContain(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('[data-letter] img, [data-letter] script, [data-letter] a').count()).toBe(0);
      expect(dialogs).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      expect(requests).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    }
  });

  test('takes a 100 KB paste, keeping the first 5,000 characters verbatim', async () => {
    const { context, page, requests } = await openBuilder();
    const big = 'Lorem ipsum dolor sit amet, 🩻 consectetur. '.repeat(2400).slice(0, 100_000);
    await page.fill('#builder-story', big);
    const text = await page.locator('[data-letter]').textContent();
    const kept = await page.inputValue('#builder-story');
    expect(kept.length).toBe(5000);
    expect(big.startsWith(kept)).toBe(true);
    expect(text).toContain(kept.trim());
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('the builder page links to every static template', async () => {
    const { context } = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, baseUrl, '/letters/');
    expect(await page.locator('.builder__form').isVisible()).toBe(false);
    await page.click('.templates-list summary');
    const links = await page.locator('.templates-list a').count();
    expect(links).toBeGreaterThanOrEqual(19);
    await page.locator('.templates-list a').first().click();
    await page.waitForLoadState();
    const letter = await page.locator('.letter').innerText();
    expect(letter).toContain('[YOUR NAME]');
    expect(letter).toContain('Sources');
    await context.close();
  });
});
