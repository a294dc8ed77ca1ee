/**
 * The local static server for dist/ (`npm run preview`, `npm start`, the browser tests). Files are
 * served by sirv, the static file middleware Vite's own preview uses; this file only adds what a
 * production host adds: the headers in dist/_headers, the site's 404 page, and a refusal of requests
 * that no real browser sends. astro preview ignores _headers, so it would not test the CSP.
 *
 * sirv builds its list of files when the server starts and serves only those, so no request path
 * (encoded dots, a sibling folder whose name starts with "dist", a NUL byte) can reach a file
 * outside the folder; malformed percent-encoding and odd request targets get 400, never a crash.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parse a Netlify/Cloudflare-style _headers file: a path pattern, then indented "Name: value" lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The path a request asks for, or undefined when no browser would send it: not origin-form
 * ("/..."), a protocol-relative "//", malformed percent-encoding, or control characters once decoded.
 */
export function requestPath(target: string | undefined): string | undefined {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return undefined;
  const raw = target.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return undefined;
  return decoded;
}

/**
 * Start serving `root` on 127.0.0.1; resolves once listening. Port 0 picks a free port. `basePath`
 * serves the site under a sub-path (a BASE_PATH build, as on a GitHub project page): `/repo/x/` is
 * `root/x/`, and anything outside the base is not found.
 */
export function startServer(root: string, port = 0, basePath = '/'): Promise<{ server: Server; url: string }> {
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFoundPage = join(base, '404.html');
  const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : undefined;
  const files = sirv(base, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
  let allowedHosts: Set<string> = new Set();

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    let pathname = requestPath(request.url);
    // A request for another host name (DNS rebinding) or with a target no browser sends is refused.
    if (pathname === undefined || !allowedHosts.has(request.headers.host ?? '')) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    if (prefix !== '/') {
      if (`${pathname}/` === prefix) {
        response.writeHead(301, { Location: prefix }).end();
        return;
      }
      if (!pathname.startsWith(prefix) || !request.url!.startsWith(prefix)) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      // The files live at the root of `root`: strip the base before sirv looks them up.
      pathname = `/${pathname.slice(prefix.length)}`;
      request.url = `/${request.url!.slice(prefix.length)}`;
    }
    for (const rule of rules) {
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    files(request, response, () => {
      if (notFound) {
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(request.method === 'HEAD' ? undefined : notFound);
      } else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    });
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Server error');
    }
  });
  // A malformed request line is answered, not thrown (Node's default is to close the socket).
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      allowedHosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
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
