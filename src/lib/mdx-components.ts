/**
 * Find the MDX components an article uses, straight from its source text. Used by the content
 * tests (which do not run MDX) to check citation and glossary ids; the build checks the same ids
 * in src/plugins/remark-article.ts.
 */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

const componentPattern = /<(Cite|Term)\b([^>]*?)\/?>/g;
const attributePattern = /([a-zA-Z]+)="([^"]*)"/g;

/** Every `<Cite …>` and `<Term …>` in an MDX body, with its string attributes and line. */
export function findComponentUses(body: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const match of body.matchAll(componentPattern)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(attributePattern)) {
      attributes[attribute[1]!] = attribute[2]!;
    }
    const line = body.slice(0, match.index).split('\n').length;
    uses.push({ name: match[1]!, attributes, line });
  }
  return uses;
}

/** Words of prose in an MDX body: components, tags, markup and frontmatter left out. */
export function countWords(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`|>[\]-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
