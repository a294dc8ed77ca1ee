/**
 * Every page of the build (every HTML file in dist/, not only the sitemap), loaded once in Chromium,
 * and on that one load:
 * - privacy: no request leaves the site's origin, nothing writes a cookie or web storage on load;
 * - CSP: the server sends the CSP header and Chromium reports no violation;
 * - accessibility: axe-core (WCAG 2.0-2.2, A and AA) in the light color scheme, then, after
 *   switching the same page to the dark scheme, axe's color rules (darkRules in ./axe.ts; the dark
 *   scheme may change colors only, which tests/postbuild/css.test.ts enforces).
 * The gate's own self-test is in ./privacy.test.ts; keyboard, focus and motion checks in ./a11y.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, ConsoleMessage, Request } from 'playwright-core';
import { distPages } from '../../scripts/lib/dist-pages';
import { loadRedirects } from '../../src/integrations/redirects';
import { headerContentSecurityPolicy } from '../../src/lib/security';
import { axeViolations, darkRules, formatViolations, preloadAxe } from './axe';
import { openContext, PagePool, useBrowser, visit } from './browser';
import { recordWrites, type TrustRecord } from './trust';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const pages = distPages();
/** Redirect pages (content/redirects.yaml) refresh to their target at once: the sweep waits for it and checks where it lands. */
const redirectTargets = new Map(loadRedirects().map(({ from, to }) => [from, to]));
const browser = useBrowser();
let context: BrowserContext;
let pool: PagePool;

beforeAll(async () => {
  ({ context } = await openContext(browser(), baseUrl, { colorScheme: 'light' }));
  await context.addInitScript(recordWrites);
  await preloadAxe(context);
  pool = await PagePool.open(context, 2);
});
afterAll(async () => {
  await context?.close();
});

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(2);
});

describe('every page, loaded once', () => {
  const dark = darkRules ? 'color contrast' : 'WCAG 2.2 AA';
  for (const { path } of pages) {
    test.concurrent(
      `${path}: stays on its origin, stores nothing, keeps to the CSP; axe WCAG 2.2 AA (light), ${dark} (dark)`,
      async () => {
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
            let response = await visit(page, baseUrl, path);
            const target = redirectTargets.get(path);
            if (target) {
              // The meta refresh navigates on its own; reading the page before it lands destroys the context.
              await page.waitForURL(new URL(target, baseUrl).href, { waitUntil: 'load' });
              // Load the target once more so the headers checked below are the target's own.
              response = await page.reload({ waitUntil: 'load' });
            }
            // Let scripts that run on load (islands) finish their first task.
            await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
            const state = await page.evaluate(() => {
              const trust = (window as unknown as { __trust: TrustRecord }).__trust;
              return { ...trust, localStorage: localStorage.length, sessionStorage: sessionStorage.length, cookie: document.cookie };
            });
            const cookies = (await context.cookies()).map((cookie) => cookie.name);
            // Privacy and CSP are read before axe runs; axe then reads the same DOM in both schemes.
            const light = formatViolations(`${path} (light)`, await axeViolations(page));
            await page.emulateMedia({ colorScheme: 'dark' });
            const darkReport = formatViolations(`${path} (dark)`, await axeViolations(page, darkRules));
            await page.emulateMedia({ colorScheme: 'light' });
            return {
              status: response?.status(),
              cspHeader: response?.headers()['content-security-policy'],
              foreign,
              cspErrors: [...cspErrors, ...state.violations],
              writes: state.writes,
              stored: { localStorage: state.localStorage, sessionStorage: state.sessionStorage, cookie: state.cookie },
              cookies,
              axe: [light, darkReport].filter(Boolean).join('\n'),
            };
          } finally {
            page.off('request', onRequest);
            page.off('console', onConsole);
          }
        });
        expect(found).toEqual({
          status: 200,
          cspHeader: headerContentSecurityPolicy,
          foreign: [],
          cspErrors: [],
          writes: [],
          stored: { localStorage: 0, sessionStorage: 0, cookie: '' },
          cookies: [],
          axe: '',
        });
        // Three checks on one load (the e2e project's 60 s is per check elsewhere): a busy machine needs room.
      },
      180_000,
    );
  }
});
