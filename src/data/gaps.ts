/**
 * The gap matrix pages: `/gaps/` (federal law, then EU law for comparison, and a link per state)
 * and `/gaps/<code>/` (federal law plus one state's own laws). One view per route; the components
 * only render. The same view carries the wide table (laws as columns) and the narrow cards (one per
 * situation: the laws that apply, and how many do not), so reading needs no script.
 */
import { describeCounts, implicitCell, jurisdictionGroup, statusInfo, type JurisdictionGroup, type LawInfo, type Matrix, type Status } from '../lib/gap-model';
import { placeName } from '../lib/place-name';
import { routes } from '../lib/routes';
import { getMatrix, getStates } from './model';

/** One law column of the table. */
export interface MatrixColumnView {
  id: string;
  name: string;
  /** The column heading: the short name, without the state code a state's own matrix already names. */
  label: string;
  href: string;
  group: JurisdictionGroup;
  /** The first column of a group after another group (a firmer line before it). */
  groupStart: boolean;
}

/** A run of columns under one heading ("Federal law", "Ohio law", "EU law, for comparison only"). */
export interface MatrixGroupView {
  group: JurisdictionGroup;
  label: string;
  /** EU law: shown to compare, it does not protect U.S. patients. */
  comparison: boolean;
  span: number;
}

/** One cell: a status in word and icon; a link when a cell was written (its reasons and citations). */
export interface MatrixCellView {
  status: Status;
  label: string;
  icon: string;
  /** The cell's section on its scenario page; absent for a law that does not bear on the situation at all. */
  href?: string;
  /** "HIPAA Privacy Rule: Gap. <summary>" for a written cell. */
  title?: string;
  group: JurisdictionGroup;
  groupStart: boolean;
}

export interface MatrixRowView {
  id: string;
  title: string;
  href: string;
  cells: MatrixCellView[];
}

/** One law on a situation's card. */
export interface CardLawView {
  id: string;
  shortName: string;
  name: string;
  status: Status;
  label: string;
  icon: string;
  href: string;
}

/** A situation's card (narrow screens): the laws that apply, best first, and a count of those that do not. */
export interface SituationCardView {
  id: string;
  title: string;
  href: string;
  /** U.S. laws (federal, then the state's) that apply here. */
  applies: CardLawView[];
  /** EU laws that apply here, for comparison. */
  comparison: CardLawView[];
  notApplicable: number;
  /** "8 of the 12 laws here do not apply." */
  notApplicableText: string;
}

/** The matrix as both renderings read it. */
export interface MatrixView {
  caption: string;
  columns: MatrixColumnView[];
  groups: MatrixGroupView[];
  rows: MatrixRowView[];
  cards: SituationCardView[];
  /**
   * From which width the table replaces the cards: `m` (up to 12 law columns, 60rem), `l` (up to 15,
   * 70rem) or `xl` (more, 76rem). Below it the cards show, so nothing ever scrolls sideways; at
   * 1280 px (80rem) every matrix is a table.
   */
  fit: 'm' | 'l' | 'xl';
}

/** Cell counts of one jurisdiction group (missing cells count as not applicable). */
export interface MatrixTotalsView {
  group: JurisdictionGroup;
  laws: number;
  cells: number;
  counts: Record<Status, number>;
  /** "12 protected, 20 partly protected, 30 gaps, 78 not applicable". */
  text: string;
}

export interface StateLinkView {
  code: string;
  name: string;
  href: string;
  /** How many of the state's own laws its matrix adds to federal law. */
  laws: number;
}

/** `/gaps/`. */
export interface GapsPageView {
  matrix: MatrixView;
  /** Every cell on the page, then U.S. law's share of them, then the EU's. */
  cells: number;
  us: MatrixTotalsView;
  eu: MatrixTotalsView;
  /** One sentence: how many cells are U.S. law, and what they say. */
  totalsText: string;
  /** The "my state" filter: a link per state (and DC), A-Z. */
  states: StateLinkView[];
  /** State laws in the model, on the per-state matrices. */
  stateLaws: number;
  /** "the 50 states and DC" */
  statesText: string;
}

/** `/gaps/<code>/`. */
export interface StateGapsPageView {
  code: string;
  name: string;
  /** "Ohio", "the District of Columbia". */
  place: string;
  matrix: MatrixView;
  federal: MatrixTotalsView;
  state: MatrixTotalsView;
  /** One sentence: every cell here is U.S. law, and what they say. */
  totalsText: string;
  statePage: string;
  /** The state's own laws, in column order. */
  stateLaws: { id: string; name: string; href: string }[];
}

const fitFor = (lawColumns: number): MatrixView['fit'] => (lawColumns <= 12 ? 'm' : lawColumns <= 15 ? 'l' : 'xl');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The matrix of some laws against every situation, with group headings, cells and cards. */
export function matrixView(
  matrix: Matrix,
  laws: LawInfo[],
  options: { caption: string; groupLabel: (group: JurisdictionGroup) => string; columnLabel?: (law: LawInfo) => string },
): MatrixView {
  const columns: MatrixColumnView[] = laws.map((law, i) => ({
    id: law.id,
    name: law.name,
    label: options.columnLabel?.(law) ?? law.shortName,
    href: routes.law(law.id),
    group: jurisdictionGroup(law.jurisdiction),
    groupStart: i > 0 && jurisdictionGroup(laws[i - 1]!.jurisdiction) !== jurisdictionGroup(law.jurisdiction),
  }));
  const groups: MatrixGroupView[] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last && last.group === column.group) last.span += 1;
    else groups.push({ group: column.group, label: options.groupLabel(column.group), comparison: column.group === 'eu', span: 1 });
  }
  const rows: MatrixRowView[] = matrix.scenarios.map((scenario) => ({
    id: scenario.id,
    title: scenario.title,
    href: routes.scenario(scenario.id),
    cells: laws.map((law, i) => {
      const written = matrix.writtenCell(scenario.id, law.id);
      const cell = written ?? implicitCell(scenario.id, law.id);
      const info = statusInfo[cell.status];
      return {
        status: cell.status,
        label: info.label,
        icon: info.icon,
        group: columns[i]!.group,
        groupStart: columns[i]!.groupStart,
        ...(written ? { href: routes.scenario(scenario.id, law.id), title: `${law.name}: ${info.label}. ${written.summary}` } : {}),
      };
    }),
  }));
  const cards: SituationCardView[] = matrix.scenarios.map((scenario) => {
    const row = matrix.row(scenario.id, laws);
    const toCard = ({ law, cell }: (typeof row)[number]): CardLawView => ({
      id: law.id,
      shortName: law.shortName,
      name: law.name,
      status: cell.status,
      label: statusInfo[cell.status].label,
      icon: statusInfo[cell.status].icon,
      href: routes.scenario(scenario.id, law.id),
    });
    const applying = row.filter((entry) => entry.cell.status !== 'not-applicable');
    const notApplicable = row.length - applying.length;
    return {
      id: scenario.id,
      title: scenario.title,
      href: routes.scenario(scenario.id),
      applies: applying.filter((entry) => jurisdictionGroup(entry.law.jurisdiction) !== 'eu').map(toCard),
      comparison: applying.filter((entry) => jurisdictionGroup(entry.law.jurisdiction) === 'eu').map(toCard),
      notApplicable,
      notApplicableText:
        notApplicable === 0
          ? `Every law here applies.`
          : notApplicable === row.length
            ? `None of the ${row.length} laws here applies.`
            : `${notApplicable} of the ${row.length} laws here ${notApplicable === 1 ? 'does' : 'do'} not apply.`,
    };
  });
  return { caption: options.caption, columns, groups, rows, cards, fit: fitFor(laws.length) };
}

/** Status counts of some laws over every situation; a missing cell counts as not applicable. */
export function matrixTotals(matrix: Matrix, laws: LawInfo[], group: JurisdictionGroup): MatrixTotalsView {
  const counts: Record<Status, number> = { protected: 0, partial: 0, gap: 0, 'not-applicable': 0 };
  for (const law of laws) for (const scenario of matrix.scenarios) counts[matrix.cell(scenario.id, law.id).status] += 1;
  const cells = laws.length * matrix.scenarios.length;
  return { group, laws: laws.length, cells, counts, text: describeCounts(counts, ['protected', 'partial', 'gap', 'not-applicable']) };
}

const federalLaws = (matrix: Matrix) => matrix.laws.filter((law) => jurisdictionGroup(law.jurisdiction) === 'federal');

/** `/gaps/` from a matrix and the states: federal law first, then EU law for comparison. */
export function gapsPageView(matrix: Matrix, states: { code: string; name: string; lawIds: string[] }[]): GapsPageView {
  const federal = federalLaws(matrix);
  const eu = matrix.laws.filter((law) => jurisdictionGroup(law.jurisdiction) === 'eu');
  const us = matrixTotals(matrix, federal, 'federal');
  const euTotals = matrixTotals(matrix, eu, 'eu');
  const cells = us.cells + euTotals.cells;
  const situations = plural(matrix.scenarios.length, 'situation', 'situations');
  return {
    matrix: matrixView(matrix, [...federal, ...eu], {
      caption: 'Federal law, then EU law for comparison, against each situation',
      groupLabel: (group) => (group === 'eu' ? 'EU law, for comparison only' : 'U.S. federal law'),
    }),
    cells,
    us,
    eu: euTotals,
    totalsText:
      `${cells} cells (${plural(federal.length + eu.length, 'law', 'laws')} × ${situations}): ` +
      `${us.cells} are U.S. federal law (${us.text}); ` +
      `${euTotals.cells} are EU law, shown for comparison only (${euTotals.text}).`,
    states: [...states]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((state) => ({ code: state.code, name: state.name, href: routes.stateGaps(state.code), laws: state.lawIds.length })),
    stateLaws: matrix.laws.filter((law) => jurisdictionGroup(law.jurisdiction) === 'state').length,
    statesText: `the ${plural(states.filter((state) => state.code !== 'dc').length, 'state', 'states')}${states.some((state) => state.code === 'dc') ? ' and DC' : ''}`,
  };
}

/** `/gaps/<code>/`: federal law, then the state's own laws (EU law stays on /gaps/). */
export function stateGapsPageView(matrix: Matrix, state: { code: string; name: string; lawIds: string[] }): StateGapsPageView {
  const federal = federalLaws(matrix);
  const own = matrix.laws.filter((law) => state.lawIds.includes(law.id));
  const place = placeName(state.code, state.name);
  const prefix = `${state.code.toUpperCase()} `;
  const federalTotals = matrixTotals(matrix, federal, 'federal');
  const stateTotals = matrixTotals(matrix, own, 'state');
  const cells = federalTotals.cells + stateTotals.cells;
  const ownLabel = state.code === 'dc' ? 'District law' : `${state.name} law`;
  return {
    code: state.code,
    name: state.name,
    place,
    matrix: matrixView(matrix, [...federal, ...own], {
      caption: `Federal law and ${place}'s own laws against each situation`,
      groupLabel: (group) => (group === 'federal' ? 'U.S. federal law' : ownLabel),
      columnLabel: (law) => (law.shortName.startsWith(prefix) ? law.shortName.slice(prefix.length) : law.shortName),
    }),
    federal: federalTotals,
    state: stateTotals,
    totalsText:
      `${cells} cells (${plural(federal.length + own.length, 'law', 'laws')} × ${plural(matrix.scenarios.length, 'situation', 'situations')}), all U.S. law: ` +
      `${federalTotals.cells} federal (${federalTotals.text})` +
      (own.length > 0 ? ` and ${stateTotals.cells} ${ownLabel} (${stateTotals.text}).` : `; no ${ownLabel} in this model yet.`),
    statePage: routes.state(state.code),
    stateLaws: own.map((law) => ({ id: law.id, name: law.name, href: routes.law(law.id) })),
  };
}

/** The view of `/gaps/`. */
export async function getGapsView(): Promise<GapsPageView> {
  return gapsPageView(await getMatrix(), await getStates());
}

/** The codes of the per-state matrices (every state and DC). */
export async function getStateGapsCodes(): Promise<string[]> {
  return (await getStates()).map((state) => state.code);
}

/** The view of `/gaps/<code>/` (throws on an unknown code). */
export async function getStateGapsView(code: string): Promise<StateGapsPageView> {
  const state = (await getStates()).find((entry) => entry.code === code);
  if (!state) throw new Error(`Unknown state "${code}"`);
  return stateGapsPageView(await getMatrix(), state);
}
