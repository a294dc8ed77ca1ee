/** The CI closing line (scripts/test-summary.mjs) on fixture reports: it must never say "0 failed" when a stage failed. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectedStages, formatSummary, parseStages, summarise } from '../../scripts/test-summary.mjs';

const fixtures = 'tests/unit/fixtures/test-summary';
const readReport = (path: string): unknown => JSON.parse(readFileSync(`${fixtures}/${path}`, 'utf8'));
const missing = () => undefined;

/** Every expected stage, passing, with the Vitest stages pointing at `passing.json` unless overridden. */
function run(overrides: Record<string, { status?: number; report?: string | null }> = {}, drop: string[] = []) {
  const withReport = new Set(['unit and content', 'post-build checks', 'browser']);
  return expectedStages
    .filter((name) => !drop.includes(name))
    .map((name) => {
      const override = overrides[name] ?? {};
      const report = override.report === null ? undefined : (override.report ?? (withReport.has(name) ? 'passing.json' : undefined));
      return { name, status: override.status ?? 0, seconds: 1.5, report };
    });
}

const closing = (summary: ReturnType<typeof summarise>) => formatSummary(summary).split('\n').at(-1);

describe('test summary', () => {
  test('a green run counts each non-Vitest stage as one test and every Vitest test', () => {
    const summary = summarise({ stages: run(), readReport });
    const plainStages = expectedStages.length - 3;
    expect(summary.totals).toEqual({ passed: plainStages + 15, failed: 0, skipped: 0 });
    expect(closing(summary)).toBe(`${plainStages + 15} passed, 0 failed, 0 skipped`);
  });

  test('a failed stage without a report (astro check) counts failed, and stages it stopped count failed too', () => {
    const stages = run({ 'astro check': { status: 1 } }, ['unit and content', 'build', 'post-build checks', 'browser']);
    const summary = summarise({ stages, readReport, exitStatus: 1 });
    expect(summary.totals.failed).toBe(5);
    const text = formatSummary(summary);
    expect(text).toContain('astro check: exited with status 1');
    expect(text).toContain('browser: did not run');
  });

  test('a Vitest stage whose report is missing counts failed, even when it exited 0', () => {
    const summary = summarise({ stages: run(), readReport: (path) => (path === 'passing.json' ? missing() : readReport(path)) });
    expect(summary.totals.failed).toBe(3);
    expect(formatSummary(summary)).toContain('no report written at passing.json');
  });

  test('an unreadable report counts failed', () => {
    const summary = summarise({
      stages: run({ browser: { report: 'broken.json' } }),
      readReport: (path) => {
        if (path === 'broken.json') throw new Error('Unexpected end of JSON input');
        return readReport(path);
      },
    });
    expect(summary.totals.failed).toBe(1);
    expect(formatSummary(summary)).toContain('unreadable: Unexpected end of JSON input');
  });

  test('a hook that throws (tests reported skipped, the file failed) counts failed and the skips are counted', () => {
    const summary = summarise({ stages: run({ browser: { status: 1, report: 'thrown-hook.json' } }), readReport, exitStatus: 1 });
    const browser = summary.rows.find((row) => row.name === 'browser')!;
    expect(browser).toMatchObject({ passed: 1, failed: 1, skipped: 2 });
    expect(browser.notes.join()).toContain('privacy.test.ts: the file failed outside its tests (Error: Chromium not found');
    expect(summary.totals.failed).toBe(1);
  });

  test('the same, on a report Vitest 5 wrote for a file whose beforeAll threw', () => {
    const summary = summarise({ stages: run({ browser: { status: 1, report: 'vitest-thrown-hook.json' } }), readReport, exitStatus: 1 });
    expect(summary.rows.find((row) => row.name === 'browser')).toMatchObject({ passed: 1, failed: 1, skipped: 3 });
  });

  test('skipped tests are counted and printed', () => {
    const summary = summarise({ stages: run({ browser: { report: 'skips.json' } }), readReport });
    expect(summary.totals.skipped).toBe(2);
    expect(closing(summary)).toMatch(/, 0 failed, 2 skipped$/);
  });

  test('a failed test counts once', () => {
    const summary = summarise({ stages: run({ 'post-build checks': { status: 1, report: 'failed-test.json' } }), readReport, exitStatus: 1 });
    expect(summary.totals.failed).toBe(1);
  });

  test('a stage that exits non-zero while its report shows no failure counts failed', () => {
    const summary = summarise({ stages: run({ browser: { status: 1 } }), readReport, exitStatus: 1 });
    expect(summary.totals.failed).toBe(1);
    expect(formatSummary(summary)).toContain('exited with status 1 though its report shows no failure');
  });

  test('a non-zero exit status always gives a non-zero failed count', () => {
    const summary = summarise({ stages: run(), readReport, exitStatus: 2 });
    expect(summary.totals.failed).toBe(1);
  });

  test('a failed npm ci is a failed stage and every test stage counts as not run', () => {
    const summary = summarise({ stages: [], readReport, exitStatus: 1, before: [{ name: 'npm ci', status: 1, seconds: 20 }] });
    expect(summary.totals).toEqual({ passed: 0, failed: 1 + expectedStages.length, skipped: 0 });
  });

  test('per-stage wall times are printed', () => {
    const text = formatSummary(summarise({ stages: run(), readReport }));
    for (const name of expectedStages) expect(text).toMatch(new RegExp(`^${name} +1\\.5s +- `, 'm'));
  });

  test('stages.tsv parses, with or without a report', () => {
    expect(parseStages('build\t0\t12.3\t\t20.5\nbrowser\t1\t80.0\ttest-results/e2e.json\n')).toEqual([
      { name: 'build', status: 0, seconds: 12.3, report: undefined, cpu: 20.5 },
      { name: 'browser', status: 1, seconds: 80, report: 'test-results/e2e.json', cpu: undefined },
    ]);
  });
});
