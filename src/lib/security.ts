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
