/**
 * Astro integration: after the build, write a redirect page at every old URL listed in
 * content/redirects.yaml and a `_redirects` file (see src/lib/redirects.ts). Fails the build when a
 * redirect points nowhere or would overwrite a live page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { redirectsSchema, type Redirect } from '../schemas/redirects';
import { pageTitle, redirectPageHtml, redirectProblems, redirectsFile } from '../lib/redirects';
import { contentSecurityPolicy } from '../lib/security';
import { strings } from '../strings/en';
import { absoluteUrl, withBase } from '../lib/site-url';

export const redirectsPath = 'content/redirects.yaml';

/** The validated redirect entries (none when the file is absent, as in generated corpora); throws naming the file and field on a bad entry. */
export function loadRedirects(file = redirectsPath): Redirect[] {
  if (!existsSync(file)) return [];
  const result = redirectsSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return result.data.redirects;
}

/** Write the redirect pages and `_redirects` into a built site. */
/** Paths in content/redirects.yaml are root-relative; `base` (a sub-path host) is prefixed on output. */
export async function writeRedirects(dist: string, redirects: readonly Redirect[], site: URL, base = '/'): Promise<void> {
  const pageFile = (path: string) => join(dist, path, 'index.html');
  const problems = redirectProblems(redirects, (path) => existsSync(pageFile(path)));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  for (const { from, to } of redirects) {
    const title = pageTitle(readFileSync(pageFile(to), 'utf8'), strings.siteName) ?? strings.siteName;
    const html = redirectPageHtml({
      to: withBase(to, base),
      canonical: absoluteUrl(to, site, base),
      title,
      siteName: strings.siteName,
      csp: contentSecurityPolicy,
      icon: withBase('/favicon.svg', base),
    });
    await mkdir(join(dist, from), { recursive: true });
    await writeFile(pageFile(from), html);
  }
  await writeFile(join(dist, '_redirects'), redirectsFile(redirects.map(({ from, to }) => ({ from: withBase(from, base), to: withBase(to, base) }))));
}

/** `file`: the redirects file of the content folder the site is built from. */
export function redirects({ file = redirectsPath }: { file?: string } = {}): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'who-protects-my-scans:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('redirects: Astro `site` is not set');
        const entries = loadRedirects(file);
        await writeRedirects(fileURLToPath(dir), entries, site, base);
        logger.info(`${entries.length} redirect page(s) and _redirects written`);
      },
    },
  };
}
