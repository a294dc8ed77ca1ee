/**
 * The dark color scheme changes colors only, which is what lets the browser tests run the full
 * axe rule set in the light scheme and only the color rules in the dark one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { nonColorSchemeDeclarations } from '../../scripts/lib/css-schemes';

test('no prefers-color-scheme block in the built CSS changes anything but colors', () => {
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css') && !file.startsWith('pagefind'));
  expect(files.length).toBeGreaterThan(0);
  const found = files.flatMap((file) => nonColorSchemeDeclarations(readFileSync(join('dist', file), 'utf8')).map((line) => `dist/${file}: ${line}`));
  expect(found.join('\n'), 'Keep dark-scheme rules to colors, or run every axe rule in the dark scheme too (darkRules in tests/e2e/axe.ts)').toBe('');
});
