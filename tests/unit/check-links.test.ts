/**
 * The link checker on a tiny built site made here: broken links, missing fragments and legal
 * texts on unofficial hosts are found; nothing is fetched from outside this machine.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, legalTextUrls, type LinkReport } from '../../scripts/check-links';

let root: string;
let report: LinkReport;

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title><link rel="canonical" href="https://example.org/"></head><body>${body}</body></html>`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'links-'));
  write(
    'dist/index.html',
    page(`<a href="#top-section">ok</a><a href="#nowhere">bad fragment</a><h2 id="top-section">T</h2>
      <a href="/a/#here">ok</a><a href="/a/#gone">bad fragment elsewhere</a><a href="/missing/">404</a>
      <a href="https://example.org/a/">canonical origin, checked locally</a>
      <a href="https://www.ecfr.gov/current/title-45/section-164.514#p-164.514(b)">official pin</a>
      <a href="https://www.law.example.edu/cfr/45/164.514">unofficial copy</a>
      <a href="https://news.example.com/story">a news story</a><a href="mailto:someone@example.org">mail</a>`),
  );
  write('dist/a/index.html', page('<p id="here">Here</p><a href="/">home</a>'));
  write('dist/orphan.html', page('<a href="/also-missing/">not linked from anywhere</a>'));
  write('dist/404.html', page('<p>Not found</p>'));
  write(
    'content/sources/ecfr.yaml',
    'type: regulation\nurl: https://www.ecfr.gov/current/title-45/part-164\npinUrl: "https://www.ecfr.gov/current/title-45/section-{section}#p-{pin}"\n',
  );
  write('content/sources/copy.yaml', 'type: legislation\nurl: https://www.law.example.edu/cfr/45/164.514\n');
  write('content/sources/news.yaml', 'type: article-newspaper\nurl: https://news.example.com/story\n');
  report = await checkLinks({ root: join(root, 'dist'), contentRoot: join(root, 'content'), reportFile: join(root, 'report.txt') });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checkLinks', () => {
  test('checks every HTML file, including pages nothing links to', () => {
    expect(report.pages).toBe(4);
    expect(report.broken.some((line) => line.startsWith('/also-missing/: HTTP 404, linked from /orphan.html'))).toBe(true);
  });

  test('reports missing pages and missing fragments, each with the pages that link to it', () => {
    expect(report.broken).toEqual([
      '/#nowhere: no element with id "nowhere", linked from /',
      '/a/#gone: no element with id "gone", linked from /',
      '/also-missing/: HTTP 404, linked from /orphan.html',
      '/missing/: HTTP 404, linked from /',
    ]);
  });

  test('checks links to the production origin against the build instead of fetching them', () => {
    expect(report.external.map((link) => link.url)).not.toContain('https://example.org/a/');
  });

  test('lists external links without fetching them, and flags a legal text on an unofficial host', () => {
    expect(report.external.map((link) => [link.url, link.legal, link.official])).toEqual([
      ['mailto:someone@example.org', false, false],
      ['https://news.example.com/story', false, false],
      ['https://www.ecfr.gov/current/title-45/section-164.514#p-164.514(b)', true, true],
      ['https://www.law.example.edu/cfr/45/164.514', true, false],
    ]);
    expect(report.unofficial).toHaveLength(1);
    expect(report.unofficial[0]).toMatch(/www\.law\.example\.edu.*not an official host/);
  });

  test('writes the report file', () => {
    const text = readFileSync(join(root, 'report.txt'), 'utf8');
    expect(text).toContain('[legal, NOT OFFICIAL] https://www.law.example.edu/cfr/45/164.514  <- /');
    expect(text).toContain('[legal, official] https://www.ecfr.gov/current/title-45/section-164.514#p-164.514(b)  <- /');
  });
});

describe('legalTextUrls', () => {
  test('takes URLs and pinUrl prefixes of legislation, regulation and bill sources only', () => {
    const legal = legalTextUrls(join(root, 'content'));
    expect([...legal.urls].sort()).toEqual(['https://www.ecfr.gov/current/title-45/part-164', 'https://www.law.example.edu/cfr/45/164.514']);
    expect(legal.prefixes).toEqual(['https://www.ecfr.gov/current/title-45/section-']);
  });
});
