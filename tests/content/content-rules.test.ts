/**
 * The content rules a schema cannot express (red-team F18), each shown on a broken copy of the valid
 * fixture, through the same function the build runs (src/integrations/content-checks.ts); and two of
 * them through a real `astro build` over a broken content folder, which must stop and name file and field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contentProblems } from '../../src/integrations/content-checks';

const valid = 'tests/content/fixtures/valid';
const today = '2026-12-06';
let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A copy of the valid fixture with some files edited, added (edit gets '') or copied. */
function brokenCopy(changes: { file: string; edit?: (text: string) => string; copyFrom?: string }[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'content-rules-'));
  cpSync(valid, folder, { recursive: true });
  for (const change of changes) {
    const path = join(folder, change.file);
    const start = change.copyFrom ? readFileSync(join(folder, change.copyFrom), 'utf8') : readFileSync(path, 'utf8');
    writeFileSync(path, change.edit ? change.edit(start) : start);
  }
  return folder;
}

test('the valid fixture passes every rule the build runs', () => {
  expect(contentProblems(valid, today)).toEqual([]);
});

const cases: { name: string; changes: Parameters<typeof brokenCopy>[0]; file: string; field: string; message: RegExp }[] = [
  {
    name: 'a reviewed date in the future',
    changes: [{ file: 'articles/fixture-article.mdx', edit: (t) => t.replace('reviewed: 2026-11-25', 'reviewed: 2062-01-01') }],
    file: 'articles/fixture-article.mdx',
    field: 'reviewed',
    message: /2062-01-01 is in the future/,
  },
  {
    name: 'a change-history date in the future',
    changes: [{ file: 'articles/fixture-article.mdx', edit: (t) => t.replace('  - date: 2026-11-25', '  - date: 2027-02-01') }],
    file: 'articles/fixture-article.mdx',
    field: 'changes[0].date',
    message: /in the future/,
  },
  {
    name: 'a pinpoint that does not fit its source',
    changes: [{ file: 'coverage/lost-scan/fixture-law.yaml', edit: (t) => t.replace('pin: 1.1(a)', 'pin: 1.10(zz)(99)') }],
    file: 'coverage/lost-scan/fixture-law.yaml',
    field: 'citations[0].pin',
    message: /does not fit source "source-a"'s pinPattern/,
  },
  {
    name: 'a pinpoint in an article that does not fit its source',
    changes: [{ file: 'articles/fixture-article.mdx', edit: (t) => t.replace('pin="1.1(a)"', 'pin="11.1(a)"') }],
    file: 'articles/fixture-article.mdx',
    field: '<Cite source="source-a" pin="11.1(a)">',
    message: /pinPattern/,
  },
  {
    name: 'a pinpoint on a source that cannot show one',
    changes: [
      { file: 'sources/source-b.yaml', edit: (t) => t.replace('pinLabel: "45 CFR {pin}"\n', '') },
      { file: 'coverage/lost-scan/fixture-law.yaml', edit: (t) => t.replace('citations:\n', 'citations:\n  - source: source-b\n    pin: "2.1"\n') },
    ],
    file: 'coverage/lost-scan/fixture-law.yaml',
    field: 'citations[0].pin',
    message: /no pinLabel or pinUrl/,
  },
  {
    name: 'a pinUrl that leaves the official host',
    changes: [{ file: 'sources/source-a.yaml', edit: (t) => `${t}pinUrl: "https://mirror.example.com/{pin}"\n` }],
    file: 'sources/source-a.yaml',
    field: 'pinUrl',
    message: /must stay on the official host/,
  },
  {
    name: 'a pinUrl whose host is the placeholder',
    changes: [{ file: 'sources/source-a.yaml', edit: (t) => `${t}pinUrl: "https://{pin}/x"\n` }],
    file: 'sources/source-a.yaml',
    field: 'pinUrl',
    message: /cannot be a placeholder/,
  },
  {
    name: 'a cell citing a source unrelated to its law',
    changes: [{ file: 'coverage/lost-scan/fixture-law.yaml', edit: (t) => t.replace('  - source: source-a\n    pin: 1.1(a)', '  - source: source-b') }],
    file: 'coverage/lost-scan/fixture-law.yaml',
    field: 'citations',
    message: /None of the citations is the law's own source "source-a"/,
  },
  {
    name: "a state listing another state's law",
    changes: [{ file: 'laws/fixture-law.yaml', edit: (t) => t.replace('jurisdiction: ca', 'jurisdiction: tx') }],
    file: 'states/ca.yaml',
    field: 'laws[0]',
    message: /is a law of "tx", not of this state/,
  },
  {
    name: 'a state law its state does not list',
    changes: [{ file: 'states/ca.yaml', edit: (t) => t.replace('laws: [fixture-law]', 'laws: []') }],
    file: 'laws/fixture-law.yaml',
    field: 'jurisdiction',
    message: /must be listed in content\/states\/ca\.yaml/,
  },
  {
    name: 'duplicate order values',
    changes: [{ file: 'scenarios/zz-lost-scan.yaml', copyFrom: 'scenarios/lost-scan.yaml' }],
    file: 'scenarios/zz-lost-scan.yaml',
    field: 'order',
    message: /order 1 is already used by/,
  },
  {
    name: 'a .yml file Astro would silently skip',
    changes: [{ file: 'laws/second-law.yml', copyFrom: 'laws/fixture-law.yaml' }],
    file: 'laws/second-law.yml',
    field: '(file)',
    message: /would be silently skipped/,
  },
  {
    name: 'a .md article Astro would silently skip',
    changes: [{ file: 'articles/another.md', copyFrom: 'articles/fixture-article.mdx' }],
    file: 'articles/another.md',
    field: '(file)',
    message: /would be silently skipped/,
  },
];

describe('each rule fails, naming the file and the field', () => {
  for (const broken of cases) {
    test(broken.name, () => {
      root = brokenCopy(broken.changes);
      const problems = contentProblems(root, today);
      const match = problems.find((p) => p.file.endsWith(broken.file) && p.field === broken.field);
      expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
      expect(match!.message).toMatch(broken.message);
    });
  }
});

describe('a plain astro build over broken content', () => {
  test('stops before publishing, naming file and field', () => {
    root = brokenCopy([
      { file: 'articles/fixture-article.mdx', edit: (t) => t.replace('reviewed: 2026-11-25', 'reviewed: 2062-01-01') },
      { file: 'laws/second-law.yml', copyFrom: 'laws/fixture-law.yaml' },
    ]);
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(root, 'dist')], {
      env: { ...process.env, CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-2000)).not.toBe(0);
    expect(output).toMatch(/fixture-article\.mdx: reviewed: 2062-01-01 is in the future/);
    expect(output).toMatch(/second-law\.yml: \(file\): /);
  }, 300_000);
});
