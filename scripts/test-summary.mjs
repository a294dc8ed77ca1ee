// The closing line of CI: "N passed, N failed, N skipped", over every stage of `npm test`, not only
// the Vitest reports that happen to exist. Plain JavaScript so the system Node can run it even when
// `npm ci` failed.
//
// scripts/test.sh records one line per stage in test-results/stages.tsv:
//   <stage name> TAB <exit status> TAB <wall seconds> TAB <Vitest JSON report, or empty> TAB <CPU seconds>
// Stages may run side by side, so wall times overlap; CPU seconds show each stage's own cost.
// The rules:
// - A stage without a report counts as one test: passed when it exited 0, failed otherwise.
// - A stage with a report counts its tests: passed, failed (+ todo), skipped (pending). A report
//   that is missing or unreadable, a file whose suite failed (a hook that threw marks its tests
//   skipped and fails only the file), or a non-zero exit with no failure in the report each count
//   one more failed.
// - An expected stage that never recorded itself (an earlier stage stopped the run) counts failed.
// - Whenever the exit status is non-zero, the failed count is too.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Every stage of `npm test`, in the order scripts/test.sh records them. */
export const expectedStages = ['node guard', 'system tools', 'lint', 'astro check', 'unit and content', 'build', 'post-build checks', 'browser'];

/** Parse test-results/stages.tsv. */
export function parseStages(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name, status, seconds, report, cpu] = line.split('\t');
      return { name, status: Number(status), seconds: Number(seconds), report: report || undefined, cpu: cpu ? Number(cpu) : undefined };
    });
}

/** Count one Vitest JSON report. Returns counts and notes on failures that are not failed tests. */
export function countReport(report) {
  const counts = { passed: 0, failed: 0, skipped: 0, notes: [] };
  counts.passed = report.numPassedTests ?? 0;
  counts.failed = (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0);
  counts.skipped = report.numPendingTests ?? 0;
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      counts.failed += 1;
      const message = String(file.message ?? '')
        .split('\n')[0]
        .slice(0, 160);
      counts.notes.push(`${file.name}: the file failed outside its tests${message ? ` (${message})` : ''}`);
    }
  }
  if (report.success === false && counts.failed === 0) {
    counts.failed += 1;
    counts.notes.push('the report says the run did not succeed, with no failed test');
  }
  return counts;
}

/**
 * The summary of a run.
 * @param {{ stages: {name:string,status:number,seconds:number,report?:string}[],
 *   readReport: (path: string) => unknown | undefined, exitStatus?: number,
 *   expected?: string[], before?: {name:string,status:number,seconds:number}[] }} input
 */
export function summarise({ stages, readReport, exitStatus = 0, expected = expectedStages, before = [] }) {
  const rows = [];
  for (const stage of [...before, ...stages]) {
    const row = { name: stage.name, seconds: stage.seconds, cpu: stage.cpu, passed: 0, failed: 0, skipped: 0, notes: [] };
    if (stage.report) {
      let report;
      try {
        report = readReport(stage.report);
      } catch (error) {
        row.notes.push(`report ${stage.report} unreadable: ${error.message}`);
      }
      if (report === undefined) {
        row.failed += 1;
        if (row.notes.length === 0) row.notes.push(`no report written at ${stage.report}`);
      } else {
        const counts = countReport(report);
        row.passed = counts.passed;
        row.failed = counts.failed;
        row.skipped = counts.skipped;
        row.notes.push(...counts.notes);
      }
      if (stage.status !== 0 && row.failed === 0) {
        row.failed += 1;
        row.notes.push(`exited with status ${stage.status} though its report shows no failure`);
      }
    } else if (stage.status === 0) {
      row.passed = 1;
    } else {
      row.failed = 1;
      row.notes.push(`exited with status ${stage.status}`);
    }
    rows.push(row);
  }
  for (const name of expected) {
    if (!stages.some((stage) => stage.name === name)) {
      rows.push({ name, seconds: undefined, passed: 0, failed: 1, skipped: 0, notes: ['did not run'] });
    }
  }
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  const totals = { passed: total('passed'), failed: total('failed'), skipped: total('skipped') };
  if (exitStatus !== 0 && totals.failed === 0) {
    totals.failed = 1;
    rows.push({
      name: 'npm test',
      seconds: undefined,
      passed: 0,
      failed: 1,
      skipped: 0,
      notes: [`exited with status ${exitStatus}, no stage recorded a failure`],
    });
  }
  return { rows, totals };
}

/** The printed summary: one line per stage with its wall time, then the closing line. */
export function formatSummary({ rows, totals }) {
  const width = Math.max(...rows.map((row) => row.name.length), 5);
  const lines = ['', 'stage'.padEnd(width) + '    wall      CPU  passed  failed  skipped'];
  const secs = (value) => (value === undefined || Number.isNaN(value) ? '-' : `${value.toFixed(1)}s`);
  for (const row of rows) {
    lines.push(
      `${row.name.padEnd(width)} ${secs(row.seconds).padStart(7)} ${secs(row.cpu).padStart(8)} ${String(row.passed).padStart(7)} ${String(row.failed).padStart(7)} ${String(row.skipped).padStart(8)}`,
    );
    for (const note of row.notes) lines.push(`  ${row.name}: ${note}`);
  }
  lines.push(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return lines.join('\n');
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8'));
}

// Usage: node scripts/test-summary.mjs [--exit <npm test status>] [--npm-ci <status>:<seconds>]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const index = args.indexOf(name);
    return index === -1 ? undefined : args[index + 1];
  };
  const before = [];
  const npmCi = option('--npm-ci');
  if (npmCi !== undefined) {
    const [status, seconds] = npmCi.split(':').map(Number);
    before.push({ name: 'npm ci', status, seconds });
  }
  const file = 'test-results/stages.tsv';
  const stages = before.some((stage) => stage.status !== 0) || !existsSync(file) ? [] : parseStages(readFileSync(file, 'utf8'));
  const exitStatus = Number(option('--exit') ?? 0);
  const summary = summarise({ stages, readReport: readJson, exitStatus, before });
  console.log(formatSummary(summary));
  process.exitCode = summary.totals.failed > 0 ? 1 : 0;
}
