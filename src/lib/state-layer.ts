/**
 * The state law layer, pure: which situations a state's own laws protect better than federal law,
 * how a state's laws group by category, and whether a law's date still lies ahead. src/data/states.ts
 * feeds it from the collections; pages, the finder, the letters and /data/ read its results.
 */
import { statuses, type CellInfo, type Matrix, type Status } from './gap-model';

/** Categories a state page always accounts for: a law, or a record of what was searched. */
export const coreStateCategories = ['medical-records', 'breach-notification', 'consumer-privacy', 'health-data-privacy', 'ai-in-care'] as const;

/** Headings for law categories on a state page. */
export const categoryLabels: Record<string, string> = {
  'medical-records': 'Medical records: confidentiality and your access',
  'breach-notification': 'Data breaches',
  'consumer-privacy': 'Consumer privacy (comprehensive privacy law)',
  'health-data-privacy': 'Consumer health data',
  'ai-in-care': 'AI in health care',
  'ai-in-insurance': 'AI in insurance and utilization review',
  biometric: 'Biometric data',
  recording: 'Recording',
  other: 'Other laws',
};

/** The order categories appear in on a state page. */
export const categoryOrder = Object.keys(categoryLabels);

/** Rank of a status, best first: protected 0 ... not-applicable 3. */
export const statusRank = (status: Status): number => statuses.indexOf(status);

/** The best (most protective) of some cells' statuses; not-applicable when there are none. */
export function bestStatus(cells: CellInfo[]): Status {
  return cells.reduce<Status>((best, cell) => (statusRank(cell.status) < statusRank(best) ? cell.status : best), 'not-applicable');
}

export interface SituationComparison {
  scenario: { id: string; title: string; question: string };
  /** The best status federal law gives in this situation. */
  federal: Status;
  /** The best status the state's own laws give. */
  state: Status;
  /** The state's laws that do better than federal law here (empty when the state adds nothing). */
  betterLaws: string[];
  /** Of those, the ones that only add a right to sue (same status as the best federal law). */
  suitOnly: string[];
  /** The state's own written cells for this situation. */
  stateCells: CellInfo[];
}

/**
 * For each situation, whether the state's own laws protect more than federal law. A state law
 * "protects more" when its status ranks above the best federal status (protected over partial,
 * partial over gap or not applicable), or, at the same status, when it lets the patient sue
 * (`canSue`: laws with a confirmed private right of action), which the federal laws modelled do not.
 */
export function compareWithFederal(matrix: Matrix, stateLawIds: string[], canSue: string[] = []): SituationComparison[] {
  const federal = matrix.laws.filter((law) => law.jurisdiction === 'us');
  const own = matrix.laws.filter((law) => stateLawIds.includes(law.id));
  return matrix.scenarios.map((scenario) => {
    const federalBest = bestStatus(federal.map((law) => matrix.cell(scenario.id, law.id)));
    const stateCells = own.map((law) => matrix.writtenCell(scenario.id, law.id)).filter((cell): cell is CellInfo => cell !== undefined);
    const applying = stateCells.filter((cell) => cell.status !== 'not-applicable');
    // Federal law gives patients no right to sue under HIPAA, so a state law with one adds a remedy at equal status.
    const suitOnly = applying
      .filter((cell) => cell.status !== 'gap' && statusRank(cell.status) === statusRank(federalBest) && canSue.includes(cell.law))
      .map((cell) => cell.law);
    const betterLaws = [...applying.filter((cell) => statusRank(cell.status) < statusRank(federalBest)).map((cell) => cell.law), ...suitOnly];
    return {
      scenario: { id: scenario.id, title: scenario.title, question: scenario.question },
      federal: federalBest,
      state: bestStatus(applying),
      betterLaws,
      suitOnly,
      stateCells,
    };
  });
}

/** "takes effect" when the effective date is after the day the status was checked. */
export function takesEffectLater(effective: Date, asOf: Date): boolean {
  return effective.getTime() > asOf.getTime();
}

/** Which of the core categories a state's laws leave empty. */
export function emptyCoreCategories(lawCategories: string[][]): string[] {
  const covered = new Set(lawCategories.flat());
  return coreStateCategories.filter((category) => !covered.has(category));
}

/**
 * The law categories a `searched` record's category names: an id ("ai-in-care"), a label, or the
 * plain words research helpers write ("Consumer or health-data privacy" names two categories).
 */
export function searchedCategoryIds(category: string): string[] {
  const wanted = category.trim().toLowerCase();
  if (categoryLabels[wanted]) return [wanted];
  const byLabel = Object.entries(categoryLabels).find(([, label]) => label.toLowerCase() === wanted)?.[0];
  if (byLabel) return [byLabel];
  const ids: string[] = [];
  const has = (pattern: RegExp) => pattern.test(wanted);
  if (has(/medical.records?|patient access|health records?|records access/)) ids.push('medical-records');
  if (has(/breach/)) ids.push('breach-notification');
  if (has(/consumer|comprehensive/) && !has(/consumer[- ]health/)) ids.push('consumer-privacy');
  if (has(/health[- ]data|consumer[- ]health/)) ids.push('health-data-privacy');
  if (has(/\bai\b|artificial intelligence/)) {
    if (has(/care|health|diagnos/)) ids.push('ai-in-care');
    if (has(/insurance|utilization/)) ids.push('ai-in-insurance');
    if (!ids.some((id) => id.startsWith('ai-'))) ids.push('ai-in-care');
  }
  if (has(/biometric/)) ids.push('biometric');
  return ids;
}

/** The first law category a `searched` record names, if any. */
export function searchedCategoryId(category: string): string | undefined {
  return searchedCategoryIds(category)[0];
}
