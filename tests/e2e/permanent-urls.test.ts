/**
 * Permanent URLs and syndication, checked on the built site: the URL manifest, redirect pages
 * (built into a scratch copy and followed in Chromium under the site's CSP), the feed and the
 * Open Graph metadata.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { openContext, sitemapPaths, useBrowser, useTab, visit } from './browser';
import { distFiles, manifestPath } from '../../scripts/update-urls.ts';
import { compareWithManifest, publishedUrls } from '../../src/lib/published-urls';
import { loadRedirects, writeRedirects } from '../../src/integrations/redirects';
import { startServer } from '../../scripts/serve.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tab = useTab(browser);

describe('the URL manifest', () => {
  const manifest: string[] = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const { missing, added } = compareWithManifest(manifest, publishedUrls(distFiles()));

  test('every published URL is still served, as a page or as a redirect', () => {
    expect(missing, `Gone without a redirect (add each to content/redirects.yaml): ${missing.join(', ')}`).toEqual([]);
  });

  test('lists every URL of this build', () => {
    expect(added, `New URLs: run \`npm run urls:update\` after the build and commit ${manifestPath}`).toEqual([]);
  });

  test('every redirect entry has its page and its _redirects line', () => {
    const lines = readFileSync('dist/_redirects', 'utf8');
    for (const { from, to } of loadRedirects()) {
      expect(existsSync(join('dist', from, 'index.html')), from).toBe(true);
      expect(lines).toContain(`${from} ${to} 301`);
    }
  });
});

describe('a redirect page', () => {
  test('sends a reader of the old URL to the new page, under the production CSP', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'redirects-'));
    try {
      mkdirSync(join(scratch, 'articles/new-id'), { recursive: true });
      const newPage =
        '<!doctype html><html lang="en"><head><title>New page | Who Protects My Scans?</title><link rel="icon" href="/favicon.svg"></head><body><h1>New page</h1></body></html>';
      writeFileSync(join(scratch, 'articles/new-id/index.html'), newPage);
      writeFileSync(join(scratch, '404.html'), 'Not found');
      writeFileSync(join(scratch, '_headers'), readFileSync('dist/_headers'));
      writeFileSync(join(scratch, 'favicon.svg'), readFileSync('dist/favicon.svg'));
      await writeRedirects(scratch, [{ from: '/articles/old-id/', to: '/articles/new-id/' }], new URL('https://example.org'));
      expect(readFileSync(join(scratch, '_redirects'), 'utf8')).toContain('/articles/old-id/ /articles/new-id/ 301');
      const { server, url } = await startServer(scratch);
      try {
        const { context, foreign } = await openContext(browser(), url);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        const html = await (await page.request.get(new URL('/articles/old-id/', url).href)).text();
        expect(html).toContain('<link rel="canonical" href="https://example.org/articles/new-id/">');
        expect(html).toContain('“New page” is now at');
        await page.goto(new URL('/articles/old-id/', url).href);
        await page.waitForURL(/\/articles\/new-id\/$/);
        expect(await page.locator('h1').textContent()).toBe('New page');
        expect(errors).toEqual([]);
        expect(foreign).toEqual([]);
        await context.close();
      } finally {
        server.close();
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('refuses to overwrite a live page or to point nowhere', async () => {
    await expect(writeRedirects('dist', [{ from: '/glossary/', to: '/articles/' }], new URL('https://example.org'))).rejects.toThrow(
      /\/glossary\/ is still a page/,
    );
    await expect(writeRedirects('dist', [{ from: '/old/', to: '/nowhere/' }], new URL('https://example.org'))).rejects.toThrow(/no page \/nowhere\//);
  });
});

describe('syndication', () => {
  const articlePaths = sitemapPaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path));

  test('the RSS feed lists every article, linked to its canonical URL', () => {
    const rss = readFileSync('dist/rss.xml', 'utf8');
    const links = [...rss.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((match) => new URL(match[1]!).pathname);
    expect(links.sort()).toEqual([...articlePaths].sort());
  });

  test('each article names its canonical URL, Open Graph card and a share image that exists', async () => {
    const page = await tab();
    const path = articlePaths[0]!;
    await visit(page, baseUrl, path);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await meta('og:url')).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:title')).toBe(await page.locator('h1').textContent());
    const image = new URL((await meta('og:image'))!);
    expect(image.pathname).toMatch(/^\/og\/articles\/[^/]+\.png$/);
    const response = await page.request.get(new URL(image.pathname, baseUrl).href);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  });
});
