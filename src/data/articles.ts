/** Articles as pages need them: sorted lists and one ready view per article. */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { lastUpdated, sortForFeed, sortForListing } from '../lib/articles';
import type { TermUsage } from '../lib/glossary';
import { resolveCitations, type CitationView } from './sources';
import { getCitationBlock } from './citations';
import { pageUrl, site } from './site';
import { getArticleSocial } from './social';
import { getVersionList } from './versions';
import { qrCodeSvg } from '../lib/qr';
import { routes } from '../lib/routes';
import type { NumberedCitation } from '../plugins/remark-article';

export type Article = CollectionEntry<'articles'>;

export interface ArticleListItem {
  id: string;
  title: string;
  description: string;
  published: Date;
  reviewed: Date;
  topics: readonly string[];
  audience: readonly string[];
  draft: boolean;
}

const toListItem = (article: Article): ArticleListItem => ({
  id: article.id,
  title: article.data.title,
  description: article.data.description,
  published: article.data.published,
  reviewed: article.data.reviewed,
  topics: article.data.topics,
  audience: article.data.audience,
  draft: article.data.draft,
});

/** Published articles, newest review first. */
export async function getArticleList(): Promise<ArticleListItem[]> {
  return sortForListing((await getCollection('articles')).map(toListItem));
}

/** Published articles for the feed, newest publication first. */
export async function getFeedList(): Promise<ArticleListItem[]> {
  return sortForFeed((await getCollection('articles')).map(toListItem));
}

/** Which glossary terms each published article marks with <Term> (from the remark plugin). */
export async function getTermUsage(): Promise<TermUsage[]> {
  return Promise.all(
    (await getPublishedArticles()).map(async (article) => {
      const { remarkPluginFrontmatter } = await render(article);
      return { id: article.id, title: article.data.title, terms: (remarkPluginFrontmatter.terms ?? []) as string[] };
    }),
  );
}

/** Published article entries, for getStaticPaths. */
export async function getPublishedArticles(): Promise<Article[]> {
  return (await getCollection('articles')).filter((article) => !article.data.draft);
}

async function requireEntries<C extends 'laws' | 'scenarios'>(collection: C, refs: { id: string }[], usedIn: string): Promise<CollectionEntry<C>[]> {
  return Promise.all(
    refs.map(async ({ id }) => {
      const entry = await getEntry(collection, id);
      if (!entry) throw new Error(`${usedIn}: unknown ${collection} id "${id}"`);
      return entry as CollectionEntry<C>;
    }),
  );
}

/** Everything an article page shows, resolved; throws on any dangling reference. */
export async function getArticleView(article: Article) {
  const usedIn = `content/articles/${article.id}.mdx`;
  const { Content, headings, remarkPluginFrontmatter } = await render(article);
  const numbered = (remarkPluginFrontmatter.citations ?? []) as NumberedCitation[];
  const citations: CitationView[] = await resolveCitations(numbered, usedIn);
  const laws = await requireEntries('laws', article.data.laws, usedIn);
  const scenarios = await requireEntries('scenarios', article.data.scenarios, usedIn);
  const changes = [...article.data.changes].sort((a, b) => b.date.getTime() - a.date.getTime());
  return {
    id: article.id,
    Content,
    toc: headings.filter((heading) => heading.depth === 2 || heading.depth === 3),
    citations,
    laws: laws.map((law) => ({ id: law.id, name: law.data.name, shortName: law.data.shortName })),
    scenarios: scenarios.map((scenario) => ({ id: scenario.id, title: scenario.data.title })),
    updated: lastUpdated(article.data.changes),
    changes,
    data: article.data,
  };
}

/** What /articles/<id>/ prints: the article, its share metadata, its earlier versions and "Cite this page". */
export async function getArticlePageView(article: Article) {
  const view = await getArticleView(article);
  return {
    ...view,
    href: routes.article(article.id),
    social: getArticleSocial(view, new URL(site)),
    versions: await getVersionList(article.id, article.data.changes),
    cite: await getCitationBlock('articles', article.id, new URL(site)),
  };
}

/**
 * What /articles/<id>/handout/ prints: the article's short parts, its address with a QR code drawn
 * at build time, and one citation in each style the teacher can pick (CSS shows one).
 */
export async function getHandoutView(article: Article) {
  const view = await getArticleView(article);
  const { citation } = await getCitationBlock('articles', article.id, new URL(site));
  const url = pageUrl(routes.article(article.id));
  return {
    ...view,
    href: routes.article(article.id),
    url,
    qr: qrCodeSvg(url, `QR code for ${url}`),
    citationStyles: [
      { id: 'apa', label: 'APA', html: citation.apa.html },
      { id: 'mla', label: 'MLA', html: citation.mla.html },
      { id: 'chicago', label: 'Chicago', html: citation.chicago.html },
    ],
  };
}
