// The local server (npm start, npm run preview, the browser tests) against malformed and hostile
// requests. Each request of the red-team review that crashed the old hand-written server, read a
// sibling folder or redirected off the origin is replayed here over a raw socket, and the server must
// answer it plainly and keep serving.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requestPath, startServer } from '../../scripts/serve.ts';
import { requiredHeaders } from '../../src/lib/security';

let parent: string;
let server: Server;
let url: string;
let port: number;

/** Send raw bytes and return the status code of the answer (0 if the socket closed without one). */
function raw(request: string): Promise<{ status: number; head: string }> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.setTimeout(5000, () => {
      socket.destroy();
      fail(new Error(`no answer to ${JSON.stringify(request)}`));
    });
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('error', () => done({ status: 0, head: data }));
    socket.on('close', () => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(data);
      done({ status: match ? Number(match[1]) : 0, head: data.split('\r\n\r\n')[0] ?? '' });
    });
  });
}
const get = (target: string, host = `127.0.0.1:${port}`) => raw(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'serve-hostile-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'letters'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, 'letters', 'index.html'), '<!doctype html><title>letters</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(dist, '_headers'), readFileSync('public/_headers'));
  mkdirSync(join(parent, 'dist-secret'));
  writeFileSync(join(parent, 'dist-secret', 'secret.txt'), 'TOP SECRET sibling file');
  ({ server, url } = await startServer(dist));
  port = Number(new URL(url).port);
});
afterAll(() => {
  server?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('the local server under hostile requests', () => {
  const crashers = ['/%', '/a%ZZ', '/%E0%A4%A', '/%C0%AE', '//', 'http://[', 'http://a:99999/', '/x%0d%0aSet-Cookie:%20a=b%2f..%2fletters'];
  test.each(crashers)('answers %s with 400 and stays up', async (target) => {
    const answer = await get(target);
    expect(answer.status).toBe(400);
    expect(answer.head).not.toMatch(/set-cookie/i);
    expect((await get('/')).status).toBe(200);
  });

  test('answers a request line that is not HTTP at all, and stays up', async () => {
    expect((await raw('NONSENSE\r\n\r\n')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  test('does not serve a sibling folder whose name starts with the root folder name', async () => {
    for (const target of ['/..%2fdist-secret%2fsecret.txt', '/../dist-secret/secret.txt', '/%2e%2e/dist-secret/secret.txt', '/..%5cdist-secret%5csecret.txt']) {
      const answer = await fetch(`${url}${target}`);
      expect(await answer.text()).not.toContain('TOP SECRET');
    }
    expect((await get('/..%2fdist-secret%2fsecret.txt')).head).not.toContain('200 OK');
  });

  test('never redirects off the origin', async () => {
    for (const target of ['/%2Fevil.example%2F..%2Fletters', '/%5C%5Cevil.example%2F..%2Fletters', '/letters', '//evil.example/letters']) {
      const answer = await get(target);
      const location = /\r\nlocation: *([^\r\n]*)/i.exec(answer.head)?.[1];
      if (location !== undefined) expect(location).toMatch(/^\/(?![/\\])/);
      expect(answer.status).not.toBe(0);
    }
  });

  test('refuses a request for another host name (DNS rebinding)', async () => {
    expect((await get('/', 'evil.example')).status).toBe(400);
    expect((await get('/', `localhost:${port}`)).status).toBe(200);
  });

  test('serves pages, a folder without its trailing slash, and the 404 page with status 404', async () => {
    expect((await fetch(`${url}/letters/`)).status).toBe(200);
    expect(await (await fetch(`${url}/letters`)).text()).toContain('letters');
    const missing = await fetch(`${url}/index.html%00.txt`);
    expect(missing.status).toBeGreaterThanOrEqual(400);
    const notFound = await fetch(`${url}/nope/`);
    expect([notFound.status, await notFound.text()]).toEqual([404, '<!doctype html><title>not found</title>']);
  });

  test('answers other methods with 405', async () => {
    expect((await fetch(`${url}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('security headers, as the server sends them from public/_headers', () => {
  test.each(['/', '/letters/', '/nope/'])('%s carries every required header', async (path) => {
    const answer = await fetch(`${url}${path}`);
    for (const [name, expected] of Object.entries(requiredHeaders)) {
      const value = answer.headers.get(name);
      expect(value, name).not.toBeNull();
      if (typeof expected === 'string') expect(value, name).toBe(expected);
      else expect(value, name).toMatch(expected);
    }
  });
});

describe('requestPath', () => {
  test('accepts origin-form paths and rejects what no browser sends', () => {
    expect(requestPath('/a%20b/?q=1')).toBe('/a b/');
    for (const bad of [undefined, '', '*', '//x', 'http://x/', '/%', '/a%0d%0ab', '/a%00', '/%5c%5cevil']) expect(requestPath(bad)).toBeUndefined();
  });
});
