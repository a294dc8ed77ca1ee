/**
 * A bare Astro 7 + @astrojs/mdx project over the same corpus, with none of the site's features:
 * one collection without a schema, one page per article that renders the MDX and nothing else,
 * and stand-ins for <Cite> and <Term>. `processor` picks the Markdown pipeline: `unified` (the
 * site's: unified + remark-gfm) or `satteri` (Astro 7's default). It uses the repository's
 * node_modules through a symlink and keeps its own cache folder.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Processor = 'unified' | 'satteri';

export function writeBaseline(dir: string, repo: string, articlesDir: string, processor: Processor): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  const markdown = processor === 'unified' ? `markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },` : '';
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  cacheDir: './.cache',
  ${markdown}
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ base: ${JSON.stringify(articlesDir)}, pattern: '*.mdx' }) }),
};
`,
  );
  writeFileSync(join(dir, 'src/components/Cite.astro'), '---\nconst { source } = Astro.props;\n---\n<sup>{source}</sup>\n');
  writeFileSync(join(dir, 'src/components/Term.astro'), '<span><slot /></span>\n');
  writeFileSync(join(dir, 'src/components/AsOf.astro'), '<span><slot /></span>\n');
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Cite from '../components/Cite.astro';
import Term from '../components/Term.astro';
import AsOf from '../components/AsOf.astro';

export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content components={{ Cite, Term, AsOf }} /></main></body></html>
`,
  );
}
