/**
 * The repository stands alone: no file points at design notes or folders outside it (a clone has
 * neither). The rules those notes held live in docs/, in the project's own words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// Built from parts so this file does not match itself.
const notes = ['DECISIONS', 'STYLE', 'STACK-NOTES', 'GAP-MATRIX'].map((name) => `${name}\\.md`).join('|');
const outside = new RegExp(`\\b(${notes})\\b|\\.\\./shared\\b|/work/${'shared'}\\b`);
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', '.bench', 'package-lock.json']);
const textFile = /\.(ts|mts|mjs|js|astro|css|md|mdx|yaml|yml|json|sh|txt|html|toml)$|^(\.ci|run|\.gitignore|\.prettierignore)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skipped.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return textFile.test(name) ? [path] : [];
  });
}

test('no file refers to a design note or a folder outside the repository', () => {
  const all = files('.');
  expect(all.length).toBeGreaterThan(100);
  const found = all.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (outside.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
  );
  expect(found).toEqual([]);
});

test('the check itself finds such a reference', () => {
  expect(outside.test(`see ${'DECISIONS'}.md`)).toBe(true);
  expect(outside.test(`read ..${'/'}shared/data/x.json`)).toBe(true);
  expect(outside.test('docs/decisions.md')).toBe(false);
});
