/** The home page's view: the state picker, the audience routes and the list of articles to read. */
import { homeList, startHereIds } from '../lib/home';
import { getArticleList } from './articles';
import { getStates } from './model';
import { topics } from '../schemas/articles';

export async function getHomeView() {
  const [articles, states] = await Promise.all([getArticleList(), getStates()]);
  const list = homeList(articles, startHereIds);
  return {
    states: states.map((state) => ({ code: state.code, name: state.name })),
    listKind: list.kind,
    articles: list.articles,
  };
}

/** /articles/: the curated reading order, the topics, and every article newest review first. */
export async function getArticlesIndexView() {
  const articles = await getArticleList();
  const byId = new Map(articles.map((article) => [article.id, article]));
  const startHere = startHereIds.map((id) => {
    const article = byId.get(id);
    if (!article) throw new Error(`The start list names an article that does not exist: ${id} (src/lib/home.ts)`);
    return article;
  });
  return { articles, startHere, topics };
}
