/**
 * Rough edges a reader notices, on every built page: words run together around an inline element or
 * punctuation ("weight.Personalize", "2026· Take action") and "District of Columbia" without its
 * article in running text (scripts/lib/rough-edges.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distPages } from '../../scripts/lib/dist-pages';
import { roughEdges } from '../../scripts/lib/rough-edges';

const pages = distPages();

describe('no rough edges in rendered text', () => {
  test('every page reads cleanly', () => {
    const found = pages.flatMap(({ path, file }) => roughEdges(readFileSync(file, 'utf8')).map((edge) => `${path}: ${edge.rule}: "${edge.excerpt}"`));
    expect(found).toEqual([]);
  });
});
