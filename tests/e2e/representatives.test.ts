/** The ZIP lookup in Chromium: by keyboard, privately (no full ZIP in any request, nothing off the origin), inert with hostile input. */
import { describe, expect, inject, test } from 'vitest';
import { openContext, useBrowser, useTab } from './browser';

const baseUrl = inject('baseUrl');

describe('/representatives/', () => {
  const browser = useBrowser();
  const tab = useTab(browser);

  test('ZIP to names by keyboard alone; requests carry three digits at most and stay on this site', async () => {
    const { context, foreign } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(new URL('/representatives/', baseUrl).href, { waitUntil: 'networkidle' });
    const before = requested.length;
    await page.locator('#zip').waitFor(); // visible once the lookup's script has started
    await page.focus('#zip');
    await page.keyboard.type('43201');
    await page.keyboard.press('Enter');
    await page.getByText('Joyce Beatty').waitFor();
    const text = await page.locator('[data-results]').innerText();
    expect(text).toContain('Bernie Moreno');
    expect(text).toContain('Dave Yost');
    expect(text).toMatch(/202-\d{3}-\d{4}/);
    expect(text).toMatch(/as of/);
    const during = requested.slice(before);
    // Data requests: the three-digit shard and the state file; nothing (script chunks included) leaves the origin.
    expect(
      during
        .map((url) => new URL(url).pathname)
        .filter((path) => path.endsWith('.json'))
        .sort(),
    ).toEqual(['/representatives/state/oh.json', '/representatives/zip/432.json']);
    expect(during.every((url) => url.startsWith(new URL(baseUrl).origin))).toBe(true);
    expect(during.filter((url) => url.includes('43201'))).toEqual([]);
    expect(foreign).toEqual([]);
    // The appointed senator's term ended at the November 2026 special election: flagged, not presented as current.
    expect(text).toMatch(/ended on November 3, 2026/);
    // A state district picker, with the official lookup.
    await page.selectOption('select >> nth=0', { index: 1 });
    expect(await page.locator('[data-results]').innerText()).toMatch(/State Senator, district 1/);
    await context.close();
  });

  test('a split ZIP shows every candidate and the official lookup; DC shows the Delegate and the Council', async () => {
    const page = await tab();
    await page.goto(new URL('/representatives/', baseUrl).href);
    await page.locator('#zip').waitFor();
    await page.fill('#zip', '43215');
    await page.press('#zip', 'Enter');
    await page.getByText(/spans 2 congressional districts/).waitFor();
    await page.fill('#zip', '20001');
    await page.press('#zip', 'Enter');
    await page.getByText('Eleanor Holmes Norton').waitFor();
    const text = await page.locator('[data-results]').innerText();
    expect(text).not.toMatch(/U\.S\. Senators/);
    expect(text).toMatch(/Council of the District of Columbia/);
  });

  test('bad and hostile input: a plain sentence, the official lookup, nothing executed', async () => {
    const { context } = await openContext(browser(), baseUrl);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(new URL('/representatives/', baseUrl).href);
    await page.locator('#zip').waitFor();
    for (const input of ['<img src=x onerror=alert(1)>', '1234', '00000']) {
      await page.fill('#zip', input);
      await page.press('#zip', 'Enter');
      await page.locator('[data-results] a[href*="house.gov"]').first().waitFor();
      const results = page.locator('[data-results]');
      expect(await results.innerText()).toMatch(/ZIP/);
      expect(await results.locator('img').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
