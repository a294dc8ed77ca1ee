import { describe, expect, test } from 'vitest';
import { nonColorSchemeDeclarations } from '../../scripts/lib/css-schemes';

describe('nonColorSchemeDeclarations', () => {
  test('accepts custom properties and color properties in a dark-scheme block', () => {
    const css = '.a{display:flex}@media (prefers-color-scheme:dark){:root{--bg:#000;--text:#fff}img{background-color:#111;border-color:red}}';
    expect(nonColorSchemeDeclarations(css)).toEqual([]);
  });
  test('reports a declaration that could change layout or visibility', () => {
    const css = '@media (prefers-color-scheme: dark) { /* x */ .logo { display: none; color: red } }';
    expect(nonColorSchemeDeclarations(css)).toEqual(['.logo { display: none }']);
  });
  test('ignores media blocks about other features', () => {
    expect(nonColorSchemeDeclarations('@media (max-width:40rem){.a{display:none}}')).toEqual([]);
  });
});
