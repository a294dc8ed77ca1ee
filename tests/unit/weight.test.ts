import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compressible, gzipBytes, kindOf, pageScripts, summarise } from '../../scripts/lib/weight.ts';

describe('compressible', () => {
  test('counts text types as gzipped', () => {
    for (const type of ['text/html; charset=utf-8', 'text/css', 'text/javascript', 'application/json', 'image/svg+xml']) {
      expect(compressible(type), type).toBe(true);
    }
  });
  test('counts binary types as served', () => {
    for (const type of ['image/png', 'application/wasm', 'application/octet-stream', 'font/woff2']) {
      expect(compressible(type), type).toBe(false);
    }
  });
});

describe('gzipBytes', () => {
  test('compresses repetitive text below its size and leaves binary alone', () => {
    const text = new TextEncoder().encode('<p>scan</p>'.repeat(200));
    expect(gzipBytes(text, 'text/html')).toBeLessThan(text.length / 10);
    expect(gzipBytes(text, 'image/png')).toBe(text.length);
  });
});

describe('kindOf', () => {
  test('sorts files by content type, with Pagefind index files apart from its scripts', () => {
    expect(kindOf('http://x/', 'text/html')).toBe('html');
    expect(kindOf('http://x/_astro/a.css', 'text/css')).toBe('css');
    expect(kindOf('http://x/_astro/a.js', 'text/javascript')).toBe('js');
    expect(kindOf('http://x/pagefind/pagefind.js', 'text/javascript')).toBe('js');
    expect(kindOf('http://x/pagefind/index/en_1.pf_index', 'application/octet-stream')).toBe('search-index');
    expect(kindOf('http://x/favicon.svg', 'image/svg+xml')).toBe('image');
  });
});

describe('summarise', () => {
  test('adds gzip bytes per kind and in all', () => {
    const totals = summarise([
      { url: '/', kind: 'html', bytes: 10, gzipBytes: 4 },
      { url: '/a.css', kind: 'css', bytes: 10, gzipBytes: 3 },
      { url: '/b.css', kind: 'css', bytes: 10, gzipBytes: 2 },
    ]);
    expect(totals).toMatchObject({ html: 4, css: 5, js: 0, total: 9, requests: 3 });
  });
});

describe('pageScripts', () => {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, '_astro/entry.js'), 'import{a}from"./chunk.js";import"/_astro/side.js";const l=()=>import("./lazy.js");a(l);');
  writeFileSync(join(dist, '_astro/chunk.js'), 'export const a=(x)=>x;');
  writeFileSync(join(dist, '_astro/side.js'), 'console.log(1);');
  writeFileSync(join(dist, '_astro/lazy.js'), 'export default 1;');
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  test('follows static imports but not dynamic import()', () => {
    const scripts = pageScripts(dist, '/letters/', '<script type="module" src="/_astro/entry.js"></script>');
    expect(scripts.files.sort()).toEqual(['/_astro/chunk.js', '/_astro/entry.js', '/_astro/side.js']);
    expect(scripts.inline).toBe(0);
    expect(scripts.gzipBytes).toBeGreaterThan(0);
  });

  test('counts inline scripts but not JSON data blocks', () => {
    const html = '<script>alert(1)</script><script type="application/ld+json">{"a":1}</script>';
    expect(pageScripts(dist, '/', html)).toEqual({ files: [], inline: 1, gzipBytes: 0 });
  });

  test('a page with no script loads nothing', () => {
    expect(pageScripts(dist, '/', '<p>text</p>')).toEqual({ files: [], inline: 0, gzipBytes: 0 });
  });
});
