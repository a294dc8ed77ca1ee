/**
 * The pages of a build: every HTML file under dist/, as the URL path a browser would request.
 * The trust gates read this list rather than the sitemap, so pages left out of the sitemap
 * (the 404 page, redirects, anything unlisted by mistake) are checked too.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The URL path of one HTML file relative to dist/: "a/b/index.html" -> "/a/b/", "404.html" -> "/404.html". */
export function urlPathOf(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML file under `root`, relative to it and sorted, so reports read the same on every run. */
export function htmlFiles(root = 'dist'): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** Every page of the build as a URL path ("/", "/articles/", "/404.html"...), with its file. */
export function distPages(root = 'dist'): { path: string; file: string }[] {
  return htmlFiles(root).map((file) => ({ path: urlPathOf(file), file: join(root, file) }));
}
