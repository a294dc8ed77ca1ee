import { inflateRawSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { downloadedBytes, openContext, useBrowser, useTab, visit } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tab = useTab(browser);

/** Load the builder at `path` in `page` and wait for its form. */
async function showBuilder(page: Page, path: string): Promise<Page> {
  await visit(page, baseUrl, path);
  await page.locator('.builder__grid').waitFor();
  return page;
}

/** Open the builder in a fresh context with a request log; every request after load is recorded. */
async function openBuilder(options: Parameters<Browser['newContext']>[0] = {}, path = '/letters/') {
  const { context, foreign } = await openContext(browser(), baseUrl, options);
  const page = await showBuilder(await context.newPage(), path);
  const requests: string[] = [];
  // The browser's own favicon fetch is not the page sending data.
  page.on('request', (request) => {
    if (!request.url().endsWith('/favicon.svg')) requests.push(request.url());
  });
  return { context, page, foreign, requests };
}

/** The builder in the file's shared tab (./browser.ts useTab), for tests that neither count requests nor keep a draft. */
async function builderTab(path = '/letters/', viewport?: { width: number; height: number }): Promise<Page> {
  return showBuilder(await tab(viewport ? { viewport } : {}), path);
}

const letterText = (page: Page) => page.locator('[data-letter]').innerText();
const waitForLetter = (page: Page, text = 'Subject:') => page.locator('[data-letter]').filter({ hasText: text }).waitFor();
const ask = async (page: Page, recipient: string, concern = 'images-train-commercial-ai') => {
  await page.check(`input[name="recipient"][value="${recipient}"]`);
  await page.check(`input[name="concern"][value="${concern}"]`);
  await waitForLetter(page);
};

/** One entry of a .docx (a zip file), inflated. */
function zipEntry(bytes: Buffer, name: string): string {
  let offset = 0;
  while ((offset = bytes.indexOf('PK\u0003\u0004', offset, 'latin1')) !== -1) {
    const method = bytes.readUInt16LE(offset + 8);
    const size = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extra = bytes.readUInt16LE(offset + 28);
    const entry = bytes.subarray(offset + 30, offset + 30 + nameLength).toString();
    const start = offset + 30 + nameLength + extra;
    if (entry === name) return (method === 8 ? inflateRawSync(bytes.subarray(start, start + size)) : bytes.subarray(start, start + size)).toString();
    offset = start;
  }
  return '';
}

describe('the advocate’s journey: ZIP code to a letter or a call', () => {
  test('by keyboard alone: ZIP, choose the representative, a concern; the letter, mail link, web form and phone number follow', async () => {
    const { context, page, requests, foreign } = await openBuilder();
    await page.focus('#builder-zip');
    await page.keyboard.type('43201');
    await page.keyboard.press('Enter');
    const write = page.getByRole('button', { name: 'Write to Representative Beatty' });
    await write.waitFor();
    await write.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('input[name="recipient"]:checked').getAttribute('value')).toBe('us-representative');
    await page.focus('input[name="concern"][value="images-train-commercial-ai"]');
    await page.keyboard.press('Space');
    await waitForLetter(page, 'Dear Representative Beatty,');
    const text = await letterText(page);
    expect(text).toMatch(/^[A-Z][a-z]+ \d{1,2}, 20\d\d\n/); // today's date, from the browser
    expect(text).toContain('Ohio');
    expect(text).toContain('I ask you to');
    expect(text).toContain(`${new URL(baseUrl).origin}/scenarios/images-train-commercial-ai/#`);
    expect(await page.locator('[data-action="mail"]').getAttribute('href')).toMatch(/^mailto:[^?]*\?subject=/);
    expect(await page.locator('[data-web]').getAttribute('href')).toMatch(/^https:\/\/[a-z.]*house\.gov/);
    expect(await page.locator('[data-phone]').textContent()).toMatch(/Call Representative Beatty's office at 202-\d{3}-\d{4}\./);
    expect(await page.locator('[data-call]').getAttribute('href')).toMatch(/^tel:\+1202\d{7}$/);
    // The requests: three digits of the ZIP, the state, the federal part of the model; nothing else, nothing off this site.
    expect(
      requests
        .map((url) => new URL(url).pathname)
        .filter((path) => !path.startsWith('/_astro/'))
        .sort(),
    ).toEqual(['/letters/data/us.json', '/representatives/state/oh.json', '/representatives/zip/432.json']);
    expect(requests.filter((url) => url.includes('43201'))).toEqual([]);
    expect(foreign).toEqual([]);
    // The shareable URL carries state, recipient and concern only.
    expect(new URL(page.url()).search).toBe('?state=oh&to=us-representative&concerns=images-train-commercial-ai');
    await context.close();
  });

  test('changing recipient resets the salutation', async () => {
    const page = await builderTab();
    await page.fill('#builder-zip', '43201');
    await page.press('#builder-zip', 'Enter');
    await page.getByRole('button', { name: 'Write to Representative Beatty' }).click();
    await page.check('input[name="concern"][value="images-train-commercial-ai"]');
    await waitForLetter(page, 'Dear Representative Beatty,');
    await page.check('input[name="recipient"][value="us-senator"]');
    await waitForLetter(page, 'Dear Senator [LAST NAME],');
    expect(await letterText(page)).not.toContain('Beatty');
    expect(await page.inputValue('#builder-recipient-name')).toBe('');
  });

  test('a state legislature letter asks for a change to the state’s own law, never a federal one', async () => {
    const page = await builderTab();
    await page.selectOption('#builder-state', 'oh');
    await ask(page, 'state-legislator');
    const text = await letterText(page);
    expect(text).toContain('This site lists no Ohio law that addresses this');
    expect(text).toContain("I ask you to require patients' written consent");
    expect(text).not.toMatch(/in Ohio law\.|FTC|HHS/);
  });

  test('for DC offers the Delegate and the Council, and no senators', async () => {
    const page = await builderTab();
    await page.selectOption('#builder-state', 'dc');
    expect(await page.locator('input[name="recipient"][value="us-senator"]').isDisabled()).toBe(true);
    await ask(page, 'us-representative');
    expect(await letterText(page)).toContain('Dear Delegate [LAST NAME],');
  });

  test('a shared link pre-fills state, recipient and concerns; a fresh page ticks nothing', async () => {
    const fresh = await builderTab();
    expect(await fresh.locator('input[name="concern"]:checked, input[name="recipient"]:checked').count()).toBe(0);
    expect(await fresh.locator('[data-action="delete-draft"]').isVisible()).toBe(false);
    const page = await builderTab('/letters/?state=oh&to=us-senator&concerns=images-train-commercial-ai,who-viewed-my-images');
    await waitForLetter(page);
    expect(await page.inputValue('#builder-state')).toBe('oh');
    expect(await page.locator('input[name="recipient"]:checked').getAttribute('value')).toBe('us-senator');
    expect(await page.locator('input[name="concern"]:checked').count()).toBe(2);
  });

  test('on a phone, the steps read top to bottom and the letter comes right after them', async () => {
    const page = await builderTab('/letters/', { width: 390, height: 844 });
    await page.selectOption('#builder-state', 'oh');
    await ask(page, 'us-senator');
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const [who, what, story, letter] = await Promise.all([top('#builder-state'), top('[data-concerns-step]'), top('[data-story-step]'), top('[data-letter]')]);
    expect(who).toBeLessThan(what);
    expect(what).toBeLessThan(story);
    expect(story).toBeLessThan(letter);
    expect(letter - who).toBeLessThan(3650);
  });
});

describe('the letter builder', () => {
  test('copies the letter to the clipboard', async () => {
    const { context, page } = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.check('input[name="recipient"][value="provider"]');
    await page.check('input[name="fixedTemplate"] >> nth=0');
    await waitForLetter(page);
    await page.click('.builder__sign summary');
    await page.fill('#builder-name', 'Ana Díaz');
    await page.click('[data-action="copy"]');
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe((await letterText(page)).trim());
    expect(copied).toContain('Ana Díaz');
    await context.close();
  });

  test('downloads .txt and a US Letter .docx, loading the .docx writer only on click', async () => {
    const { context, page, requests } = await openBuilder({ acceptDownloads: true });
    await page.selectOption('#builder-state', 'oh');
    await ask(page, 'us-representative');
    const scripts = requests.filter((url) => url.endsWith('.js')).length;
    const [txt] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="txt"]')]);
    expect(txt.suggestedFilename()).toBe('letter-to-us-representative.txt');
    expect((await downloadedBytes(txt)).toString('utf8')).toContain('Dear Representative [LAST NAME],');
    expect(requests.filter((url) => url.endsWith('.js')).length).toBe(scripts);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="docx"]')]);
    expect(docx.suggestedFilename()).toBe('letter-to-us-representative.docx');
    const bytes = await downloadedBytes(docx);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a .docx is a zip file
    expect(zipEntry(bytes, 'word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    await context.close();
  });

  test('prints only the letter', async () => {
    const page = await builderTab();
    await ask(page, 'us-senator');
    await page.click('[data-action="copy"]').catch(() => undefined);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.builder__form').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.builder__actions').isVisible()).toBe(false);
    expect(await page.locator('[data-status]').isVisible()).toBe(false);
    expect(await page.locator('[data-letter]').isVisible()).toBe(true);
  });

  test('offers a mail link for every brief letter, and a clear fallback for a long one', async () => {
    const page = await builderTab();
    await page.selectOption('#builder-state', 'oh');
    await ask(page, 'us-senator');
    const mail = page.locator('[data-action="mail"]');
    expect(await mail.getAttribute('href')).toMatch(/^mailto:\?subject=/);
    await page.fill('#builder-story', 'My story. '.repeat(250));
    expect(await mail.isVisible()).toBe(false);
    expect(await page.locator('[data-mail-fallback]').isVisible()).toBe(true);
  });

  test('stores nothing unless asked, and deletes the draft on request', async () => {
    const { context, page } = await openBuilder();
    await ask(page, 'us-senator');
    await page.click('.builder__sign summary');
    await page.fill('#builder-name', 'Kept private');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.check('input[name="keepDraft"]');
    await page.fill('#builder-city', 'Fresno');
    expect(await page.evaluate(() => localStorage.length)).toBe(1);
    expect(await page.locator('[data-action="delete-draft"]').isVisible()).toBe(true);
    await page.goto(new URL('/letters/', baseUrl).href);
    await waitForLetter(page, 'Fresno');
    expect(await page.inputValue('#builder-name')).toBe('Kept private');
    await page.click('[data-action="delete-draft"]');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.locator('[data-status]').textContent()).toContain('deleted');
    expect(await page.locator('[data-action="delete-draft"]').isVisible()).toBe(false);
    await context.close();
  });

  test('opens a static template in the builder', async () => {
    const page = await builderTab('/letters/?template=state-ai-vendor-cloud-breach');
    await waitForLetter(page);
    expect(await page.locator('input[name="recipient"]:checked').getAttribute('value')).toBe('state-legislator');
    expect(await page.locator('input[name="concern"]:checked').getAttribute('value')).toBe('ai-vendor-cloud-breach');
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

  test('in the story, name, address and ZIP is shown as text, runs nothing, sends nothing, and keeps the layout', async () => {
    for (const width of [360, 1280]) {
      const { context, page, foreign, requests } = await openBuilder({ viewport: { width, height: 800 } });
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await ask(page, 'us-senator');
      const before = requests.length;
      await page.click('.builder__sign summary');
      await page.fill('#builder-story', Object.values(payloads).join('\n'));
      await page.fill('#builder-name', payloads.script);
      await page.fill('#builder-city', payloads.html);
      await page.fill('#builder-street', payloads.html);
      await page.fill('#builder-zip-code', payloads.html);
      await page.fill('#builder-zip', payloads.html);
      await page.press('#builder-zip', 'Enter');
      await page.locator('rep-lookup [data-results] .notice').first().waitFor();
      const text = await page.locator('[data-letter]').textContent();
      // Control characters a letter cannot carry (they corrupt a .docx) are dropped; everything else stays verbatim.
      for (const value of Object.values(payloads)) expect(text).toContain(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('[data-letter] img, [data-letter] script, [data-letter] a, rep-lookup img').count()).toBe(0);
      expect(dialogs).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      expect(requests.slice(before)).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    }
  });

  test('takes a 100 KB paste, keeping the first 5,000 characters verbatim', async () => {
    const { context, page, requests } = await openBuilder();
    await ask(page, 'us-senator');
    const before = requests.length;
    const big = 'Lorem ipsum dolor sit amet, 🩻 consectetur. '.repeat(2400).slice(0, 100_000);
    await page.fill('#builder-story', big);
    const text = await page.locator('[data-letter]').textContent();
    const kept = await page.inputValue('#builder-story');
    expect(kept.length).toBe(5000);
    expect(big.startsWith(kept)).toBe(true);
    expect(text).toContain(kept.trim());
    expect(requests.slice(before)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('the page says the builder needs JavaScript and shows the template list open', async () => {
    const { context } = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, baseUrl, '/letters/');
    expect(await page.locator('.builder__grid').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toContain('The letter builder needs JavaScript');
    const links = page.locator('.templates-list a');
    expect(await links.first().isVisible()).toBe(true);
    expect(await links.count()).toBeGreaterThanOrEqual(19);
    await links.first().click();
    await page.waitForLoadState();
    const letter = await page.locator('.letter').innerText();
    expect(letter).toContain('[YOUR NAME]');
    expect(letter).toContain('Sources');
    await context.close();
  });
});
