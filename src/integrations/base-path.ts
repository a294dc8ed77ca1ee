/**
 * Astro integration: when the site is built under a base path (BASE_PATH, e.g. a GitHub project
 * page), prefix it on every root-relative link, asset and form action of every HTML file after the
 * build (src/lib/site-url.ts). Astro prefixes only its own assets; pages and components write
 * `/articles/...` and stay readable. Runs after the redirects integration, so redirect pages are
 * covered too. Does nothing without a base path.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewriteRootRelative } from '../lib/site-url';
import { eachLimited } from '../lib/each-limited';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function basePath(): AstroIntegration {
  let base = '/';
  return {
    name: 'who-protects-my-scans:base-path',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (base === '/') return;
        const files = await htmlFiles(fileURLToPath(dir));
        await eachLimited(files, 32, async (file) => {
          const html = await readFile(file, 'utf8');
          const rewritten = rewriteRootRelative(html, base);
          if (rewritten !== html) await writeFile(file, rewritten);
        });
        logger.info(`base path ${base} applied to ${files.length} HTML files`);
      },
    },
  };
}
