/**
 * `npm run check:deploy` inside `npm test`: the test build is a publishing build at a production
 * URL (scripts/test.sh), and no file of dist/ may name a localhost or 127.0.0.1 address.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findLocalUrls } from '../../scripts/check-deploy';

test('dist/ names no localhost or 127.0.0.1 address (build with SITE_URL, e.g. npm run build:publish)', () => {
  const found = findLocalUrls('dist').map((finding) => `${finding.file}: ${finding.count} x ${finding.sample}`);
  expect(found.join('\n')).toBe('');
});

test('citations, feed and sitemap carry the configured public address', () => {
  const home = readFileSync('dist/index.html', 'utf8');
  const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(home)![1]!).origin;
  expect(origin).toMatch(/^https:\/\//);
  expect(readFileSync('dist/rss.xml', 'utf8')).toContain(`<link>${origin}/`);
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).toContain(`<loc>${origin}/`);
  const article = readFileSync('dist/articles/hipaa-de-identification-safe-harbor/index.html', 'utf8');
  expect(article).toContain(`${origin}/articles/hipaa-de-identification-safe-harbor/`);
  expect(article).not.toContain('local preview');
});
