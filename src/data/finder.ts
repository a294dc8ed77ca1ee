/**
 * The view of "What protects me?": the shell the page carries inline (states, and each situation
 * with its short answer, next steps and explainer article). Laws and cells are not here: the island
 * fetches the letter builder's jurisdiction files when the reader chooses (src/lib/finder.ts).
 */
import { getMatrix, getScenarioEntry, getStates } from './model';
import { getArticleIndex } from './article-index';
import { toNextStep, type FinderScenario, type FinderShell } from '../lib/finder';

/** The article that explains a situation: the one the scenario names, when it is published and lists the situation. */
export async function getExplainer(scenarioId: string): Promise<{ id: string; title: string } | undefined> {
  const id = (await getScenarioEntry(scenarioId)).data.explainer?.id;
  if (!id) return undefined;
  const article = (await getArticleIndex()).byId.get(id);
  if (!article || !article.data.scenarios.some((ref) => ref.id === scenarioId)) return undefined;
  return { id: article.id, title: article.data.title };
}

/** Every situation, in matrix order, as the finder and the state pages show it. */
export async function getFinderScenarios(): Promise<FinderScenario[]> {
  const matrix = await getMatrix();
  return Promise.all(
    matrix.scenarios.map(async (scenario) => {
      const { data } = await getScenarioEntry(scenario.id);
      const explainer = await getExplainer(scenario.id);
      return {
        id: scenario.id,
        title: scenario.title,
        question: scenario.question,
        order: scenario.order,
        ...(data.shortAnswer ? { shortAnswer: data.shortAnswer } : {}),
        ...(explainer ? { explainer } : {}),
        nextSteps: data.nextSteps.map(toNextStep),
      };
    }),
  );
}

/** What /what-protects-me/ carries in its first visit. */
export async function getFinderShell(): Promise<FinderShell> {
  return {
    states: (await getStates()).map(({ code, name }) => ({ code, name })),
    scenarios: await getFinderScenarios(),
  };
}
