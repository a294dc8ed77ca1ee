/**
 * Issue 17: a build without a site URL wrote localhost:4321 into 1,415 places. A publishing build
 * (PUBLISH=1, `npm run build:publish`) now stops before building, with one line, when SITE_URL is
 * missing; check:deploy (tests/postbuild/deploy.test.ts) fails on any local address in dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findLocalUrls } from '../../scripts/check-deploy';

describe('a publishing build', () => {
  test('refuses to run without SITE_URL, in one line, before writing anything', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'publish-'));
    const env: NodeJS.ProcessEnv = { ...process.env, PUBLISH: '1', ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.SITE_URL;
    const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', outDir], { env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Refusing to build for publishing: set SITE_URL to the public address, e.g. SITE_URL=https://example.org npm run build:publish',
    );
    expect(findLocalUrls(outDir)).toEqual([]);
    rmSync(outDir, { recursive: true, force: true });
  }, 90_000);
});

describe('check:deploy', () => {
  test('names each file with a localhost or 127.0.0.1 URL, and skips binary files', () => {
    const root = mkdtempSync(join(tmpdir(), 'deploy-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'index.html'), '<a href="http://localhost:4321/x/">x</a> http://localhost:4321/y/');
    writeFileSync(join(root, 'feed.xml'), '<link>http://127.0.0.1:4321/</link>');
    writeFileSync(join(root, 'ok.html'), '<a href="https://example.org/">ok</a> localhost is a word');
    writeFileSync(join(root, 'i.png'), 'http://localhost/');
    expect(findLocalUrls(root)).toEqual([
      { file: 'a/index.html', count: 2, sample: 'http://localhost:4321' },
      { file: 'feed.xml', count: 1, sample: 'http://127.0.0.1:4321' },
    ]);
    rmSync(root, { recursive: true, force: true });
  });
});
