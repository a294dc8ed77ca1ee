/**
 * Scenarios hand on context (issue 13): each names the article that explains it, and a step that
 * applies in one state only says so (`{ state, text }`), so the finder shows a reader only their
 * own state's steps.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content';

const { entries } = loadContent('content');
const scenarios = entries.filter((e) => e.collection === 'scenarios');
const articles = new Map(entries.filter((e) => e.collection === 'articles').map((e) => [e.id, e.data]));
const stateNames = entries.filter((e) => e.collection === 'states').map((e) => String(e.data.name));

describe('scenarios', () => {
  test('each names an explainer: a published article that lists the situation', () => {
    const problems: string[] = [];
    for (const scenario of scenarios) {
      const id = scenario.data.explainer as string | undefined;
      const article = id ? articles.get(id) : undefined;
      if (!id) problems.push(`${scenario.file}: no explainer`);
      else if (!article || article.draft === true) problems.push(`${scenario.file}: explainer "${id}" is not a published article`);
      else if (!((article.scenarios as string[] | undefined) ?? []).includes(scenario.id)) problems.push(`${scenario.file}: explainer "${id}" does not list this scenario`);
    }
    expect(problems).toEqual([]);
  });

  test("a step for everyone names no state: a state's own step carries `state`", () => {
    const problems: string[] = [];
    for (const scenario of scenarios) {
      for (const step of scenario.data.nextSteps as (string | { state: string; text: string })[]) {
        if (typeof step !== 'string') continue;
        const named = stateNames.filter((name) => new RegExp(`\\b${name}\\b`).test(step));
        if (named.length > 0) problems.push(`${scenario.file}: "${step.slice(0, 60)}…" names ${named.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
