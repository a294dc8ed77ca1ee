/** Superseded versions of articles: the pages at /articles/<id>/v/<n>/ and the list on each article. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { materialChanges, parseVersionId, versionPath, versionProblems } from '../lib/versions';
import { citePage, type PageCitation } from '../lib/page-citation';
import { resolveCitations } from './sources';
import { pageUrl } from './site';
import { strings } from '../strings/en';
import type { NumberedCitation } from '../plugins/remark-article';

export type ArticleVersion = CollectionEntry<'articleVersions'>;

export interface VersionListItem {
  n: number;
  href: string;
  published: Date;
  superseded: Date;
  /** The material change that replaced it, in the reader's words. */
  change: string;
}

let checked: Promise<ArticleVersion[]> | undefined;

/** Every stored version, after checking each against its article's material changes (throws on a mismatch). */
async function allVersions(): Promise<ArticleVersion[]> {
  checked ??= (async () => {
    const versions = await getCollection('articleVersions');
    const articles = await getCollection('articles');
    const problems = versionProblems(
      articles.map((article) => ({ id: article.id, changes: article.data.changes })),
      versions.map((version) => ({ id: version.id, superseded: version.data.superseded })),
    );
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return versions;
  })();
  return checked;
}

/** An article's earlier versions, oldest first (empty for most articles). */
export async function getVersionList(articleId: string, changes: CollectionEntry<'articles'>['data']['changes']): Promise<VersionListItem[]> {
  const versions = await allVersions();
  return materialChanges(changes).flatMap((change) => {
    const version = versions.find((v) => v.id === `${articleId}/${change.n}`);
    return version
      ? [{ n: change.n, href: versionPath(articleId, change.n), published: version.data.published, superseded: change.date, change: change.summary }]
      : [];
  });
}

/** getStaticPaths for the version pages. */
export async function getVersionPaths() {
  return (await allVersions()).map((version) => {
    const { article, n } = parseVersionId(version.id)!;
    return { params: { id: article, n: String(n) }, props: { version, article, n } };
  });
}

/** Everything a version page shows. */
export async function getVersionView(version: ArticleVersion, article: string, n: number) {
  const { Content, remarkPluginFrontmatter } = await render(version);
  const numbered = (remarkPluginFrontmatter.citations ?? []) as NumberedCitation[];
  const citations = await resolveCitations(numbered, `content/articles/_versions/${version.id}.mdx`);
  const citation: PageCitation = await citePage({
    key: `whoprotectsmyscans-article-${article}-v${n}`,
    title: `${version.data.title} (version ${n})`,
    url: pageUrl(versionPath(article, n)),
    issued: version.data.published,
    siteName: strings.siteName,
    author: strings.credit,
  });
  return { Content, citations, citation, data: version.data, current: `/articles/${article}/` };
}
