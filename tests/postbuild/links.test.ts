/**
 * Links across the built site (scripts/check-links.ts): no broken internal link, no #fragment
 * without its target, and every legal-text link on an official host. External links are listed
 * in test-results/external-links.txt, never fetched.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, type LinkReport } from '../../scripts/check-links';

let report: LinkReport;
beforeAll(async () => {
  report = await checkLinks();
}, 120_000);

describe('links in the built site', () => {
  test('every page was checked', () => {
    expect(report.pages).toBeGreaterThan(2);
    expect(report.checked).toBeGreaterThan(report.pages);
  });

  test('no internal link is broken and every #fragment has its target', () => {
    expect(report.broken.join('\n')).toBe('');
  });

  test('every link to a legal text is on an official host', () => {
    expect(report.unofficial.join('\n')).toBe('');
  });

  test('external links are listed in test-results/external-links.txt', () => {
    expect(report.external.length).toBeGreaterThan(0);
  });
});
