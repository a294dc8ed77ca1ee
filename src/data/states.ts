/**
 * The state law layer from the collections: one view model per state page, and flat rows for the
 * matrix's state filter, the finder, the letters and /data/. A state's own laws are the laws whose
 * jurisdiction is its code (plus any its `laws` list names); a missing cell means "not applicable".
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pinCitation } from '../lib/citations';
import { letterUrl } from '../lib/letter-url';
import { placeName } from '../lib/place-name';
import { statusInfo, type CellInfo, type Status } from '../lib/gap-model';
import {
  categoryLabels,
  categoryOrder,
  compareWithFederal,
  coreStateCategories,
  searchedCategoryIds,
  takesEffectLater,
  type SituationComparison,
} from '../lib/state-layer';
import { officialLawHosts } from '../lib/integrity';
import type { LawRecord } from '../lib/open-data';
import { cellCitations, getMatrix, type CellCitation } from './model';
import { getExplainer } from './finder';
import { getArticleIndex } from './article-index';
import { articlesAboutState } from '../lib/state-articles';
import { requireSource } from './sources';

type LawEntry = CollectionEntry<'laws'>;
type StateEntry = CollectionEntry<'states'>;

/** One written cell of a state law, resolved for printing. */
export interface StateCellView {
  scenario: string;
  scenarioTitle: string;
  scenarioQuestion: string;
  status: Status;
  statusLabel: string;
  summary: string;
  detail: string;
  /** Written for this state's legislature (partial and gap cells). */
  fix?: string;
  confidence: 'high' | 'medium' | 'low';
  reviewed: Date;
  statusChecked?: Date;
  citations: CellCitation[];
  /** The link to the cell's section on its scenario page. */
  href: string;
}

/** One state law, resolved for printing. */
export interface StateLawView extends Pick<LawRecord, 'id' | 'name' | 'shortName' | 'jurisdiction' | 'citation' | 'url'> {
  categories: string[];
  summary: string;
  shortAnswer?: string;
  enforcedBy: string;
  privateRightOfAction: { available: boolean; note: string; unconfirmed?: true };
  enacted?: Date;
  effective: Date;
  effectiveNote?: string;
  /** Replaces "in effect since <effective>" when the first effective date was not checked. */
  effectiveLabel?: string;
  /** True when `effective` is after the day the status was checked: the page says "takes effect on". */
  takesEffectLater: boolean;
  statusChecked?: Date;
  checked?: string;
  reviewed: Date;
  grouped?: string;
  /** What the law gives a patient, with a pinpoint link where one was given. */
  provides: { kind: string; kindLabel: string; text: string; label?: string; url?: string }[];
  /** The cells written for this law, in scenario order (applicable first). */
  cells: StateCellView[];
  /** True when any cell rests on a secondary source only (confidence low). */
  lowConfidence: boolean;
  /** The host of `url` when it is not an official legal-text host: the law is cited from a secondary source. */
  secondaryHost?: string;
  href: string;
}

/** Everything a state page shows, in page order. */
export interface StatePageView {
  code: string;
  name: string;
  isDc: boolean;
  /** The name as a sentence uses it ("the District of Columbia", "Ohio"). */
  place: string;
  /** "the District" or "the state". */
  where: string;
  /** The page's description (search results, share cards). */
  description: string;
  /** "2 state laws in this model: A, B.", for a state with laws and no short answer of its own. */
  lawsLine?: string;
  /** The letter builder, set to this state. */
  letterHref: string;
  shortAnswer?: string;
  readerQuestions: string[];
  laws: StateLawView[];
  /** Laws grouped by category, in the page's category order; a law with several categories appears under its first. */
  groups: { category: string; label: string; laws: StateLawView[] }[];
  /** For each core category with no law: what was searched and when (empty `records` = not yet searched). */
  searchedWithoutLaw: { category: string; label: string; records: StateEntry['data']['searched'] }[];
  /** Search records whose category names no law category. */
  otherSearched: StateEntry['data']['searched'];
  /** Situations where the state's own law protects more than federal law, and where it does not. */
  better: SituationComparison[];
  notBetter: SituationComparison[];
  contacts: {
    legislatureHome: string;
    lookupUrl?: string;
    lookupKind?: string;
    /** What the official lookup is, when it is not a search by address: " (a list of members)", " (a district map)". */
    lookupNote: string;
    agComplaintUrl?: string;
    agName?: string;
    note?: string;
  };
  /** Articles about the state: on one of its laws, or naming it in their title or description. */
  articles: { id: string; title: string }[];
  /** The article that explains each situation (by scenario id), where one is named. */
  explainers: Record<string, { id: string; title: string }>;
}

let lawsByState: Map<string, LawEntry[]> | undefined;

async function stateEntries(): Promise<StateEntry[]> {
  return getCollection('states');
}

/** The state's own law entries: jurisdiction = code, plus any named in its `laws` list. */
async function ownLawEntries(state: StateEntry): Promise<LawEntry[]> {
  if (!lawsByState) {
    lawsByState = new Map();
    for (const law of await getCollection('laws')) {
      if (law.data.jurisdiction === 'us' || law.data.jurisdiction === 'eu') continue;
      lawsByState.set(law.data.jurisdiction, [...(lawsByState.get(law.data.jurisdiction) ?? []), law]);
    }
  }
  const byJurisdiction = lawsByState.get(state.id) ?? [];
  const listed = state.data.laws.map((ref) => ref.id).filter((id) => !byJurisdiction.some((law) => law.id === id));
  const all = await getCollection('laws');
  return [...byJurisdiction, ...all.filter((law) => listed.includes(law.id))].sort((a, b) => a.data.order - b.data.order);
}

/** The ids of a state's own laws (the finder and the letters take these as `lawIds`). */
export async function getStateLawIds(code: string): Promise<string[]> {
  const state = (await stateEntries()).find((entry) => entry.id === code);
  if (!state) throw new Error(`Unknown state "${code}"`);
  return (await ownLawEntries(state)).map((law) => law.id);
}

async function cellView(cell: CellInfo, statusChecked: Date | undefined): Promise<StateCellView> {
  const matrix = await getMatrix();
  const scenario = matrix.scenario(cell.scenario);
  return {
    scenario: cell.scenario,
    scenarioTitle: scenario.title,
    scenarioQuestion: scenario.question,
    status: cell.status,
    statusLabel: statusInfo[cell.status].label,
    summary: cell.summary,
    detail: cell.detail,
    ...(cell.fix ? { fix: cell.fix } : {}),
    confidence: cell.confidence,
    reviewed: cell.reviewed,
    ...(statusChecked ? { statusChecked } : {}),
    citations: await cellCitations(cell),
    href: `/scenarios/${cell.scenario}/#${cell.law}`,
  };
}

/** How a state page labels each kind of provision a law gives. */
const provisionLabels: Record<string, string> = { right: 'Your right', remedy: 'Your remedy', duty: 'A duty', deadline: 'Deadline', 'fee-cap': 'Fee rule' };

/** One state law, resolved (its written cells, what it provides, its dates). */
export async function getStateLawView(law: LawEntry): Promise<StateLawView> {
  const matrix = await getMatrix();
  const coverage = await getCollection('coverage', (entry) => entry.id.endsWith(`/${law.id}`));
  const checkedOn = new Map(coverage.map((entry) => [entry.id.split('/')[0]!, entry.data.statusChecked]));
  const written = matrix.lawCells(law.id);
  const applying = [...written.filter((cell) => cell.status !== 'not-applicable'), ...written.filter((cell) => cell.status === 'not-applicable')];
  const cells = await Promise.all(applying.map((cell) => cellView(cell, checkedOn.get(cell.scenario))));
  const { data } = law;
  const source = await requireSource(data.source.id, `content/laws/${law.id}.yaml`);
  const asOf = data.statusChecked ?? data.reviewed;
  return {
    id: law.id,
    name: data.name,
    shortName: data.shortName,
    jurisdiction: data.jurisdiction,
    citation: data.citation,
    url: data.url,
    categories: data.categories.length > 0 ? data.categories : ['other'],
    summary: data.summary,
    ...(data.shortAnswer ? { shortAnswer: data.shortAnswer } : {}),
    enforcedBy: data.enforcedBy,
    privateRightOfAction: data.privateRightOfAction,
    ...(data.enacted ? { enacted: data.enacted } : {}),
    effective: data.effective,
    ...(data.effectiveNote ? { effectiveNote: data.effectiveNote } : {}),
    ...(data.effectiveLabel ? { effectiveLabel: data.effectiveLabel } : {}),
    takesEffectLater: takesEffectLater(data.effective, asOf),
    ...(data.statusChecked ? { statusChecked: data.statusChecked } : {}),
    ...(data.checked ? { checked: data.checked } : {}),
    reviewed: data.reviewed,
    ...(data.grouped ? { grouped: data.grouped } : {}),
    provides: data.provides.map((item) => ({
      kind: item.kind,
      kindLabel: provisionLabels[item.kind] ?? item.kind,
      text: item.text,
      ...(item.pin ? pinCitation(source.data, item.pin) : {}),
    })),
    cells,
    lowConfidence: cells.some((cell) => cell.confidence === 'low'),
    ...(officialLawHosts.includes(new URL(data.url).host) ? {} : { secondaryHost: new URL(data.url).host }),
    href: `/laws/${law.id}/`,
  };
}

/** The view model of one state page (throws on an unknown code). */
export async function getStatePageView(code: string): Promise<StatePageView> {
  const state = (await stateEntries()).find((entry) => entry.id === code);
  if (!state) throw new Error(`Unknown state "${code}"`);
  const matrix = await getMatrix();
  const entries = await ownLawEntries(state);
  const laws = await Promise.all(entries.map((law) => getStateLawView(law)));
  const groups = categoryOrder
    .map((category) => ({ category, label: categoryLabels[category]!, laws: laws.filter((law) => law.categories[0] === category) }))
    .filter((group) => group.laws.length > 0);
  const covered = new Set(laws.flatMap((law) => law.categories));
  const searched = state.data.searched;
  const searchedWithoutLaw = coreStateCategories
    .filter((category) => !covered.has(category))
    .map((category) => ({
      category,
      label: categoryLabels[category]!,
      records: searched.filter((record) => searchedCategoryIds(record.category).includes(category)),
    }));
  const matched = new Set(searchedWithoutLaw.flatMap((group) => group.records));
  const otherSearched = searched.filter((record) => !matched.has(record));
  const canSue = laws.filter((law) => law.privateRightOfAction.available && !law.privateRightOfAction.unconfirmed).map((law) => law.id);
  const comparison = compareWithFederal(
    matrix,
    laws.map((law) => law.id),
    canSue,
  );
  const published = (await getArticleIndex()).published.map((article) => ({
    id: article.id,
    title: article.data.title,
    description: article.data.description,
    laws: article.data.laws.map((ref) => ref.id),
  }));
  const uniqueArticles = articlesAboutState(published, { name: state.data.name, lawIds: laws.map((law) => law.id) });
  const explainers: StatePageView['explainers'] = {};
  for (const scenario of matrix.scenarios) {
    const explainer = await getExplainer(scenario.id);
    if (explainer) explainers[scenario.id] = explainer;
  }
  const { data } = state;
  const isDc = state.id === 'dc';
  return {
    code: state.id,
    name: data.name,
    isDc,
    place: placeName(state.id, data.name),
    where: isDc ? 'the District' : 'the state',
    description:
      data.shortAnswer ?? `What protects medical images in ${data.name}: federal law${laws.length > 0 ? ' and state law' : ''}, with official lookups.`,
    ...(laws.length > 0
      ? {
          lawsLine: `${laws.length} ${isDc ? 'District' : 'state'} ${laws.length === 1 ? 'law' : 'laws'} in this model: ${laws.map((law) => law.shortName).join(', ')}.`,
        }
      : {}),
    letterHref: letterUrl({ state: state.id }),
    ...(data.shortAnswer ? { shortAnswer: data.shortAnswer } : {}),
    readerQuestions: data.readerQuestions,
    laws,
    groups,
    searchedWithoutLaw,
    otherSearched,
    better: comparison.filter((entry) => entry.betterLaws.length > 0),
    notBetter: comparison.filter((entry) => entry.betterLaws.length === 0),
    contacts: {
      legislatureHome: data.legislatureHome,
      ...(data.lookupUrl ? { lookupUrl: data.lookupUrl } : {}),
      ...(data.lookupKind ? { lookupKind: data.lookupKind } : {}),
      lookupNote: data.lookupKind === 'roster' ? ' (a list of members)' : data.lookupKind === 'map' ? ' (a district map)' : '',
      ...(data.agComplaintUrl ? { agComplaintUrl: data.agComplaintUrl } : {}),
      ...(data.agName ? { agName: data.agName } : {}),
      ...(data.note ? { note: data.note } : {}),
    },
    articles: uniqueArticles,
    explainers,
  };
}

/** One row per written state-law cell, for /data/, the matrix's state filter and the letters. */
export interface StateCellRow {
  state: string;
  stateName: string;
  law: string;
  lawName: string;
  scenario: string;
  status: Status;
  summary: string;
  fix?: string;
  confidence: 'high' | 'medium' | 'low';
  reviewed: string;
  citations: CellCitation[];
  /** The first citation's label and link (every state cell has a pinpoint; a content test enforces it). */
  citation: string;
  url: string;
}

/** Every written cell of every state law, state by state (states A-Z, laws in order, scenarios in order). */
export async function getStateCellRows(): Promise<StateCellRow[]> {
  const matrix = await getMatrix();
  const states = (await stateEntries()).sort((a, b) => a.data.name.localeCompare(b.data.name));
  const rows: StateCellRow[] = [];
  for (const state of states) {
    for (const law of await ownLawEntries(state)) {
      for (const cell of matrix.lawCells(law.id)) {
        const citations = await cellCitations(cell);
        rows.push({
          state: state.id,
          stateName: state.data.name,
          law: law.id,
          lawName: law.data.name,
          scenario: cell.scenario,
          status: cell.status,
          summary: cell.summary,
          ...(cell.fix ? { fix: cell.fix } : {}),
          confidence: cell.confidence,
          reviewed: cell.reviewed.toISOString().slice(0, 10),
          citations,
          citation: citations[0]?.label ?? '',
          url: citations[0]?.url ?? '',
        });
      }
    }
  }
  return rows;
}

/** Every state with its own law ids, A-Z (what the finder and the letters need). */
export async function getStateLawIndex(): Promise<{ code: string; name: string; lawIds: string[] }[]> {
  const states = (await stateEntries()).sort((a, b) => a.data.name.localeCompare(b.data.name));
  return Promise.all(states.map(async (state) => ({ code: state.id, name: state.data.name, lawIds: (await ownLawEntries(state)).map((law) => law.id) })));
}
