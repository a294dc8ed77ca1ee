/**
 * The matrix pages stay light (issue 13 and 14): /gaps/ and one page per state (/gaps/<code>/),
 * each loaded by every browser sweep, so each must be small. HTML only: the stylesheet is shared
 * and no script loads. Counted as the budgets count (gzip level 6, scripts/lib/weight.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { gzipBytes, KB } from '../../scripts/lib/weight';

/** Gzipped HTML of one matrix page: about 11 KB for /gaps/ and 9 to 11 KB for a state in December 2026. */
const matrixPageBudget = 16 * KB;

const states = readdirSync('content/states').map((file) => file.replace(/\.yaml$/, ''));

test('every state and DC has its own matrix page', () => {
  expect(states).toHaveLength(51);
  expect(states.filter((code) => !existsSync(join('dist/gaps', code, 'index.html')))).toEqual([]);
});

test(`each matrix page is at most ${matrixPageBudget / KB} KB of gzipped HTML and loads no script`, () => {
  const heavy: string[] = [];
  for (const path of ['dist/gaps/index.html', ...states.map((code) => join('dist/gaps', code, 'index.html'))]) {
    const html = readFileSync(path);
    const bytes = gzipBytes(html, 'text/html');
    if (bytes > matrixPageBudget) heavy.push(`${path}: ${(bytes / KB).toFixed(1)} KB`);
    expect(html.toString('utf8'), path).not.toMatch(/<script\b(?![^>]*type="application\/(ld\+)?json")/);
  }
  expect(heavy).toEqual([]);
});
