/** The glossary page's cross-references: which articles use each term. */

/** What the glossary needs from one article. */
export interface TermUsage {
  id: string;
  title: string;
  /** Glossary ids the article marks with <Term> (from the remark plugin). */
  terms: readonly string[];
}

/** For every term id, the articles that use it, sorted by title. */
export function articlesByTerm(articles: TermUsage[]): Map<string, { id: string; title: string }[]> {
  const index = new Map<string, { id: string; title: string }[]>();
  for (const article of [...articles].sort((a, b) => a.title.localeCompare(b.title))) {
    for (const term of new Set(article.terms)) {
      index.set(term, [...(index.get(term) ?? []), { id: article.id, title: article.title }]);
    }
  }
  return index;
}
