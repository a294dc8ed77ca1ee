/**
 * `<Cite>` and `<Term>` as the build reads them: every real article is compiled with @mdx-js/mdx
 * and the build's own remark plugins (remark-gfm and src/plugins/remark-article.ts, with the same
 * options as astro.config.mjs), so an unknown source or term fails here exactly as it fails the
 * build, with file and line. The quick scan the content rules use on every build
 * (findComponentUses in src/lib/mdx-components.ts, to count distinct sources) must find the same
 * citations and terms as the plugin; a disagreement fails, naming the article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { findComponentUses } from '../../src/lib/mdx-components';
import { remarkArticle, type NumberedCitation } from '../../src/plugins/remark-article';

const folder = 'content/articles';
const articles = readdirSync(folder).filter((name) => name.endsWith('.mdx'));

/** What the build's plugin sees in one article: its citations and glossary terms. */
async function asBuilt(path: string) {
  const text = readFileSync(path, 'utf8');
  // As @astrojs/mdx does: the front matter is blanked with spaces, so lines keep their numbers.
  const file = new VFile({ path, value: parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content });
  await compile(file, { remarkPlugins: [remarkGfm, [remarkArticle, { contentRoot: 'content' }]] });
  const frontmatter = (file.data as { astro: { frontmatter: { citations: NumberedCitation[]; terms: string[] } } }).astro.frontmatter;
  return { text, citations: frontmatter.citations, terms: frontmatter.terms };
}

describe('every article compiles through the build remark plugins', () => {
  test('there are articles', () => {
    expect(articles.length).toBeGreaterThan(0);
  });
  for (const name of articles) {
    test(name, async () => {
      const { text, citations, terms } = await asBuilt(join(folder, name));
      const uses = findComponentUses(text);
      const scannedSources = [...new Set(uses.filter((use) => use.name === 'Cite').map((use) => use.attributes.source))].sort();
      const scannedTerms = [...new Set(uses.filter((use) => use.name === 'Term').map((use) => use.attributes.id))].sort();
      expect(scannedSources).toEqual([...new Set(citations.map((citation) => citation.source))].sort());
      expect(scannedTerms).toEqual([...terms].sort());
    });
  }
});
