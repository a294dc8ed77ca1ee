/**
 * Published articles looked up by id, law and scenario, built once per build. Pages that list
 * "articles about" a law, scenario or state, or name a situation's explainer, read these maps
 * instead of scanning the whole collection per page (which grew with pages x articles: at 10,000
 * articles, ~130 law and scenario pages and 51 state pages each walked every article).
 */
import { getCollection, type CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

export interface ArticleIndex {
  /** Published articles, in collection order. */
  published: Article[];
  byId: Map<string, Article>;
  /** Published articles that list each law / scenario, sorted by title. */
  aboutLaw: Map<string, { id: string; title: string }[]>;
  aboutScenario: Map<string, { id: string; title: string }[]>;
}

let index: Promise<ArticleIndex> | undefined;

function group(articles: Article[], refs: (article: Article) => { id: string }[]): Map<string, { id: string; title: string }[]> {
  const map = new Map<string, { id: string; title: string }[]>();
  for (const article of articles) {
    for (const id of new Set(refs(article).map((ref) => ref.id))) {
      let list = map.get(id);
      if (!list) map.set(id, (list = []));
      list.push({ id: article.id, title: article.data.title });
    }
  }
  for (const list of map.values()) list.sort((a, b) => a.title.localeCompare(b.title));
  return map;
}

export function getArticleIndex(): Promise<ArticleIndex> {
  index ??= (async () => {
    const published = await getCollection('articles', (article) => !article.data.draft);
    return {
      published,
      byId: new Map(published.map((article) => [article.id, article])),
      aboutLaw: group(published, (article) => article.data.laws),
      aboutScenario: group(published, (article) => article.data.scenarios),
    };
  })();
  return index;
}
