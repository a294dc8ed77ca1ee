/**
 * Which articles are about a state: those that discuss one of its laws (frontmatter `laws`) or name
 * the state in their title or description. Pure; src/data/states.ts applies it to the collection.
 */

/** Whether a text names a state as a word: "Kansas" not in "Arkansas", "Virginia" not in "West Virginia". */
export function namesState(text: string, stateName: string): boolean {
  const escaped = stateName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'g');
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    // "Virginia" inside "West Virginia" names the other state.
    if (stateName === 'Virginia' && /West\s$/.test(before)) continue;
    return true;
  }
  return false;
}

export interface ArticleSummary {
  id: string;
  title: string;
  description: string;
  laws: readonly string[];
}

/** The articles about a state, A-Z by title, each once. */
export function articlesAboutState(articles: readonly ArticleSummary[], state: { name: string; lawIds: readonly string[] }): { id: string; title: string }[] {
  return articles
    .filter((article) => article.laws.some((law) => state.lawIds.includes(law)) || namesState(`${article.title} ${article.description}`, state.name))
    .map(({ id, title }) => ({ id, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
