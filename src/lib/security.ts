/**
 * The site's Content-Security-Policy, one string for the meta tag on every page and the
 * `_headers` file (a unit test keeps them equal). No third party, no inline script or style;
 * 'wasm-unsafe-eval' only because Pagefind's search runs as WebAssembly.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The same policy as an HTTP header, plus what only a header can carry: `frame-ancestors` (a meta
 * tag cannot stop framing, so a host that ignores _headers loses clickjacking protection).
 */
export const headerContentSecurityPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;

/**
 * Every header public/_headers must send for every page (a unit test reads the file through the
 * local server). HSTS is not here: it belongs on the HTTPS host, set by the deploy (README).
 */
export const requiredHeaders: Record<string, string | RegExp> = {
  'content-security-policy': headerContentSecurityPolicy,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': /^(?=.*camera=\(\))(?=.*microphone=\(\))(?=.*geolocation=\(\))(?=.*payment=\(\))(?=.*usb=\(\))(?=.*browsing-topics=\(\))/,
};

/**
 * JSON for a `<script type="application/json">` element (data the islands read): `<` is written
 * as `\u003c`, so no value can close the script element ("</script>") or open a comment.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
