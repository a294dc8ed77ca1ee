/**
 * Serve the built site (dist/) on 127.0.0.1 at a free port, with _headers applied, for the
 * browser tests, and start the one Chromium they all connect to (each test file opens its own
 * contexts in it; launching a browser per file cost a launch per file). The build itself runs
 * before (scripts/test.sh), so a stale or missing dist/ is an error here rather than a silent rebuild.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.ts';
import { launchBrowserServer } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The shared Chromium's WebSocket endpoint (tests/e2e/browser.ts useBrowser connects to it). */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('No built site in dist/: run `npm run build` before the browser tests (npm test does).');
  }
  const { server, url } = await startServer('dist');
  const chromium = await launchBrowserServer();
  project.provide('baseUrl', url);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await new Promise<void>((done) => server.close(() => done()));
  };
}
