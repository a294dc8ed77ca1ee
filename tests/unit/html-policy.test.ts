import { describe, expect, test } from 'vitest';
import { checkHtmlPolicy } from '../../scripts/lib/html-policy';

const policy = "default-src 'self'";
const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${policy}">${head}</head><body>${body}</body></html>`;

describe('checkHtmlPolicy', () => {
  test('accepts a page with the policy, external scripts and a JSON data block', () => {
    const html = page('<script type="module" src="/_astro/a.js"></script>', '<script type="application/json">{"a":1}</script><p class="x">Hi</p>');
    expect(checkHtmlPolicy(html, policy)).toEqual([]);
  });

  test('reports a missing CSP meta tag', () => {
    expect(checkHtmlPolicy('<!doctype html><html><head></head><body></body></html>', policy)).toEqual([
      'no <meta http-equiv="Content-Security-Policy"> in <head>',
    ]);
  });

  test('reports a CSP meta tag that differs from the policy', () => {
    const html = page('').replace(policy, 'default-src *');
    expect(checkHtmlPolicy(html, policy)).toEqual([`<meta> (line 1): CSP meta tag is "default-src *", expected "${policy}" (src/lib/security.ts)`]);
  });

  test('reports an inline script, naming the element and line', () => {
    expect(checkHtmlPolicy(page('', '\n<script id="x">alert(1)</script>'), policy)).toEqual([
      '<script#x> (line 2): inline script (move it to a file loaded with src; the CSP blocks inline scripts)',
    ]);
  });

  test('reports a script from another origin', () => {
    expect(checkHtmlPolicy(page('<script src="https://cdn.example/x.js"></script>'), policy)[0]).toMatch(/another origin/);
  });

  test('reports style attributes and <style> elements, inside SVG too', () => {
    const problems = checkHtmlPolicy(page('<style>p{}</style>', '<p style="color:red">x</p><svg><style>a{}</style></svg>'), policy);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/<style> element/);
    expect(problems[1]).toMatch(/style attribute "color:red"/);
    expect(problems[2]).toMatch(/<style> element/);
  });

  test('reports inline event handlers and javascript: URLs', () => {
    const problems = checkHtmlPolicy(page('', '<button onclick="x()">b</button><a href="javascript:void(0)">a</a>'), policy);
    expect(problems).toEqual(['<button> (line 1): inline event handler onclick (use an island script)', '<a> (line 1): javascript: URL in href']);
  });

  test('looks inside <template> content', () => {
    expect(checkHtmlPolicy(page('', '<template><p style="x">y</p></template>'), policy)).toHaveLength(1);
  });
});
