/**
 * Astro integration: after the build, give every HTML page one quote style (curly) in its text
 * (src/lib/typography.ts). Text from YAML, templates and UI strings reaches pages with the
 * straight quotes it was typed with; MDX prose is already curly. Runs before the base-path rewrite
 * and after the redirect pages are written, so they are covered too.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { curlyQuotesHtml } from '../lib/typography';
import { eachLimited } from '../lib/each-limited';

export function typography(): AstroIntegration {
  return {
    name: 'who-protects-my-scans:typography',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
        let changed = 0;
        await eachLimited(files, 32, async (file) => {
          const html = await readFile(file, 'utf8');
          const curly = curlyQuotesHtml(html);
          if (curly !== html) {
            changed++;
            await writeFile(file, curly);
          }
        });
        logger.info(`curly quotes in ${changed} of ${files.length} HTML files`);
      },
    },
  };
}
