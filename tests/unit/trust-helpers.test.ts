import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distPages, urlPathOf } from '../../scripts/lib/dist-pages';
import { classifyLinks, formatReport, isLegalText } from '../../scripts/lib/external-links';
import { summarise } from '../../scripts/lib/vnu';
import { formatViolations } from '../e2e/axe';

describe('urlPathOf', () => {
  test('maps index.html files to their directory URL and keeps other files as they are', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('articles/a/index.html')).toBe('/articles/a/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});

describe('distPages', () => {
  test('lists every HTML file under the folder, sorted', () => {
    const root = mkdtempSync(join(tmpdir(), 'dist-'));
    mkdirSync(join(root, 'b'));
    for (const file of ['index.html', 'b/index.html', '404.html', 'b/data.json']) writeFileSync(join(root, file), '');
    expect(distPages(root).map((page) => page.path)).toEqual(['/404.html', '/b/', '/']);
    rmSync(root, { recursive: true });
  });
});

describe('isLegalText', () => {
  const legal = { urls: new Set(['https://law.example/act']), prefixes: ['https://law.example/section-'] };
  test('matches a legal URL with or without a fragment, and pinpoints under a template prefix', () => {
    expect(isLegalText('https://law.example/act#s1', legal)).toBe(true);
    expect(isLegalText('https://law.example/section-12#p-12(a)', legal)).toBe(true);
    expect(isLegalText('https://law.example/news', legal)).toBe(false);
  });
});

describe('classifyLinks and formatReport', () => {
  test('group links by host and mark legal texts on unofficial hosts', () => {
    const legal = { urls: new Set(['https://mirror.example/act']), prefixes: [] };
    const links = classifyLinks(
      [
        { url: 'https://mirror.example/act', pages: ['/a/'] },
        { url: 'https://b.example/x', pages: ['/a/', '/b/', '/c/', '/d/'] },
      ],
      legal,
      ['www.ecfr.gov'],
    );
    expect(links.map((link) => [link.host, link.legal, link.official])).toEqual([
      ['b.example', false, false],
      ['mirror.example', true, false],
    ]);
    const report = formatReport(links);
    expect(report).toContain('# 2 links to 2 hosts, from 4 pages.');
    expect(report).toContain('[other] https://b.example/x  <- /a/ /b/ /c/ and 1 more');
    expect(report).toContain('[legal, NOT OFFICIAL] https://mirror.example/act  <- /a/');
  });
});

describe('summarise (Nu HTML Checker output)', () => {
  test('keeps errors per file, reports warnings, and drops the file: URL CSP warning', () => {
    const file = `file://${process.cwd()}/dist/a/index.html`;
    const { errors, warnings } = summarise([
      { type: 'error', url: file, message: 'Stray end tag “div”.', lastLine: 3, firstColumn: 7, extract: '</div>' },
      { type: 'info', subType: 'warning', url: file, message: 'Resource violates Content Security Policy (meta tag): external stylesheet' },
      { type: 'info', subType: 'warning', url: file, message: 'Consider adding a “lang” attribute.' },
    ]);
    expect([...errors]).toEqual([['dist/a/index.html', ['dist/a/index.html:3:7: Stray end tag “div”.\n    </div>']]]);
    expect(warnings).toEqual(['dist/a/index.html: Consider adding a “lang” attribute.']);
  });
});

describe('formatViolations (axe)', () => {
  test('names the page, the rule, its impact and each failing element', () => {
    const text = formatViolations('/a/ (dark)', [
      {
        id: 'color-contrast',
        impact: 'serious',
        help: 'Elements must meet minimum color contrast ratio thresholds',
        helpUrl: 'https://dequeuniversity.com/rules/axe/4.11/color-contrast',
        nodes: [{ target: ['.meta'], failureSummary: 'Fix any of the following:\n  Element has insufficient color contrast of 3.1' }],
      },
    ]);
    expect(text).toBe(
      '/a/ (dark): color-contrast (serious): Elements must meet minimum color contrast ratio thresholds\n' +
        '    at .meta\n      Fix any of the following:\n      Element has insufficient color contrast of 3.1',
    );
  });
});
