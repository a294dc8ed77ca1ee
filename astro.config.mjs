// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkArticle } from './src/plugins/remark-article.ts';
import { rehypeTaskListLabels } from './src/plugins/rehype-task-list-labels.ts';
import { redirects } from './src/integrations/redirects.ts';
import { basePath } from './src/integrations/base-path.ts';
import { typography } from './src/integrations/typography.ts';
import { publishProblem } from './src/lib/site-url.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { buildCostStart, buildCostEnd } from './src/integrations/build-cost.ts';

// SITE_URL sets the production origin for canonical URLs, the sitemap, feeds and citations;
// BASE_PATH the sub-path the site is served under (e.g. /who-protects-my-scans/ on a GitHub
// project page). Without SITE_URL a build is a local preview (pages say so beside citations).
// A build meant for publishing (PUBLISH=1, set by `npm run build:publish`) refuses to run without
// a real site URL: it would write a localhost address into every citation, letter and feed.
const configuredSite = process.env.SITE_URL?.trim() || undefined;
const refusal = publishProblem(process.env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
const site = configuredSite ?? 'http://localhost:4321';
const base = process.env.BASE_PATH?.trim() || '/';
// CONTENT_DIR builds the site from another content folder (the bench's generated corpora); it
// must match src/content.config.ts, which reads the same variable. Default: content/.
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default defineConfig({
  site,
  base,
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
      // Section links after h2/h3 come from src/components/ArticleH2.astro and ArticleH3.astro when
      // the page renders the MDX: compiled into every article they made its module half again as large.
      rehypePlugins: [rehypeTaskListLabels],
    }),
  },
  integrations: [
    // CPU by build phase, one log line at the end (first and last in this list).
    buildCostStart(),
    contentChecks({ contentDir }),
    mdx(),
    // Superseded versions of articles (/articles/<id>/v/<n>/) stay readable but out of the
    // sitemap; so do class handouts (/articles/<id>/handout/), which summarise their article.
    sitemap({ filter: (page) => !/\/articles\/[^/]+\/(v\/\d+|handout)\/$/.test(new URL(page).pathname) }),
    redirects({ file: `${contentDir}/redirects.yaml` }),
    // Curly quotes in every page's text (src/lib/typography.ts), redirect pages included.
    typography(),
    basePath(),
    buildCostEnd(),
  ],
  vite: {
    // The base path for server-side code: Astro's import.meta.env.BASE_URL is "/" while pages
    // prerender, so citations, letters and the feed read this instead (src/data/site.ts).
    define: { 'import.meta.env.SITE_BASE': JSON.stringify(base.endsWith('/') ? base : `${base}/`) },
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
