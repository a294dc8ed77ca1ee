/**
 * "What protects me?": the finder's data shapes and its pure logic, shared by the build
 * (src/data/finder.ts) and the browser island (src/islands/protection-finder.ts).
 *
 * The page carries only its first screen (the shell: states, situations with their short answer,
 * next steps and explainer). The laws and cells of federal law and of the chosen state are the
 * letter builder's jurisdiction files (`/letters/data/us.json`, `/letters/data/<state>.json`),
 * fetched when the reader chooses, so the page does not grow with the model (issue 18).
 */
import { Matrix, findProtections, type LawInfo, type Status } from './gap-model';

/** One thing a patient can do: for everyone, or (with `state`) only in that state. */
export interface NextStep {
  text: string;
  state?: string;
}

export interface FinderScenario {
  id: string;
  title: string;
  question: string;
  order: number;
  shortAnswer?: string;
  /** The article that explains the situation. */
  explainer?: { id: string; title: string };
  nextSteps: NextStep[];
}

/** What the page carries inline. */
export interface FinderShell {
  states: { code: string; name: string }[];
  scenarios: FinderScenario[];
}

/** One jurisdiction's laws and applicable cells (the shape of the letter builder's files). */
export interface FinderSlice {
  code: string;
  laws: { id: string; name: string; jurisdiction: string }[];
  cells: { scenario: string; law: string; status: Status; summary: string; fix?: string }[];
}

/** The reader's choice, as the URL carries it. */
export interface FinderChoice {
  state?: string;
  situation?: string;
}

/** A scenario's steps as the schema allows them: a string for everyone, `{ state, text }` for one state. */
export type NextStepInput = string | { state: string; text: string };

export const toNextStep = (step: NextStepInput): NextStep => (typeof step === 'string' ? { text: step } : { text: step.text, state: step.state });

/** Read `?state=oh&situation=<scenario-id>`, keeping only known values. */
export function parseFinderQuery(search: string, shell: FinderShell): FinderChoice {
  const params = new URLSearchParams(search);
  const state = (params.get('state') ?? '').trim().toLowerCase();
  const situation = (params.get('situation') ?? '').trim();
  return {
    ...(shell.states.some((s) => s.code === state) ? { state } : {}),
    ...(shell.scenarios.some((s) => s.id === situation) ? { situation } : {}),
  };
}

/** The query string for a choice ("" when nothing is chosen), state first. */
export function finderQuery(choice: FinderChoice): string {
  const params: string[] = [];
  if (choice.state) params.push(`state=${encodeURIComponent(choice.state)}`);
  if (choice.situation) params.push(`situation=${encodeURIComponent(choice.situation)}`);
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** The finder's own URL for a choice. */
export const finderUrl = (choice: FinderChoice): string => `/what-protects-me/${finderQuery(choice)}`;

/** The steps for everyone plus the chosen state's own, in the order written; no other state's. */
export function stepsFor(steps: readonly NextStep[], stateCode: string | undefined): NextStep[] {
  return steps.filter((step) => step.state === undefined || step.state === stateCode);
}

/** The jurisdiction files a state's answer needs: federal law always, then the state's own. */
export const slicesFor = (stateCode: string): string[] => ['us', stateCode];

/**
 * The laws that apply to a situation in a state, from the federal slice and the state's slice:
 * what protects (protected first, then partial), the gaps, and how many laws do not bear on it.
 */
export function answerFromSlices(slices: readonly FinderSlice[], scenarioId: string, stateCode: string) {
  const laws: LawInfo[] = [];
  for (const slice of slices) {
    for (const law of slice.laws) {
      if (!laws.some((known) => known.id === law.id)) laws.push({ ...law, shortName: law.name, order: laws.length });
    }
  }
  const cells = slices
    .flatMap((slice) => slice.cells)
    .filter((cell) => cell.scenario === scenarioId)
    .map((cell) => ({ ...cell, detail: '', citations: [], confidence: 'high' as const, reviewed: new Date(0) }));
  const matrix = new Matrix({ laws, scenarios: [{ id: scenarioId, title: '', question: '', order: 1 }], cells });
  const stateLawIds = slices.filter((slice) => slice.code === stateCode).flatMap((slice) => slice.laws.map((law) => law.id));
  const { protections, gaps, notApplicable, hasStateLaw } = findProtections(matrix, stateLawIds, scenarioId);
  return { protections, gaps, notApplicable: notApplicable.length, hasStateLaw };
}
export type FinderAnswer = ReturnType<typeof answerFromSlices>;
