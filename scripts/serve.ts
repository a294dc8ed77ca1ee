/**
 * A small static server for dist/ on 127.0.0.1 that applies public/_headers, so local previews
 * and the browser tests run under the production Content-Security-Policy. Used by `npm run
 * preview` and by tests/e2e/global-setup.ts. (astro preview ignores _headers.)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Parse a Netlify/Cloudflare-style _headers file: a path pattern, then indented "Name: value" lines. */
export function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Start serving `root`; resolves once listening. Port 0 picks a free port. `base` serves the site
 * under a sub-path (a BASE_PATH build, as on a GitHub project page): `/repo/x/` is `root/x/`, and
 * anything outside the base is not found.
 */
export function startServer(root: string, port = 0, basePath = '/'): Promise<{ server: Server; url: string }> {
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (prefix !== '/' && !requested.startsWith(prefix) && `${requested}/` !== prefix) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const pathname = prefix === '/' ? requested : `/${requested.slice(prefix.length)}`;
    for (const rule of rules) {
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${requested}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
      if (!existsSync(file)) {
        // A folder without a 404 page (a test fixture) gets a plain answer rather than a crash.
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    response.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist/index.html')) {
    console.error('No build in dist/: run `npm run build` first (or `npm start`, which builds and serves).');
    process.exit(1);
  }
  const { url } = await startServer('dist', Number(process.env.PORT ?? 4321));
  console.log(`Serving dist/ at ${url}/ (Ctrl+C to stop)`);
}
