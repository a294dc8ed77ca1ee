/**
 * Versions of an article. When a `changes` entry is marked `material: true`, the text before it is
 * kept as content/articles/_versions/<id>/<n>.mdx: the n-th material change (oldest first)
 * superseded version n, which stays readable at /articles/<id>/v/<n>/. Pure.
 */

export interface ChangeLike {
  date: Date;
  summary: string;
  material?: boolean | undefined;
}

export interface MaterialChange {
  /** The version this change superseded. */
  n: number;
  date: Date;
  summary: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** An article's material changes, oldest first, numbered by the version each replaced. */
export function materialChanges(changes: readonly ChangeLike[]): MaterialChange[] {
  return changes
    .filter((change) => change.material)
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((change, i) => ({ n: i + 1, date: change.date, summary: change.summary }));
}

/** "fixture-article/2" (a versions collection id) → its article and number; undefined if malformed. */
export function parseVersionId(id: string): { article: string; n: number } | undefined {
  const match = /^([a-z0-9-]+)\/([1-9]\d*)$/.exec(id);
  return match ? { article: match[1]!, n: Number(match[2]) } : undefined;
}

export const versionPath = (article: string, n: number) => `/articles/${article}/v/${n}/`;

/**
 * Problems that must fail the build: a material change without its stored version, a version
 * without its material change, a misnamed version file, or a `superseded` date that is not the
 * date of its change.
 */
export function versionProblems(
  articles: readonly { id: string; changes: readonly ChangeLike[] }[],
  versions: readonly { id: string; superseded: Date }[],
): string[] {
  const problems: string[] = [];
  const byArticle = new Map(articles.map((article) => [article.id, materialChanges(article.changes)]));
  const stored = new Set<string>();
  for (const version of versions) {
    const file = `content/articles/_versions/${version.id}.mdx`;
    const parsed = parseVersionId(version.id);
    if (!parsed) {
      problems.push(`${file}: name it _versions/<article-id>/<n>.mdx with n = 1, 2, ...`);
      continue;
    }
    stored.add(version.id);
    const changes = byArticle.get(parsed.article);
    if (!changes) {
      problems.push(`${file}: there is no article "${parsed.article}"`);
      continue;
    }
    const change = changes.find((c) => c.n === parsed.n);
    if (!change) {
      problems.push(`${file}: content/articles/${parsed.article}.mdx has no material change number ${parsed.n} (mark its changes entry material: true)`);
    } else if (day(change.date) !== day(version.superseded)) {
      problems.push(`${file}: superseded is ${day(version.superseded)}, but material change ${parsed.n} is dated ${day(change.date)}`);
    }
  }
  for (const [article, changes] of byArticle) {
    for (const change of changes) {
      if (!stored.has(`${article}/${change.n}`)) {
        problems.push(
          `content/articles/${article}.mdx: changes entry of ${day(change.date)} is material, but the text it replaced is not kept in content/articles/_versions/${article}/${change.n}.mdx`,
        );
      }
    }
  }
  return problems;
}
