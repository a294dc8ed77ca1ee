// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkArticle } from './src/plugins/remark-article.ts';
import { rehypeTaskListLabels } from './src/plugins/rehype-task-list-labels.ts';
import { rehypeSectionLinks } from './src/plugins/rehype-section-links.ts';
import { redirects } from './src/integrations/redirects.ts';
import { contentChecks } from './src/integrations/content-checks.ts';

// SITE_URL sets the production origin for canonical URLs, the sitemap, feeds and citations.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// CONTENT_DIR builds the site from another content folder (the bench's generated corpora); it
// must match src/content.config.ts, which reads the same variable. Default: content/.
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External files only: the CSP (default-src 'self') allows no inline styles or scripts.
    inlineStylesheets: 'never',
  },
  markdown: {
    // remark-gfm runs only on the unified processor (Astro 7's default, Sätteri, runs no plugins).
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, [remarkArticle, { contentRoot: contentDir }]],
      rehypePlugins: [rehypeTaskListLabels, rehypeSectionLinks],
    }),
  },
  integrations: [contentChecks({ contentDir }), mdx(), sitemap(), redirects()],
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // A known, harmless Astro warning printed once per MDX file.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
