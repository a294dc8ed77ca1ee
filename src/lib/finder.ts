/** The finder's data shape and its one query, shared by the build and the browser island. */
import { Matrix, findProtections, type LawInfo, type ScenarioInfo, type Status } from './gap-model';

export interface FinderData {
  laws: LawInfo[];
  scenarios: (ScenarioInfo & { nextSteps: string[] })[];
  cells: { scenario: string; law: string; status: Status; summary: string; fix?: string }[];
  states: { code: string; name: string; lawIds: string[] }[];
}

/** Answer "what protects me?" for a state code and a scenario id. */
export function answerFinder(data: FinderData, stateCode: string, scenarioId: string) {
  const state = data.states.find((candidate) => candidate.code === stateCode);
  const scenario = data.scenarios.find((candidate) => candidate.id === scenarioId);
  if (!state || !scenario) return undefined;
  const matrix = new Matrix({
    laws: data.laws,
    scenarios: data.scenarios,
    // Details and citations stay on the scenario page; the finder needs status, summary and fix.
    cells: data.cells.map((cell) => ({ ...cell, detail: '', citations: [], confidence: 'high' as const, reviewed: new Date(0) })),
  });
  return { state, nextSteps: scenario.nextSteps, ...findProtections(matrix, state.lawIds, scenarioId) };
}
