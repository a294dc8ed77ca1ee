/**
 * The dark color scheme may change colors only. The browser tests run every axe rule in the light
 * scheme but only the color rules in the dark one (tests/e2e/a11y.test.ts), which holds only while
 * a `prefers-color-scheme` block cannot move, hide or resize anything. This finds the declarations
 * that would break that. Pure: pass the built CSS in.
 */

/** Properties that change how things look but not where they are or whether they show. */
const colorProperties = new Set([
  'color',
  'background',
  'background-color',
  'background-image',
  'border-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
  'text-decoration-color',
  'accent-color',
  'caret-color',
  'fill',
  'stroke',
  'box-shadow',
  'text-shadow',
  'color-scheme',
  'scrollbar-color',
  'column-rule-color',
]);

/** The text between the brace at `open` and its matching closing brace. */
function block(css: string, open: number): string {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  return css.slice(open + 1);
}

/** Declarations inside `prefers-color-scheme` media blocks that are not custom properties or colors. */
export function nonColorSchemeDeclarations(css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    const inner = block(withoutComments, match.index + match[0].length - 1);
    // Each rule inside: "selector { declarations }".
    for (const rule of inner.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      for (const declaration of rule[2]!.split(';')) {
        const property = declaration.split(':')[0]!.trim().toLowerCase();
        if (!property || property.startsWith('--') || colorProperties.has(property)) continue;
        found.push(`${rule[1]!.trim()} { ${declaration.trim()} }`);
      }
    }
  }
  return found;
}
