/**
 * Lighthouse's four category scores for a URL, from the lighthouse CLI driving Debian's Chromium
 * (CHROME_PATH). Runs as a child process, so the caller's in-process static server keeps answering.
 * Default settings: mobile emulation with simulated throttling.
 *
 * Lighthouse (about 110 packages) is not a dependency of the site: it is pinned in
 * scripts/bench/tools/package.json and its own lockfile, and installed there by
 * `installLighthouse()` the first time the bench needs it, so `npm ci` and `npm test` never pay for it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumFlags, chromiumPath } from '../lib/chromium.ts';

/** The bench's own tools folder (package.json and lockfile with Lighthouse). */
export const toolsDir = join(import.meta.dirname, 'tools');
const cli = join(toolsDir, 'node_modules/lighthouse/cli/index.js');

/** Install the pinned Lighthouse into scripts/bench/tools/ unless it is there; returns its CLI. */
export function installLighthouse(): string {
  if (existsSync(cli)) return cli;
  console.log('bench: installing Lighthouse into scripts/bench/tools/ (npm ci, first run only)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', toolsDir], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(cli)) throw new Error(`npm ci in ${toolsDir} failed; run it by hand or pass --no-lighthouse`);
  return cli;
}

export interface Scores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

export function lighthouse(repo: string, url: string, outFile: string): Promise<Scores> {
  const lighthouseCli = installLighthouse();
  const chromeFlags = ['--headless=new', ...chromiumFlags].join(' ');
  const args = [
    lighthouseCli,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outFile}`,
    `--chrome-flags=${chromeFlags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: repo, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`lighthouse ${url} exited ${code}: ${errors.slice(-500)}`));
      const report = JSON.parse(readFileSync(outFile, 'utf8')) as { categories: Record<string, { score: number | null }> };
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      done({ performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
    });
  });
}
