/** The compact model the "What protects me?" finder ships to the browser. */
import { getCollection } from 'astro:content';
import { getMatrix, getStates } from './model';
import type { FinderData } from '../lib/finder';

export async function getFinderData(): Promise<FinderData> {
  const matrix = await getMatrix();
  const scenarios = await getCollection('scenarios');
  const nextSteps = new Map(scenarios.map((s) => [s.id, s.data.nextSteps]));
  return {
    laws: matrix.laws,
    scenarios: matrix.scenarios.map((scenario) => ({ ...scenario, nextSteps: nextSteps.get(scenario.id) ?? [] })),
    cells: matrix.allCells().map((cell) => ({
      scenario: cell.scenario,
      law: cell.law,
      status: cell.status,
      summary: cell.summary,
      ...(cell.fix ? { fix: cell.fix } : {}),
    })),
    states: (await getStates()).map((state) => ({ code: state.code, name: state.name, lawIds: state.lawIds })),
  };
}
