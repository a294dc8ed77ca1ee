/**
 * Permanent URLs. tests/fixtures/published-urls.json lists every URL the site has published
 * (`npm run urls:update` writes it from dist/); a URL may leave the build only by moving, with a
 * redirect entry whose page then stands at the old URL. Pure and import-free: scripts/ and tests
 * use it with plain Node.
 */

/** Files that are not addresses readers keep: build assets, search index, host config, images. */
const ignored = [/^_astro\//, /^pagefind\//, /^og\//, /^_headers$/, /^_redirects$/, /^404\.html$/, /^sitemap-.*\.xml$/, /^favicon\./, /^robots\.txt$/];

/**
 * The published URLs among the files of a build (paths relative to dist/, "/"-separated): each
 * page's directory URL, plus the feed and the open-data files. A page's CSL-JSON download
 * (…/citation.json) is left out: it follows its page.
 */
export function publishedUrls(files: readonly string[]): string[] {
  const urls = files.flatMap((file) => {
    if (ignored.some((pattern) => pattern.test(file))) return [];
    if (file === 'index.html') return ['/'];
    if (file.endsWith('/index.html')) return [`/${file.slice(0, -'index.html'.length)}`];
    if (file === 'rss.xml' || file.startsWith('data/')) return [`/${file}`];
    return [];
  });
  return [...new Set(urls)].sort();
}

/** URLs of the manifest the build no longer has (`missing`), and new ones it does not list yet (`added`). */
export function compareWithManifest(manifest: readonly string[], current: readonly string[]): { missing: string[]; added: string[] } {
  const now = new Set(current);
  const before = new Set(manifest);
  return {
    missing: manifest.filter((url) => !now.has(url)),
    added: current.filter((url) => !before.has(url)),
  };
}
