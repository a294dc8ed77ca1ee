import { describe, expect, test } from 'vitest';
import { absoluteUrl, isLocalHost, localUrlPattern, publishProblem, rewriteRootRelative, withBase } from '../../src/lib/site-url';

describe('withBase', () => {
  test('prefixes a base path once, and leaves the root base alone', () => {
    expect(withBase('/articles/x/', '/repo/')).toBe('/repo/articles/x/');
    expect(withBase('/repo/articles/x/', '/repo/')).toBe('/repo/articles/x/');
    expect(withBase('/', '/repo/')).toBe('/repo/');
    expect(withBase('/articles/x/', '/')).toBe('/articles/x/');
    expect(withBase('//evil.example/', '/repo/')).toBe('//evil.example/');
    expect(withBase('#top', '/repo/')).toBe('#top');
  });
  test('absoluteUrl joins site and base', () => {
    expect(absoluteUrl('/laws/x/', 'https://owner.github.io', '/repo/')).toBe('https://owner.github.io/repo/laws/x/');
  });
});

describe('local addresses', () => {
  test('are recognised by host and in text', () => {
    expect(isLocalHost('localhost')).toBe(true);
    expect(isLocalHost('127.0.0.1')).toBe(true);
    expect(isLocalHost('example.org')).toBe(false);
    const text = 'see http://localhost:4321/a/ and //127.0.0.1:8080/b and https://example.org/ and localhost-ish.example';
    expect(text.match(localUrlPattern)).toEqual(['http://localhost:4321', '//127.0.0.1:8080']);
  });
});

describe('rewriteRootRelative', () => {
  test('prefixes href, src, action and a meta refresh, never twice, never external', () => {
    const html =
      '<a href="/a/">a</a><img src="/i.png" alt=""><form action="/search/"></form><a href="/repo/b/">b</a>' +
      '<a href="https://x.example/">x</a><a href="#f">f</a><meta http-equiv="refresh" content="0; url=/new/">';
    expect(rewriteRootRelative(html, '/repo/')).toBe(
      '<a href="/repo/a/">a</a><img src="/repo/i.png" alt=""><form action="/repo/search/"></form><a href="/repo/b/">b</a>' +
        '<a href="https://x.example/">x</a><a href="#f">f</a><meta http-equiv="refresh" content="0; url=/repo/new/">',
    );
    expect(rewriteRootRelative(html, '/')).toBe(html);
  });
});

describe('publishProblem', () => {
  test('a publishing build needs a public http(s) SITE_URL; other builds need nothing', () => {
    expect(publishProblem({})).toBeUndefined();
    expect(publishProblem({ SITE_URL: 'http://localhost:4321' })).toBeUndefined();
    expect(publishProblem({ PUBLISH: '1' })).toMatch(/^Refusing to build for publishing: set SITE_URL/);
    expect(publishProblem({ PUBLISH: '1', SITE_URL: ' ' })).toBeDefined();
    expect(publishProblem({ PUBLISH: '1', SITE_URL: 'http://localhost:4321' })).toBeDefined();
    expect(publishProblem({ PUBLISH: '1', SITE_URL: 'http://127.0.0.1:8080/' })).toBeDefined();
    expect(publishProblem({ PUBLISH: '1', SITE_URL: 'example.org' })).toBeDefined();
    expect(publishProblem({ PUBLISH: '1', SITE_URL: 'https://owner.github.io' })).toBeUndefined();
  });
});
