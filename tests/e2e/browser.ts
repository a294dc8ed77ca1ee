/**
 * The browser tests' Chromium and helpers to open pages. One Chromium serves every test file: the
 * global setup launches it (scripts/lib/chromium.ts, the way this machine needs) and each file
 * connects to it.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** The shared Chromium, connected for the calling test file and disconnected after it (closing what the file opened); call the getter inside tests. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not launched yet: call the getter inside a test or hook');
    return browser;
  };
}

/**
 * A fresh context whose every request outside `baseUrl` is recorded. The shared Chromium resolves no host but
 * this machine's (scripts/lib/chromium.ts `testChromiumFlags`), so such a request fails at once and never leaves
 * the machine. Recording with a listener rather than routing each request through Playwright keeps Chromium's
 * HTTP cache on (routing turns it off) and spares every request a round trip to the test process.
 */
export async function openContext(browser: Browser, baseUrl: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await browser.newContext(options);
  const foreign: string[] = [];
  const origin = new URL(baseUrl).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { context, foreign };
}

/** How a test wants its tab: the window size (1280 x 720 unless given) and colour scheme (light unless given). */
export interface TabOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/**
 * One tab for a test file's tests that only navigate, read and type: kept from test to test and set to each test's
 * window size and colour scheme before it is handed out. A fresh context costs Chromium a new renderer process, about
 * 1.4 CPU-seconds on this machine against 0.2 s to load a page in an open tab (20 of each, timed), and most
 * browser tests open one. Tests that need a fresh context (stored data, permissions, a fixed clock, JavaScript off,
 * routing, reduced motion) open their own with `openContext`. Each test still starts with its own navigation, with
 * nothing stored on the site.
 */
export function useTab(browser: () => Browser): (options?: TabOptions) => Promise<Page> {
  let page: Page | undefined;
  afterAll(async () => {
    await page?.context().close();
  });
  return async ({ viewport = { width: 1280, height: 720 }, colorScheme = 'light' } = {}) => {
    if (!page) {
      const { context } = await openContext(browser(), inject('baseUrl'));
      page = await context.newPage();
    }
    // Whatever a previous test stored on the site goes, so no draft or choice carries into the next test.
    if (page.url().startsWith(inject('baseUrl'))) await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
    await page.setViewportSize(viewport);
    // Whatever media a test emulated (print, reduced motion) ends with it.
    await page.emulateMedia({ media: null, colorScheme, reducedMotion: null, forcedColors: null });
    return page;
  };
}

/** Every page URL path in the built sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** Open a page and wait until it has loaded. */
export async function visit(page: Page, baseUrl: string, path: string) {
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  return response;
}

/**
 * A few pages of one context handed out one at a time, so `test.concurrent` can check two pages
 * at once (two cores) without two tests sharing a tab.
 */
export class PagePool {
  #free: Page[] = [];
  #waiting: ((page: Page) => void)[] = [];

  static async open(context: BrowserContext, size: number): Promise<PagePool> {
    const pool = new PagePool();
    for (let i = 0; i < size; i++) pool.#free.push(await context.newPage());
    return pool;
  }

  /** Run `use` with a page of its own, then hand the page to the next waiting test. */
  async with<T>(use: (page: Page) => Promise<T>): Promise<T> {
    const page = this.#free.pop() ?? (await new Promise<Page>((resolve) => this.#waiting.push(resolve)));
    try {
      return await use(page);
    } finally {
      const next = this.#waiting.shift();
      if (next) next(page);
      else this.#free.push(page);
    }
  }
}

/** The bytes of a download. (The browser is shared over a connection, so the file is streamed: `download.path()` is local-browser only.) */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * What hides sideways at the page's current width: the page itself scrolling sideways, and anything in <main> that
 * scrolls sideways without the visible cue (`data-scroll-cue`, drawn by global.css).
 */
export function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      const overflow = getComputedStyle(element).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1 && !element.hasAttribute('data-scroll-cue'))
        found.push(`<${element.tagName.toLowerCase()} class="${element.className}"> scrolls sideways without a cue`);
    }
    return found;
  });
}

/** A fresh page of its own context on /search/, as a reader opens it. */
export async function openSearchPage(browser: Browser, baseUrl: string): Promise<Page> {
  const { context } = await openContext(browser, baseUrl);
  const page = await context.newPage();
  await visit(page, baseUrl, '/search/');
  return page;
}
