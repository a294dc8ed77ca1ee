/**
 * npm run urls:update: record the URLs of the last build (dist/) in tests/fixtures/published-urls.json.
 * New URLs are added. A recorded URL that the build no longer has is never dropped: the script
 * stops and names it, so that a moved page gets a redirect entry (content/redirects.yaml), whose
 * redirect page then keeps the old URL alive.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compareWithManifest, publishedUrls } from '../src/lib/published-urls.ts';

export const manifestPath = 'tests/fixtures/published-urls.json';

/** Every file under dist/, relative and "/"-separated. */
export function distFiles(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dist.length + 1).replaceAll('\\', '/'));
}

if (import.meta.main) {
  if (!existsSync('dist/index.html')) {
    console.error('No build in dist/: run `npm run build` first.');
    process.exit(1);
  }
  const current = publishedUrls(distFiles());
  const manifest: string[] = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : [];
  const { missing, added } = compareWithManifest(manifest, current);
  if (missing.length > 0) {
    console.error(`These published URLs are gone from the build:\n${missing.map((url) => `  ${url}`).join('\n')}`);
    console.error('Add a redirect for each to content/redirects.yaml (from: the old URL, to: its new page), rebuild, and run this again.');
    process.exit(1);
  }
  writeFileSync(manifestPath, `${JSON.stringify(current, null, 2)}\n`);
  console.log(`${manifestPath}: ${current.length} URLs (${added.length} new).`);
}
