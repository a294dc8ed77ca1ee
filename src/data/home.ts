/** The home page's view: the state picker, the audience routes and the list of articles to read. */
import { homeList, startHereIds } from '../lib/home';
import { getArticleList } from './articles';
import { getMatrix, getStates } from './model';
import { routes } from '../lib/routes';
import { topics } from '../schemas/articles';

/**
 * The curated start list names articles of content/; a build of another content folder
 * (CONTENT_DIR: the bench's corpora, the base-path test's fixture) keeps those of its ids it has.
 */
function startIds(articles: readonly { id: string }[]): readonly string[] {
  if (!process.env.CONTENT_DIR) return startHereIds;
  const ids = new Set(articles.map((article) => article.id));
  return startHereIds.filter((id) => ids.has(id));
}

export async function getHomeView() {
  const [articles, states] = await Promise.all([getArticleList(), getStates()]);
  const list = homeList(articles, startIds(articles));
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
  const startHere = startIds(articles).map((id) => {
    const article = byId.get(id);
    if (!article) throw new Error(`The start list names an article that does not exist: ${id} (src/lib/home.ts)`);
    return article;
  });
  return { articles, startHere, topics };
}

/** /search/: besides the search box (an island), the questions readers ask most, for when nothing is found. */
export async function getSearchPageView() {
  // Each situation's own question, in the matrix's order (the finder's list), the first six.
  const asked = (await getMatrix()).scenarios.slice(0, 6);
  return { asked: asked.map((scenario) => ({ href: routes.scenario(scenario.id), question: scenario.question })) };
}
