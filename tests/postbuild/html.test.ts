/**
 * Every built page, as HTML: the Nu HTML Checker reports no error (one Java run for all files;
 * warnings go to test-results/html-warnings.txt), and the page keeps to the CSP without
 * exceptions (scripts/lib/html-policy.ts), and no word runs into a link (scripts/lib/html-text.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { distPages } from '../../scripts/lib/dist-pages';
import { checkHtmlPolicy } from '../../scripts/lib/html-policy';
import { gluedLinks } from '../../scripts/lib/html-text';
import { runVnu, summarise } from '../../scripts/lib/vnu';
import { contentSecurityPolicy } from '../../src/lib/security';

const pages = distPages();
let errors: Map<string, string[]>;
/** A page with one known error, checked in the same run: the checker, run as here, still reports errors. */
const selfTest = 'test-results/vnu-self-test.html';

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(selfTest, '<!doctype html><html lang="en"><head><title>Self-test</title></head><body><main><img src="scan.png"></main></body></html>\n');
  const summary = summarise(await runVnu([...pages.map((page) => page.file), selfTest]));
  errors = summary.errors;
  writeFileSync('test-results/html-warnings.txt', summary.warnings.length ? `${summary.warnings.join('\n')}\n` : 'No warnings.\n');
});

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(2);
});

test('the checker reports an error it is shown (an image without alt text)', () => {
  expect(errors.get(selfTest)?.join('\n')).toMatch(/img.*alt/i);
});

describe('the Nu HTML Checker finds no error', () => {
  for (const { path, file } of pages) {
    test(`${path} (${file})`, () => {
      expect((errors.get(file) ?? []).join('\n')).toBe('');
    });
  }
});

describe('every page keeps to the CSP: its meta tag, no inline script or style', () => {
  for (const { path, file } of pages) {
    test(`${path} (${file})`, () => {
      expect(checkHtmlPolicy(readFileSync(file, 'utf8'), contentSecurityPolicy).join('\n')).toBe('');
    });
  }
});

describe('no word runs into a link (a line break Astro dropped)', () => {
  for (const { path, file } of pages) {
    test(`${path} (${file})`, () => {
      expect(gluedLinks(readFileSync(file, 'utf8')).join('\n')).toBe('');
    });
  }
});
