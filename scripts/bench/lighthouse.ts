/**
 * Lighthouse's four category scores for a URL, from the lighthouse CLI (a dev dependency) driving
 * Debian's Chromium (CHROME_PATH). Runs as a child process, so the caller's in-process static
 * server keeps answering. Default settings: mobile emulation with simulated throttling.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Scores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

export const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function lighthouse(repo: string, url: string, outFile: string): Promise<Scores> {
  const chromeFlags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ].join(' ');
  const args = [
    join(repo, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outFile}`,
    `--chrome-flags=${chromeFlags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: repo, env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] });
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
