/**
 * Debian's Chromium as this machine needs it, for the browser tests (playwright-core) and the
 * bench's Lighthouse runs: the paths and one set of flags.
 *
 * The bench measures what a reader's browser does, so it drives the full browser (`chromium`). The
 * browser tests drive Debian's headless shell (`chromium-headless-shell`, built from the same Chromium
 * source: the same Blink and V8, without the desktop browser around them), as Playwright's own headless
 * mode does: the same 557 tests took 308 s instead of 403 s, the browser process 51 CPU-seconds instead
 * of 126 (2026-12-06, one run after the other on the same dist/).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests' Chromium: the binary itself, so that Playwright starts and stops the browser
 * and not a shell around it (Debian's /usr/bin/chromium-headless-shell wrapper runs it without `exec`).
 */
export const testChromiumPath = process.env.TEST_CHROMIUM_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

/** No sandbox (containers), no GPU; without the background-networking flags Chromium keeps calling out to a closed network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function checkChromium(path: string, debianPackage: string, variable: string) {
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: run \`apt-get install ${debianPackage}\` (or set ${variable}).`);
  }
}

/** A Chromium for this process alone. */
export async function launchBrowser(): Promise<Browser> {
  checkChromium(chromiumPath, 'chromium', 'CHROMIUM_PATH');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/**
 * The browser tests' Chromium resolves only this machine's names: a request to any other host fails at once inside
 * Chromium (the tests record it as a failure, tests/e2e/browser.ts openContext), so nothing leaves the machine.
 */
export const testChromiumFlags = [...chromiumFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

/** A Chromium that other processes connect to (`chromium.connect(server.wsEndpoint())`): the browser tests share one. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  checkChromium(testChromiumPath, 'chromium-headless-shell', 'TEST_CHROMIUM_PATH');
  return chromium.launchServer({ executablePath: testChromiumPath, args: testChromiumFlags });
}
