import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, headerContentSecurityPolicy, jsonForScript } from '../../src/lib/security';
import { parseHeaders, startServer } from '../../scripts/serve.ts';

describe('contentSecurityPolicy', () => {
  test('matches the policy in public/_headers, so meta tag and header agree', () => {
    const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
    const csp = rules.flatMap((rule) => rule.headers).find(([name]) => name === 'Content-Security-Policy');
    expect(csp?.[1]).toBe(headerContentSecurityPolicy);
    // The header adds only what a meta tag cannot carry.
    expect(headerContentSecurityPolicy).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy).not.toContain('frame-ancestors');
  });
  test('allows no inline script and no third party', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|https?:/);
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });
});

describe('parseHeaders', () => {
  test('reads patterns and their headers', () => {
    const rules = parseHeaders('/*\n  X-A: 1\n/data/*\n  X-B: two: parts\n');
    expect(rules.map((r) => r.headers)).toEqual([[['X-A', '1']], [['X-B', 'two: parts']]]);
    expect(rules[1]!.pattern.test('/data/coverage.json')).toBe(true);
    expect(rules[1]!.pattern.test('/other')).toBe(false);
  });
});

describe('startServer', () => {
  test('answers 404 without crashing when the folder has no 404 page', async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    const { server, url } = await startServer(root);
    try {
      expect((await fetch(`${url}/`)).status).toBe(200);
      const missing = await fetch(`${url}/nope/`);
      expect([missing.status, await missing.text()]).toEqual([404, 'Not found']);
    } finally {
      server.close();
      rmSync(root, { recursive: true });
    }
  });
});

describe('jsonForScript', () => {
  test('no value can close the script element, and the JSON still reads back the same', () => {
    const data = { text: '</script><script>alert(1)</script><!--', n: 1 };
    const json = jsonForScript(data);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });
});
