import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkArticle } from '../../src/plugins/remark-article';

const contentRoot = 'tests/content/fixtures/valid';

async function run(source: string) {
  const file = new VFile({ path: 'content/articles/example.mdx', value: source });
  await compile(file, { remarkPlugins: [remarkGfm, [remarkArticle, { contentRoot }]] });
  return (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
}

describe('remarkArticle', () => {
  test('numbers citations in reading order and reuses a number for the same pin', async () => {
    const frontmatter = await run('A <Cite source="source-b" /> B <Cite source="source-a" pin="1(a)" /> C <Cite source="source-b" />');
    expect(frontmatter.citations).toEqual([
      { n: 1, source: 'source-b' },
      { n: 2, source: 'source-a', pin: '1(a)' },
    ]);
  });

  test('lists glossary terms in first-use order', async () => {
    const frontmatter = await run('<Term id="fixture-term">x</Term> and <Term id="fixture-term">y</Term>');
    expect(frontmatter.terms).toEqual(['fixture-term']);
  });

  test('fails the build on an unknown source, naming the file and line', async () => {
    await expect(run('Line one.\n\nClaim <Cite source="nope" />')).rejects.toThrow(/content\/articles\/example\.mdx:3: <Cite source="nope">/);
  });

  test('fails on an unknown glossary term', async () => {
    await expect(run('<Term id="nope">x</Term>')).rejects.toThrow(/<Term id="nope">/);
  });

  test('refuses an expression as the source', async () => {
    await expect(run('<Cite source={"a"} />')).rejects.toThrow(/plain string/);
  });
});
