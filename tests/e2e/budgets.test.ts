/**
 * Performance budgets (docs/decisions.md), in gzip bytes of what a page loads before the
 * reader does anything: every page of dist/ is read from disk, and the page types are loaded in
 * Chromium to catch anything the HTML does not show. Budgets and byte counting live in
 * scripts/lib/weight.ts, shared with `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './browser';
import { recordFirstVisit } from '../../scripts/lib/record.ts';
import { budgets, formatKB, gzipBytes, pageScripts, scriptAllowances, summarise } from '../../scripts/lib/weight.ts';

const dist = 'dist';
const baseUrl = inject('baseUrl');

/** Every built page as its URL path ("/articles/x/") and file. */
function builtPages(dir = dist): { path: string; file: string }[] {
  const pages: { path: string; file: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') pages.push(...builtPages(file));
    } else if (entry.name.endsWith('.html')) {
      const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '');
      pages.push({ path, file });
    }
  }
  return pages;
}

/** gzip bytes of the stylesheets a page links. */
function stylesheetBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi)) {
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(match[0])?.[1];
    if (href?.startsWith('/')) total += gzipBytes(readFileSync(join(dist, href)), 'text/css');
  }
  return total;
}

const pages = builtPages();
const articles = pages.filter((page) => /^\/articles\/[^/]+\/$/.test(page.path));

describe('every built page (read from dist/)', () => {
  test('the site has pages and articles to check', () => {
    expect(pages.length).toBeGreaterThan(2);
    expect(articles.length).toBeGreaterThan(0);
  });

  test('runs no inline script and references no Pagefind file outside /search/', () => {
    const problems: string[] = [];
    for (const { path, file } of pages) {
      const html = readFileSync(file, 'utf8');
      const scripts = pageScripts(dist, path, html);
      if (scripts.inline > 0) problems.push(`${path}: ${scripts.inline} inline script(s)`);
      if (path !== '/search/' && (scripts.files.some((f) => f.startsWith('/pagefind/')) || /<link\b[^>]*href=["']?\/pagefind\//i.test(html))) {
        problems.push(`${path}: loads Pagefind before search is opened`);
      }
    }
    expect(problems).toEqual([]);
  });

  // One enhancement script: a chunk the bundler splits off it (shared with another page) counts
  // toward the same budget.
  test(`loads at most ${formatKB(budgets.enhancementScript)} of enhancement script (search and the letter builder excepted)`, () => {
    const problems: string[] = [];
    for (const { path, file } of pages) {
      const scripts = pageScripts(dist, path, readFileSync(file, 'utf8'));
      const allowance = scriptAllowances[path];
      if (allowance !== undefined) {
        if (scripts.gzipBytes > allowance) problems.push(`${path}: ${formatKB(scripts.gzipBytes)} of script, over ${formatKB(allowance)}`);
      } else if (scripts.gzipBytes > budgets.enhancementScript) {
        problems.push(`${path}: ${scripts.files.length} script file(s), ${formatKB(scripts.gzipBytes)} (${scripts.files.join(', ')})`);
      }
    }
    expect(problems).toEqual([]);
  });

  test(`every article's HTML and CSS weigh at most ${formatKB(budgets.articleFirstVisit)} gzip`, () => {
    const over: string[] = [];
    for (const { path, file } of articles) {
      const html = readFileSync(file);
      const bytes = gzipBytes(html, 'text/html') + stylesheetBytes(html.toString('utf8'));
      if (bytes > budgets.articleFirstVisit) over.push(`${path}: ${formatKB(bytes)}`);
    }
    expect(over).toEqual([]);
  });
});

describe('first visits in Chromium', () => {
  const browser = useBrowser();

  test(`an article's first visit is at most ${formatKB(budgets.articleFirstVisit)} of HTML and CSS, with no script`, async () => {
    const resources = await recordFirstVisit(browser(), new URL(articles[0]!.path, baseUrl).href);
    const totals = summarise(resources);
    expect(totals.html + totals.css, resources.map((r) => `${r.url} ${r.gzipBytes}`).join('\n')).toBeLessThanOrEqual(budgets.articleFirstVisit);
    expect(totals.js).toBeLessThanOrEqual(budgets.enhancementScript);
    expect(resources.filter((r) => r.url.includes('/pagefind/'))).toEqual([]);
  });

  test('reading pages download no search files, even when the reader types in the header search box', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const path of ['/', '/articles/', articles[0]!.path]) {
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    }
    const before = requested.length;
    await page.fill('#header-search-input', 'images');
    await page.waitForTimeout(500);
    expect(requested.slice(before)).toEqual([]);
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await context.close();
  });

  test('opening /search/ is what loads Pagefind', async () => {
    const resources = await recordFirstVisit(browser(), new URL('/search/', baseUrl).href);
    expect(resources.some((r) => r.url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test(`/letters/ loads at most ${formatKB(budgets.lettersScript)} of script before the reader acts`, async () => {
    const resources = await recordFirstVisit(browser(), new URL('/letters/', baseUrl).href);
    const totals = summarise(resources);
    expect(totals.js).toBeLessThanOrEqual(budgets.lettersScript);
    // Whatever the size of the model: its cells load from /letters/data/ when the reader chooses.
    expect(totals.total, resources.map((r) => `${r.url} ${r.gzipBytes}`).join('\n')).toBeLessThanOrEqual(budgets.lettersFirstVisit);
    expect(resources.filter((r) => r.url.includes('/letters/data/') || r.url.includes('/representatives/'))).toEqual([]);
  });

  test(`/what-protects-me/ first visit is at most ${formatKB(budgets.finderFirstVisit)}, whatever the size of the model`, async () => {
    const resources = await recordFirstVisit(browser(), new URL('/what-protects-me/', baseUrl).href);
    const totals = summarise(resources);
    expect(totals.js).toBeLessThanOrEqual(budgets.enhancementScript);
    expect(totals.total, resources.map((r) => `${r.url} ${r.gzipBytes}`).join('\n')).toBeLessThanOrEqual(budgets.finderFirstVisit);
    // Laws and cells load from /letters/data/ only when the reader chooses a state.
    expect(resources.filter((r) => r.url.includes('/letters/data/'))).toEqual([]);
  });
});
