/**
 * The regulatory-gap model: laws (columns) x scenarios (rows) -> coverage cells. Every page that
 * shows protection (matrix, law, scenario, state, finder, letters) asks these functions, so the
 * model is read one way everywhere. Pure: src/data/model.ts builds the input from collections.
 */

import { statuses, type Status } from './vocabulary';

export { statuses, type Status };

/** Words and icons for statuses: never color alone (docs/decisions.md). */
export const statusInfo: Record<Status, { label: string; icon: string; meaning: string }> = {
  protected: {
    label: 'Protected',
    icon: '✓',
    meaning: 'The law squarely addresses the situation and gives you a right, or imposes a duty, with a way to enforce it.',
  },
  partial: {
    label: 'Partly protected',
    icon: '◐',
    meaning: 'The law addresses part of the problem, only some holders, or only with weak or indirect remedies.',
  },
  gap: {
    label: 'Gap',
    icon: '✕',
    meaning: 'The law is a natural place for this protection, but leaves you unprotected.',
  },
  'not-applicable': {
    label: 'Not applicable',
    icon: '–',
    meaning: 'The law addresses a different problem, or leaves this holder to another law on purpose.',
  },
};

export interface LawInfo {
  id: string;
  name: string;
  shortName: string;
  jurisdiction: string;
  order: number;
}

export interface ScenarioInfo {
  id: string;
  title: string;
  question: string;
  order: number;
}

export interface CellInfo {
  scenario: string;
  law: string;
  status: Status;
  summary: string;
  detail: string;
  citations: { source: string; pin?: string }[];
  fix?: string;
  confidence: 'high' | 'medium' | 'low';
  reviewed: Date;
  /** True for a cell no file was written for: the law does not bear on the situation (see Matrix.cell). */
  implicit?: true;
}

export interface GapModel {
  laws: LawInfo[];
  scenarios: ScenarioInfo[];
  cells: CellInfo[];
}

export type JurisdictionGroup = 'federal' | 'state' | 'eu';

/** Federal, state or EU, from a law's jurisdiction code. */
export function jurisdictionGroup(jurisdiction: string): JurisdictionGroup {
  if (jurisdiction === 'us') return 'federal';
  if (jurisdiction === 'eu') return 'eu';
  return 'state';
}

const byOrder = <T extends { order: number }>(items: T[]) => [...items].sort((a, b) => a.order - b.order);
const groupRank: Record<JurisdictionGroup, number> = { federal: 0, state: 1, eu: 2 };
/** Laws in matrix order: U.S. law (federal, then state) before the EU laws kept for comparison, then by `order`. */
const lawOrder = (items: LawInfo[]) =>
  [...items].sort((a, b) => groupRank[jurisdictionGroup(a.jurisdiction)] - groupRank[jurisdictionGroup(b.jurisdiction)] || a.order - b.order);

/** EU law is in the model for comparison only: it does not protect U.S. patients of U.S. providers. */
export const isComparisonOnly = (law: Pick<LawInfo, 'jurisdiction'>): boolean => law.jurisdiction === 'eu';
const cellKey = (scenario: string, law: string) => `${scenario}/${law}`;

/** A model with laws and scenarios in matrix order and a lookup for cells. */
export class Matrix {
  readonly laws: LawInfo[];
  readonly scenarios: ScenarioInfo[];
  readonly #cells: Map<string, CellInfo>;

  constructor(model: GapModel) {
    this.laws = lawOrder(model.laws);
    this.scenarios = byOrder(model.scenarios);
    this.#cells = new Map(model.cells.map((cell) => [cellKey(cell.scenario, cell.law), cell]));
  }

  /**
   * The cell for a scenario and a law. A missing cell file means "not applicable": authors write
   * cells only for situations a law bears on (and not-applicable cells only when the reason is worth
   * telling the reader). The stand-in has `implicit: true`, no citation and no detail; pages must not
   * link to it as if it had a section of its own. Throws on an unknown law or scenario.
   */
  cell(scenario: string, law: string): CellInfo {
    const cell = this.#cells.get(cellKey(scenario, law));
    if (cell) return cell;
    this.scenario(scenario);
    this.law(law);
    return implicitCell(scenario, law);
  }

  /** The cell written for a scenario and a law, or undefined when no file was written. */
  writtenCell(scenario: string, law: string): CellInfo | undefined {
    return this.#cells.get(cellKey(scenario, law));
  }

  law(id: string): LawInfo {
    const law = this.laws.find((candidate) => candidate.id === id);
    if (!law) throw new Error(`Unknown law "${id}"`);
    return law;
  }

  scenario(id: string): ScenarioInfo {
    const scenario = this.scenarios.find((candidate) => candidate.id === id);
    if (!scenario) throw new Error(`Unknown scenario "${id}"`);
    return scenario;
  }

  /** Rows of the matrix for some laws (all by default), in order. */
  rows(laws: LawInfo[] = this.laws): { scenario: ScenarioInfo; cells: CellInfo[] }[] {
    return this.scenarios.map((scenario) => ({ scenario, cells: laws.map((law) => this.cell(scenario.id, law.id)) }));
  }

  /** One law's column: how it covers each scenario. */
  column(lawId: string): { scenario: ScenarioInfo; cell: CellInfo }[] {
    return this.scenarios.map((scenario) => ({ scenario, cell: this.cell(scenario.id, lawId) }));
  }

  /**
   * One scenario's row: U.S. laws that apply first (protected, partial, gap), then the EU laws
   * that apply (for comparison), then not-applicable.
   */
  row(scenarioId: string, laws: LawInfo[] = this.laws): { law: LawInfo; cell: CellInfo }[] {
    const rank = (status: Status) => statuses.indexOf(status);
    const na = (entry: { cell: CellInfo }) => Number(entry.cell.status === 'not-applicable');
    const eu = (entry: { law: LawInfo }) => Number(isComparisonOnly(entry.law));
    return laws
      .map((law) => ({ law, cell: this.cell(scenarioId, law.id) }))
      .sort(
        (a, b) =>
          na(a) - na(b) ||
          eu(a) - eu(b) ||
          rank(a.cell.status) - rank(b.cell.status) ||
          groupRank[jurisdictionGroup(a.law.jurisdiction)] - groupRank[jurisdictionGroup(b.law.jurisdiction)] ||
          a.law.order - b.law.order,
      );
  }

  /** Laws that protect residents of a state: federal law plus the state's own (EU is comparison only). */
  lawsForState(stateLawIds: string[]): LawInfo[] {
    return this.laws.filter((law) => law.jurisdiction === 'us' || stateLawIds.includes(law.id));
  }

  /** Every written cell, in matrix order (implicit not-applicable cells left out). */
  allCells(): CellInfo[] {
    return this.rows()
      .flatMap((row) => row.cells)
      .filter((cell) => !cell.implicit);
  }

  /** Written cells of one law, in scenario order. */
  lawCells(lawId: string): CellInfo[] {
    return this.column(lawId)
      .map((entry) => entry.cell)
      .filter((cell) => !cell.implicit);
  }
}

/** The stand-in for a cell no file was written for. */
export function implicitCell(scenario: string, law: string): CellInfo {
  return {
    scenario,
    law,
    status: 'not-applicable',
    summary: 'This law does not bear on this situation.',
    detail: '',
    citations: [],
    confidence: 'high',
    reviewed: new Date(0),
    implicit: true,
  };
}

/** How many cells have each status. */
export function countStatuses(cells: CellInfo[]): Record<Status, number> {
  const counts: Record<Status, number> = { protected: 0, partial: 0, gap: 0, 'not-applicable': 0 };
  for (const cell of cells) counts[cell.status] += 1;
  return counts;
}

/** "2 protected, 3 partly protected, 1 gap" (statuses with no cells left out). */
export function describeCounts(counts: Record<Status, number>, include: Status[] = ['protected', 'partial', 'gap']): string {
  const words: Record<Status, [string, string]> = {
    protected: ['protected', 'protected'],
    partial: ['partly protected', 'partly protected'],
    gap: ['gap', 'gaps'],
    'not-applicable': ['not applicable', 'not applicable'],
  };
  const parts = include.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${words[status][counts[status] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'none applies';
}

/** "3 protected, 2 partly protected, 1 gap" for a set of cells (a law's column, a scenario's row). */
export function statusSummary(cells: CellInfo[]): string {
  return describeCounts(countStatuses(cells));
}

/** What the finder shows for a state and a worry: laws that apply, sorted best first, and the gaps. */
export function findProtections(matrix: Matrix, stateLawIds: string[], scenarioId: string) {
  const row = matrix.row(scenarioId, matrix.lawsForState(stateLawIds));
  const applicable = row.filter((entry) => entry.cell.status !== 'not-applicable');
  return {
    scenario: matrix.scenario(scenarioId),
    protections: applicable.filter((entry) => entry.cell.status === 'protected' || entry.cell.status === 'partial'),
    gaps: applicable.filter((entry) => entry.cell.status === 'gap'),
    notApplicable: row.filter((entry) => entry.cell.status === 'not-applicable'),
    hasStateLaw: stateLawIds.length > 0,
  };
}
