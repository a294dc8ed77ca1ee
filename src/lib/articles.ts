/** Ordering and filtering of article lists, independent of Astro. */
import { latest } from './dates';

export interface ArticleSummary {
  id: string;
  title: string;
  reviewed: Date;
  topics: readonly string[];
  draft: boolean;
}

/** Published articles, newest review first, then by title for a stable order. */
export function sortForListing<T extends ArticleSummary>(articles: T[]): T[] {
  return articles.filter((article) => !article.draft).sort((a, b) => b.reviewed.getTime() - a.reviewed.getTime() || a.title.localeCompare(b.title));
}

/** Published articles for a feed: newest publication first, then by title. */
export function sortForFeed<T extends ArticleSummary & { published: Date }>(articles: T[]): T[] {
  return articles.filter((article) => !article.draft).sort((a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title));
}

/** When an article last changed: its latest change entry. */
export function lastUpdated(changes: { date: Date }[]): Date | undefined {
  return latest(changes.map((change) => change.date));
}
