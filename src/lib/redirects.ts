/**
 * Moved pages that keep working on any static host: for every entry of content/redirects.yaml the
 * build writes our own small page at the old URL (valid HTML, lang, the site's CSP, an immediate
 * meta refresh plus a visible link, canonical to the new URL, noindex), and one `_redirects` line
 * for hosts that read that file (Netlify, Cloudflare Pages) and answer with a real 301.
 */
import type { Redirect } from '../schemas/redirects';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export interface RedirectPage {
  /** New path, e.g. "/articles/new-id/". */
  to: string;
  /** The new page's absolute URL (from Astro's `site`). */
  canonical: string;
  /** The new page's title, so the notice can name it. */
  title: string;
  siteName: string;
  csp: string;
  /** The site's icon, so the tab shows it and the browser does not ask for a /favicon.ico the site lacks. */
  icon: string;
}

/** The HTML of one redirect page. */
export function redirectPageHtml(page: RedirectPage): string {
  const to = escapeHtml(page.to);
  const canonical = escapeHtml(page.canonical);
  const title = escapeHtml(page.title);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(page.csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta http-equiv="refresh" content="0; url=${to}">
    <title>Moved: ${title} | ${escapeHtml(page.siteName)}</title>
    <link rel="canonical" href="${canonical}">
    <link rel="icon" href="${escapeHtml(page.icon)}" type="image/svg+xml">
  </head>
  <body>
    <main>
      <h1>This page has moved</h1>
      <p>“${title}” is now at <a href="${to}">${canonical}</a>. Please update your links and citations.</p>
    </main>
  </body>
</html>
`;
}

/** The `_redirects` file: one permanent redirect per line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const header = '# Moved pages (generated from content/redirects.yaml). Each old URL also has a redirect page.\n';
  return header + redirects.map(({ from, to }) => `${from} ${to} 301\n`).join('');
}

/**
 * Problems that must fail the build: a redirect whose target is not a page of this build, or
 * whose old URL is still a page (the redirect page would overwrite it).
 */
export function redirectProblems(redirects: readonly Redirect[], isPage: (path: string) => boolean): string[] {
  return redirects.flatMap(({ from, to }) => [
    ...(isPage(to) ? [] : [`content/redirects.yaml: ${from} → ${to}, but the build has no page ${to}`]),
    ...(isPage(from) ? [`content/redirects.yaml: ${from} is still a page of the site; remove the redirect or the page`] : []),
  ]);
}

/** The text of a built page's <title>, without the site name. */
export function pageTitle(html: string, siteName: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/
    .exec(html)?.[1]
    ?.replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'");
  return title?.replace(` | ${siteName}`, '');
}
