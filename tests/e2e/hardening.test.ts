// The builder and search when the browser is hostile to them: site data blocked, storage full, the
// .docx or Pagefind code unreachable, a broken character pasted, a megabyte pasted (red-team F4-F10,
// F13). Each test failed on the code before its fix.
import { describe, expect, inject, test } from 'vitest';
import { openContext, useBrowser, useTab, visit } from './browser';

// Polls wait up to 15 s: the shared 2-core machine can be slow to run a page's script.

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tab = useTab(browser);
// Nothing is pre-ticked on /letters/: a shared link chooses a recipient and a concern, so a letter shows.
const builder = '/letters/?state=oh&to=us-senator&concerns=images-train-commercial-ai';

/** Make every localStorage access throw, as Chromium does when the reader blocks site data. */
const blockStorage = () => {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
};

describe('the letter builder, when the browser is not friendly', () => {
  test('works with site data blocked, and says drafts cannot be kept', async () => {
    const { context } = await openContext(browser(), baseUrl);
    await context.addInitScript(blockStorage);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await visit(page, baseUrl, builder);
    await page.locator('[data-letter]').filter({ hasText: 'Subject:' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('input[name="recipient"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-status]').first().innerText(), { timeout: 15_000 }).toMatch(/does not let the site keep a draft/);
    expect(await page.locator('input[name="keepDraft"]').isDisabled()).toBe(true);
    await page.fill('#builder-story', 'Blocked storage story.');
    await expect.poll(() => page.locator('[data-letter]').innerText(), { timeout: 15_000 }).toContain('Blocked storage story.');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a failed save unticks "Keep a draft" and says so', async () => {
    const { context } = await openContext(browser(), baseUrl);
    await context.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.includes('letter-draft')) throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await visit(page, baseUrl, builder);
    await page.locator('[data-letter]').filter({ hasText: 'Subject:' }).waitFor();
    await page.click('input[name="keepDraft"]');
    await expect.poll(() => page.locator('[data-status]').first().innerText(), { timeout: 15_000 }).toMatch(/could not be saved/);
    expect(await page.locator('input[name="keepDraft"]').isChecked()).toBe(false);
    await context.close();
  });

  test('a stored draft naming things the site no longer has restores the rest and says what it dropped', async () => {
    const { context } = await openContext(browser(), baseUrl);
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'who-protects-my-scans:letter-draft',
          JSON.stringify({ recipient: 'governor', story: 'kept story', concerns: ['no-such-concern'] }),
        );
      }
    });
    const page = await context.newPage();
    await visit(page, baseUrl, builder);
    await page.locator('[data-letter]').filter({ hasText: 'Subject:' }).waitFor();
    expect(await page.inputValue('#builder-story')).toBe('kept story');
    expect(await page.locator('input[name="recipient"]:checked').count()).toBe(1);
    await expect.poll(() => page.locator('[data-status]').first().innerText(), { timeout: 15_000 }).toMatch(/left out: the recipient, a concern/);
    await context.close();
  });

  test('a lone surrogate neither breaks the mail link nor stops updates; fields have length limits', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await visit(page, baseUrl, builder);
    await page.locator('[data-letter]').filter({ hasText: 'Subject:' }).waitFor();
    await page.evaluate(() => {
      const story = document.querySelector<HTMLTextAreaElement>('#builder-story')!;
      story.value = 'changed text \uD800 here';
      story.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => page.locator('[data-letter]').innerText(), { timeout: 15_000 }).toContain('changed text \uFFFD here');
    expect(errors).toEqual([]);
    expect(await page.getAttribute('#builder-story', 'maxlength')).toBe('5000');
    expect(await page.getAttribute('#builder-name', 'maxlength')).toBe('200');
    // A 100 KB paste is cut to the limit and the page keeps answering.
    const started = Date.now();
    await page.fill('#builder-story', 'x'.repeat(100_000));
    expect((await page.inputValue('#builder-story')).length).toBe(5000);
    await page.click('.builder__sign summary'); // the signature fields sit in a disclosure
    await page.fill('#builder-name', 'Responsive');
    await expect.poll(() => page.locator('[data-letter]').innerText(), { timeout: 15_000 }).toContain('Responsive');
    expect(Date.now() - started).toBeLessThan(15_000);
    await context.close();
  });

  test('the .docx download says plainly when its code cannot load', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    await visit(page, baseUrl, builder);
    await page.locator('[data-letter]').filter({ hasText: 'Subject:' }).waitFor();
    // From now on every script chunk fails, as when the reader has gone offline.
    await page.route('**/_astro/**', (route) => route.abort('internetdisconnected'));
    await page.click('[data-action="docx"]');
    await expect.poll(() => page.locator('[data-status]').first().innerText(), { timeout: 15_000 }).toMatch(/could not be prepared/);
    await context.close();
  });
});

describe('search, when Pagefind cannot load or the query is huge', () => {
  test('keeps the no-JavaScript notice and says search could not load', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await visit(page, baseUrl, '/search/?q=hipaa');
    await expect.poll(() => page.locator('site-search [data-status]').innerText(), { timeout: 15_000 }).toMatch(/could not load/);
    await expect.poll(() => page.locator('[data-no-js]').isVisible()).toBe(true);
    await context.close();
  });

  test('while search loads, its no-JavaScript notice is no Tab stop, so focus is never lost when it goes', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await visit(page, baseUrl, '/search/');
    expect(await page.locator('site-search [data-status]').innerText()).toMatch(/Loading search/);
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    release();
    await page.waitForFunction(() => !document.querySelector('[data-no-js]'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await context.close();
  });

  test('a 1 MB query is cut to a question-sized one and answered', async () => {
    const page = await tab();
    await visit(page, baseUrl, '/search/');
    await page.waitForFunction(() => !document.querySelector('[data-no-js]'));
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = 'hipaa '.repeat(175_000);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Loading Pagefind and searching took over 20 s on a machine at load 25: the limit is generous on purpose.
    await expect.poll(() => page.locator('site-search [data-status]').innerText(), { timeout: 60_000 }).toMatch(/result|failed/);
    // Cut in the box and in the address too, not only in what is searched.
    expect((await page.inputValue('#search-input')).length).toBe(200);
    expect(new URL(page.url()).searchParams.get('q')?.length).toBe(200);
  }, 90_000);
});
