/**
 * The site under a sub-path (a GitHub project page such as https://<owner>.github.io/<repo>/), and
 * article versions. A small publishing build of the valid content fixture (tests/content/fixtures/valid,
 * copied so the two never drift) changed the way an author would: its article gets a material
 * change, with the text before it kept in articles/_versions/, and one URL moves. Built with
 * BASE_PATH and served under that base: the link check finds nothing broken, so every internal
 * link, asset, redirect page and fragment carries the base; `_redirects`, Pagefind and the
 * scripts do too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, type LinkReport } from '../../scripts/check-links';
import { findLocalUrls } from '../../scripts/check-deploy';

const base = '/who-protects-my-scans/';
const site = 'https://owner.example';
const contentRoot = 'test-results/base-site-content';
const root = 'test-results/base-site';
const read = (path: string) => readFileSync(join(root, path), 'utf8');

let report: LinkReport;
/** The valid fixture, with a material change to its article (the old text kept as version 1) and a moved URL. */
function writeContent() {
  rmSync(contentRoot, { recursive: true, force: true });
  cpSync('tests/content/fixtures/valid', contentRoot, { recursive: true });
  const file = join(contentRoot, 'articles/fixture-article.mdx');
  const original = readFileSync(file, 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(original) ?? [];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter)?.[1] ?? '';
  mkdirSync(join(contentRoot, 'articles/_versions/fixture-article'), { recursive: true });
  writeFileSync(
    join(contentRoot, 'articles/_versions/fixture-article/1.mdx'),
    `---\ntitle: ${field('title')}\ndescription: ${field('description')}\npublished: ${field('published')}\nsuperseded: 2026-12-01\n---\n${body}`,
  );
  const change = '  - date: 2026-12-01\n    summary: The heading now says what the section explains.\n    material: true';
  const changed = frontmatter.replace(/^changes:\n(?: {2}.*(?:\n|$))*/m, (list) => `${list.trimEnd()}\n${change}`);
  writeFileSync(file, `---\n${changed.trimEnd()}\n---\n${body.replace('## A heading', '## What the law says about scans')}`);
  writeFileSync(join(contentRoot, 'redirects.yaml'), 'redirects:\n  - from: /articles/old-fixture/\n    to: /articles/fixture-article/\n');
}

beforeAll(async () => {
  writeContent();
  rmSync(root, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: contentRoot, BASE_PATH: base, SITE_URL: site, PUBLISH: '1', SHARE_IMAGES: '0', ASTRO_TELEMETRY_DISABLED: '1' };
  const build = spawnSync('node_modules/.bin/astro', ['build', '--outDir', root], { env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`base-path build failed:\n${build.stdout}\n${build.stderr}`);
  const pagefind = spawnSync('node_modules/.bin/pagefind', ['--site', root], { encoding: 'utf8' });
  if (pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.stdout}\n${pagefind.stderr}`);
  report = await checkLinks({ root, contentRoot, base, reportFile: '' });
}, 600_000);

describe('a build under a base path', () => {
  test('has no broken internal link or fragment when served under the base', () => {
    expect(report.pages).toBeGreaterThan(15);
    expect(report.checked).toBeGreaterThan(report.pages);
    expect(report.broken.join('\n')).toBe('');
  });

  test('puts the base on every root-relative link, and no local address anywhere', () => {
    const unprefixed = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .flatMap((entry) => {
        const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
        return [...html.matchAll(/\s(?:href|src|action)="(\/(?!\/)[^"]*)"/g)]
          .map((match) => match[1]!)
          .filter((url) => !url.startsWith(base))
          .map((url) => `${join(entry.parentPath, entry.name)}: ${url}`);
      });
    expect(unprefixed).toEqual([]);
    expect(findLocalUrls(root)).toEqual([]);
  });

  test('redirect page, _redirects, sitemap, feed and citations carry the base', () => {
    expect(read('_redirects')).toContain(`${base}articles/old-fixture/ ${base}articles/fixture-article/ 301`);
    expect(read('articles/old-fixture/index.html')).toContain(`url=${base}articles/fixture-article/`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${site}${base}articles/fixture-article/</loc>`);
    expect(read('rss.xml')).toContain(`<link>${site}${base}articles/fixture-article/</link>`);
    expect(read('articles/fixture-article/index.html')).toMatch(new RegExp(`id="cite-apa">[^\n]*${site}${base}articles/fixture-article/<`));
    // The builder composes with the address the reader is on; any absolute address it is given carries the base.
    for (const page of ['letters/index.html', 'letters/fixture-letter/index.html']) {
      const absolute = [...read(page).matchAll(new RegExp(`${site.replace(/[.]/g, '\\.')}[^"'<\\s]*`, 'g'))].map((match) => match[0]);
      expect(absolute.length, page).toBeGreaterThan(0);
      expect(
        absolute.filter((url) => !url.startsWith(`${site}${base}`)),
        page,
      ).toEqual([]);
    }
  });

  test('search loads Pagefind from under the base and lists results under it', () => {
    expect(existsSync(join(root, 'pagefind/pagefind.js'))).toBe(true);
    const scripts = readdirSync(join(root, '_astro')).filter((name) => name.endsWith('.js'));
    const search = scripts.map((name) => read(`_astro/${name}`)).find((code) => code.includes('pagefind/pagefind.js'));
    expect(search).toContain(`${base}pagefind/pagefind.js`);
    expect(search).toContain('baseUrl');
  });
});

describe('a versioned article (fixture: one material change)', () => {
  const current = () => read('articles/fixture-article/index.html');
  const version = () => read('articles/fixture-article/v/1/index.html');

  test('the current page lists its earlier version', () => {
    expect(current()).toContain(`<a href="${base}articles/fixture-article/v/1/">Version 1</a>`);
    expect(current()).toContain('The heading now says what the section explains.');
    expect(current()).toContain('What the law says about scans');
  });

  test('the earlier text stays readable at /articles/<id>/v/<n>/, marked superseded, linking to the current page', () => {
    const html = version();
    expect(html).toContain('Superseded.');
    expect(html).toContain(`<a href="${base}articles/fixture-article/">Read the current version.</a>`);
    expect(html).toContain('<h2 id="a-heading">A heading</h2>');
    expect(html).not.toContain('What the law says about scans');
  });

  test('the version is out of search and the sitemap, and cites itself', () => {
    expect(version()).not.toContain('data-pagefind-body');
    expect(read('sitemap-0.xml')).not.toContain('/v/1/');
    expect(version()).toContain('Cite this version');
    expect(version()).toContain(`${site}${base}articles/fixture-article/v/1/`);
    expect(version()).toContain('A Fixture Article (Version 1)');
  });
});
