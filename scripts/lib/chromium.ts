/**
 * Debian's Chromium as this machine needs it, for the browser tests (playwright-core) and the
 * bench's Lighthouse runs: one path and one set of flags.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

function checkChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run \`apt-get install chromium\` (npm test does this when run as root).`);
  }
}

/** A Chromium for this process alone. */
export async function launchBrowser(): Promise<Browser> {
  checkChromium();
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/**
 * The browser tests' Chromium resolves only this machine's names: a request to any other host fails at once inside
 * Chromium (the tests record it as a failure, tests/e2e/browser.ts openContext), so nothing leaves the machine.
 */
export const testChromiumFlags = [...chromiumFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

/** A Chromium that other processes connect to (`chromium.connect(server.wsEndpoint())`): the browser tests share one. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  checkChromium();
  return chromium.launchServer({ executablePath: chromiumPath, args: testChromiumFlags });
}
