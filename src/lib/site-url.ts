/**
 * Addresses of this site's pages, with Astro's `base` (a sub-path host such as
 * https://<owner>.github.io/<repo>/) and `site` (the production origin). Pure: callers pass both.
 */

/** `/articles/x/` under base `/repo/` → `/repo/articles/x/`; a path already under base is kept. */
export function withBase(path: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (root === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path.startsWith(root) || `${path}/` === root) return path;
  return root + path.slice(1);
}

/** Absolute URL of a root-relative path of this site. */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** Hosts that only the machine itself can reach: a page naming them is a local preview. */
const localHosts = /^(localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

export const isLocalHost = (hostname: string) => localHosts.test(hostname);

/** Any http(s) or protocol-relative URL on a local host, as it appears in text. */
export const localUrlPattern = /(?:https?:)?\/\/(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])(?::\d+)?(?![\w.-])/gi;

/**
 * Prefix `base` on every root-relative URL in the attributes that hold one (href, src, action,
 * and a meta refresh's `url=`), so pages written without thinking of a base path work under one.
 * Protocol-relative (`//host`) and already prefixed URLs are left alone.
 */
export function rewriteRootRelative(html: string, base: string): string {
  if (base === '/' || base === '') return html;
  return html
    .replace(/(\s(?:href|src|action)=)(["'])(\/[^"']*)\2/gi, (_m, attr: string, quote: string, url: string) => `${attr}${quote}${withBase(url, base)}${quote}`)
    .replace(/(content=["']\d+;\s*url=)(\/[^"']*)/gi, (_m, head: string, url: string) => head + withBase(url, base));
}

/**
 * Why a build meant for publishing (PUBLISH=1) must not run, or undefined when it may: without a
 * public SITE_URL every citation, letter, feed and canonical link would name a local address.
 */
export function publishProblem(env: { PUBLISH?: string | undefined; SITE_URL?: string | undefined }): string | undefined {
  if (env.PUBLISH !== '1' && env.PUBLISH !== 'true') return undefined;
  const url = env.SITE_URL?.trim();
  let parsed: URL | undefined;
  try {
    parsed = url ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || isLocalHost(parsed.hostname)) {
    return 'Refusing to build for publishing: set SITE_URL to the public address, e.g. SITE_URL=https://example.org npm run build:publish';
  }
  return undefined;
}
