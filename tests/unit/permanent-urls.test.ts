import { describe, expect, test } from 'vitest';
import { compareWithManifest, publishedUrls } from '../../src/lib/published-urls';
import { pageTitle, redirectPageHtml, redirectProblems, redirectsFile } from '../../src/lib/redirects';
import { contentSecurityPolicy } from '../../src/lib/security';
import { redirectsSchema } from '../../src/schemas/redirects';

describe('publishedUrls', () => {
  test('lists pages as directory URLs, plus the feed and open data, and nothing else', () => {
    const files = [
      'index.html',
      'articles/index.html',
      'articles/a/index.html',
      'articles/a/citation.json',
      'data/coverage.json',
      'data/sources.json',
      'rss.xml',
      '404.html',
      '_astro/BaseLayout.css',
      'pagefind/pagefind.js',
      'og/articles/a.png',
      'sitemap-0.xml',
      '_headers',
      '_redirects',
      'favicon.svg',
      'robots.txt',
    ];
    expect(publishedUrls(files)).toEqual(['/', '/articles/', '/articles/a/', '/data/coverage.json', '/data/sources.json', '/rss.xml']);
  });
});

describe('compareWithManifest', () => {
  test('finds a URL that disappeared and one that is new', () => {
    expect(compareWithManifest(['/', '/articles/old/'], ['/', '/articles/new/'])).toEqual({
      missing: ['/articles/old/'],
      added: ['/articles/new/'],
    });
  });
  test('a moved URL whose redirect page stands at the old address is not missing', () => {
    const built = publishedUrls(['index.html', 'articles/new/index.html', 'articles/old/index.html']);
    expect(compareWithManifest(['/', '/articles/old/'], built).missing).toEqual([]);
  });
});

describe('redirectsSchema', () => {
  test('accepts moved pages and an empty list', () => {
    expect(redirectsSchema.parse({ redirects: [{ from: '/articles/old/', to: '/articles/new/' }] }).redirects).toHaveLength(1);
    expect(redirectsSchema.parse({}).redirects).toEqual([]);
  });
  test('rejects paths without the trailing slash or with capitals', () => {
    expect(redirectsSchema.safeParse({ redirects: [{ from: '/articles/old', to: '/articles/new/' }] }).success).toBe(false);
    expect(redirectsSchema.safeParse({ redirects: [{ from: '/Articles/old/', to: '/articles/new/' }] }).success).toBe(false);
  });
  test('rejects a chain, a loop and a duplicate, naming the entry', () => {
    const result = redirectsSchema.safeParse({
      redirects: [
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/c/' },
        { from: '/a/', to: '/c/' },
        { from: '/d/', to: '/d/' },
      ],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['redirects.2.from', '/a/ is listed twice'],
      ['redirects.3.to', '/d/ redirects to itself'],
      ['redirects.0.to', '/b/ itself redirects: point straight at the final page'],
      ['redirects.3.to', '/d/ itself redirects: point straight at the final page'],
    ]);
  });
});

describe('redirectPageHtml', () => {
  const html = redirectPageHtml({
    to: '/articles/new/',
    canonical: 'https://example.org/articles/new/',
    title: 'Does HIPAA cover my X-rays & scans?',
    siteName: 'Who Protects My Scans?',
    csp: contentSecurityPolicy,
    icon: '/favicon.svg',
  });
  test('is a full page in English under the site CSP, with the site icon', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`);
    expect(html).toContain('<title>Moved: Does HIPAA cover my X-rays &amp; scans? | Who Protects My Scans?</title>');
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  });
  test('sends the reader on at once, and shows the link for when it does not', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/new/">');
    expect(html).toContain('<a href="/articles/new/">https://example.org/articles/new/</a>');
  });
  test('tells search engines the new URL is the real one', () => {
    expect(html).toContain('<link rel="canonical" href="https://example.org/articles/new/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
  test('has no inline script or style', () => {
    expect(html).not.toMatch(/<script|<style|style=/);
  });
});

describe('redirectsFile', () => {
  test('writes one permanent redirect a line', () => {
    expect(
      redirectsFile([{ from: '/a/', to: '/b/' }])
        .split('\n')
        .slice(1),
    ).toEqual(['/a/ /b/ 301', '']);
  });
});

describe('redirectProblems', () => {
  const pages = new Set(['/articles/new/', '/articles/live/']);
  test('names a redirect to a page the build does not have', () => {
    expect(redirectProblems([{ from: '/x/', to: '/nowhere/' }], (p) => pages.has(p))).toEqual([
      'content/redirects.yaml: /x/ → /nowhere/, but the build has no page /nowhere/',
    ]);
  });
  test('names a redirect that would overwrite a live page', () => {
    expect(redirectProblems([{ from: '/articles/live/', to: '/articles/new/' }], (p) => pages.has(p))).toHaveLength(1);
  });
  test('accepts a moved page', () => {
    expect(redirectProblems([{ from: '/articles/old/', to: '/articles/new/' }], (p) => pages.has(p))).toEqual([]);
  });
});

describe('pageTitle', () => {
  test('reads a built page title without the site name', () => {
    expect(pageTitle('<title>Glossary | Who Protects My Scans?</title>', 'Who Protects My Scans?')).toBe('Glossary');
    expect(pageTitle('<title>X &amp; Y</title>', 'S')).toBe('X & Y');
  });
});
