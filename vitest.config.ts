import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { isolatedTestFiles } from './tests/isolated-files';

/**
 * Vitest's order (slowest known first), except that the browser sweep (tests/e2e/pages.test.ts, the longest file by
 * far) always starts first: its worker then sweeps while the other worker runs every other browser file, and the
 * two end at about the same time. Left to file size, the sweep (a short file) would start last and run alone.
 */
class SweepFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isSweep = (file: TestSpecification) => file.moduleId.endsWith('/tests/e2e/pages.test.ts');
    return [...sorted.filter(isSweep), ...sorted.filter((file) => !isSweep(file))];
  }
}

// One config, three projects, run by scripts/test.sh in the order docs/decisions.md sets:
// unit and content first, then the build, then the browser tests against dist/.
export default defineConfig({
  test: {
    sequence: { sequencer: SweepFirst },
    projects: [
      // 30 s rather than 5: on a busy 2-core machine, loading citation-js alone can take 15 s.
      // isolate: false: a worker keeps the modules it has loaded (the content layer, citation-js, the schemas) from
      // one test file to the next instead of loading them again for each file: the unit and content tests took
      // 49 s with isolation and 24 s without (2026-12-06, one run after the other). Files that mock modules or stub
      // the environment need a fresh module graph each, so they run isolated in 'unit-mocks'
      // (tests/unit/isolation.test.ts fails when a file that mocks is missing from that list).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: isolatedTestFiles, testTimeout: 30_000, isolate: false } },
      { test: { name: 'unit-mocks', include: isolatedTestFiles, testTimeout: 30_000 } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], exclude: isolatedTestFiles, testTimeout: 30_000, isolate: false } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time in one shared Chromium: the sweep (CPU-bound: axe in every page, two pages at a time,
          // tests/e2e/browser.ts PagePool) beside the other files one after another (mostly waiting on pages), so
          // the two cores stay busy. SweepFirst above starts the sweep first.
          fileParallelism: true,
          maxWorkers: 2,
          maxConcurrency: 2,
        },
      },
      // After the build and the browser tests: static checks over dist/ (links, CSP rules in the
      // HTML, the Nu HTML Checker). No browser; the link check serves dist/ itself.
      { test: { name: 'postbuild', include: ['tests/postbuild/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
