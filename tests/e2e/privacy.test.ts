/**
 * Privacy and Content-Security-Policy on every page of the build (every HTML file in dist/, not
 * only the sitemap): no request leaves the site's origin, nothing writes a cookie or web storage
 * on load, the server sends the CSP header, and Chromium reports no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Request } from 'playwright-core';
import { distPages } from '../../scripts/lib/dist-pages';
import { contentSecurityPolicy } from '../../src/lib/security';
import { launchBrowser, openContext, PagePool, sitemapPaths, visit } from './browser';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const pages = distPages();
let browser: Browser;
let context: BrowserContext;
let pool: PagePool;

/**
 * Runs in every page before its own scripts: records cookie and web-storage writes and CSP
 * violation events, so a test can read them after load.
 */
function recordWrites() {
  const writes: string[] = [];
  const violations: string[] = [];
  Object.defineProperty(window, '__trust', { value: { writes, violations } });
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get!.call(this);
    },
    set(value: string) {
      writes.push(`document.cookie = ${value}`);
      cookie.set!.call(this, value);
    },
  });
  for (const method of ['setItem', 'removeItem', 'clear'] as const) {
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
      writes.push(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.${method}(${args.map(String).join(', ')})`);
      return original.apply(this, args);
    } as never;
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await openContext(browser, baseUrl));
  await context.addInitScript(recordWrites);
  pool = await PagePool.open(context, 2);
});
afterAll(async () => {
  await browser?.close();
});

describe('every page of the build', () => {
  test('includes every page in the sitemap', () => {
    const built = new Set(pages.map((page) => page.path));
    expect(sitemapPaths().filter((path) => !built.has(path))).toEqual([]);
  });

  for (const { path } of pages) {
    test.concurrent(`${path} stays on its origin, stores nothing and keeps to the CSP`, async () => {
      const found = await pool.with(async (page) => {
        const foreign: string[] = [];
        const cspErrors: string[] = [];
        const onRequest = (request: Request) => {
          const url = request.url();
          if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
        };
        const onConsole = (message: ConsoleMessage) => {
          if (message.type() === 'error' && /Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
        };
        page.on('request', onRequest);
        page.on('console', onConsole);
        try {
          const response = await visit(page, baseUrl, path);
          // Let scripts that run on load (islands) finish their first task.
          await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
          const state = await page.evaluate(() => {
            const trust = (window as unknown as { __trust: { writes: string[]; violations: string[] } }).__trust;
            return { ...trust, localStorage: localStorage.length, sessionStorage: sessionStorage.length, cookie: document.cookie };
          });
          return {
            status: response?.status(),
            cspHeader: response?.headers()['content-security-policy'],
            foreign,
            cspErrors: [...cspErrors, ...state.violations],
            writes: state.writes,
            stored: { localStorage: state.localStorage, sessionStorage: state.sessionStorage, cookie: state.cookie },
            cookies: (await context.cookies()).map((cookie) => cookie.name),
          };
        } finally {
          page.off('request', onRequest);
          page.off('console', onConsole);
        }
      });
      expect(found).toEqual({
        status: 200,
        cspHeader: contentSecurityPolicy,
        foreign: [],
        cspErrors: [],
        writes: [],
        stored: { localStorage: 0, sessionStorage: 0, cookie: '' },
        cookies: [],
      });
    });
  }
});

describe('the gate itself', () => {
  test('notices a cookie, a localStorage write and a CSP violation', async () => {
    const { context: probe } = await openContext(browser, baseUrl);
    await probe.addInitScript(recordWrites);
    const page = await probe.newPage();
    await visit(page, baseUrl, '/');
    const state = await page.evaluate(async () => {
      document.cookie = 'probe=1';
      localStorage.setItem('probe', '1');
      const blocked = document.createElement('script');
      blocked.textContent = 'window.ranInline = true';
      document.body.append(blocked);
      await new Promise((done) => setTimeout(done, 50));
      return (window as unknown as { __trust: { writes: string[]; violations: string[] } }).__trust;
    });
    expect(state.writes).toEqual(['document.cookie = probe=1', 'localStorage.setItem(probe, 1)']);
    expect(state.violations.join('\n')).toMatch(/script-src/);
    await probe.close();
  });
});
