/** The gap model from the collections: one Matrix per build, and the views pages need. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { Matrix, type CellInfo, type LawInfo } from '../lib/gap-model';
import { pinCitation, type PinCitation } from '../lib/citations';
import { getSourceMap, requireSource } from './sources';
import { getArticleIndex } from './article-index';

let matrix: Matrix | undefined;
let lawEntries: Map<string, CollectionEntry<'laws'>> | undefined;
let scenarioEntries: Map<string, CollectionEntry<'scenarios'>> | undefined;

/** The model, built once per build. A missing cell file means "not applicable" (see Matrix.cell). */
export async function getMatrix(): Promise<Matrix> {
  if (matrix) return matrix;
  const laws = await getCollection('laws');
  const scenarios = await getCollection('scenarios');
  const coverage = await getCollection('coverage');
  lawEntries = new Map(laws.map((law) => [law.id, law]));
  scenarioEntries = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const cells: CellInfo[] = coverage.map((entry) => {
    const [scenario, law] = entry.id.split('/');
    if (!scenario || !law || !lawEntries!.has(law) || !scenarioEntries!.has(scenario)) {
      throw new Error(`content/coverage/${entry.id}.yaml: the path must be <scenario-id>/<law-id> of an existing scenario and law`);
    }
    return {
      scenario,
      law,
      status: entry.data.status,
      summary: entry.data.summary,
      detail: entry.data.detail,
      citations: entry.data.citations.map((c) => ({ source: c.source.id, ...(c.pin ? { pin: c.pin } : {}) })),
      ...(entry.data.fix ? { fix: entry.data.fix } : {}),
      confidence: entry.data.confidence,
      reviewed: entry.data.reviewed,
    };
  });
  const built = new Matrix({
    laws: laws.map((law) => ({ id: law.id, name: law.data.name, shortName: law.data.shortName, jurisdiction: law.data.jurisdiction, order: law.data.order })),
    scenarios: scenarios.map((s) => ({ id: s.id, title: s.data.title, question: s.data.question, order: s.data.order })),
    cells,
  });
  matrix = built;
  return built;
}

/** A law's full entry. */
export async function getLawEntry(id: string): Promise<CollectionEntry<'laws'>> {
  await getMatrix();
  const entry = lawEntries!.get(id);
  if (!entry) throw new Error(`Unknown law "${id}"`);
  return entry;
}

/** A scenario's full entry. */
export async function getScenarioEntry(id: string): Promise<CollectionEntry<'scenarios'>> {
  await getMatrix();
  const entry = scenarioEntries!.get(id);
  if (!entry) throw new Error(`Unknown scenario "${id}"`);
  return entry;
}

/** A citation of a cell, ready to print. */
export type CellCitation = PinCitation;

/** Resolve a cell's citations to labels and links (throws on an unknown source). */
export async function cellCitations(cell: CellInfo): Promise<CellCitation[]> {
  const usedIn = `content/coverage/${cell.scenario}/${cell.law}.yaml`;
  return Promise.all(cell.citations.map(async ({ source, pin }) => pinCitation((await requireSource(source, usedIn)).data, pin)));
}

/** Resolve citations in data files: label "45 CFR 164.514(b)(2)" and link (throws on an unknown source). */
export async function citationResolver(): Promise<(citation: { source: string; pin?: string }) => CellCitation> {
  const sources = await getSourceMap();
  return ({ source, pin }) => {
    const entry = sources.get(source);
    if (!entry) throw new Error(`Unknown source "${source}" in the gap model`);
    return pinCitation(entry.data, pin);
  };
}

/** Laws grouped for index pages: federal, then each state, then EU comparisons. */
export async function getLawGroups(): Promise<{ heading: string; laws: LawInfo[] }[]> {
  const { laws } = await getMatrix();
  const states = await getCollection('states');
  const stateName = (code: string) => states.find((state) => state.id === code)?.data.name ?? code.toUpperCase();
  const groups = new Map<string, LawInfo[]>();
  for (const law of laws) {
    const heading = law.jurisdiction === 'us' ? 'Federal law' : law.jurisdiction === 'eu' ? 'European Union (for comparison)' : stateName(law.jurisdiction);
    groups.set(heading, [...(groups.get(heading) ?? []), law]);
  }
  return [...groups].map(([heading, grouped]) => ({ heading, laws: grouped }));
}

/** Articles that discuss a law or a scenario, for "read more" lists (sorted by title; a copy). */
export async function getArticlesAbout(kind: 'laws' | 'scenarios', id: string): Promise<{ id: string; title: string }[]> {
  const index = await getArticleIndex();
  return [...((kind === 'laws' ? index.aboutLaw : index.aboutScenario).get(id) ?? [])];
}

/**
 * Every state, sorted by name, with its own laws: those whose jurisdiction is the state's code, plus
 * any its `laws` list names, in matrix order (src/data/states.ts builds the state pages from the same).
 */
export async function getStates() {
  const states = await getCollection('states');
  const { laws } = await getMatrix();
  return states
    .map((state) => {
      const listed = state.data.laws.map((law) => law.id);
      const lawIds = laws.filter((law) => law.jurisdiction === state.id || listed.includes(law.id)).map((law) => law.id);
      return { code: state.id, ...state.data, lawIds };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
