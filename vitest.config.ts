import { defineConfig } from 'vitest/config';

// One config, three projects, run by scripts/test.sh in the order docs/decisions.md sets:
// unit and content first, then the build, then the browser tests against dist/.
export default defineConfig({
  test: {
    projects: [
      // 30 s rather than 5: on a busy 2-core machine, loading citation-js alone can take 15 s.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file; two cores, so run files one after another.
          fileParallelism: false,
          // Within a file, `test.concurrent` checks two pages at a time (tests/e2e/browser.ts PagePool).
          maxConcurrency: 2,
        },
      },
      // After the build and the browser tests: static checks over dist/ (links, CSP rules in the
      // HTML, the Nu HTML Checker). No browser; the link check serves dist/ itself.
      { test: { name: 'postbuild', include: ['tests/postbuild/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
