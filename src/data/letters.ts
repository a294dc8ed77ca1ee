/** Letter templates and the slice of the gap model letters are built from. */
import { getCollection } from 'astro:content';
import { pinCitation } from '../lib/citations';
import { composeLetter, templateTokens, type LetterModel, type LetterTemplate, type RecipientKind } from '../lib/letters';
import { routes } from '../lib/routes';
import { recipientKinds } from '../lib/vocabulary';
import { recipientLabels } from '../strings/en';
import { cellCitations, getMatrix, getStates } from './model';
import { getLookupConfig } from './representatives';
import { localPreview, pageUrl } from './site';
import { getSourceMap } from './sources';

/** All letter templates, Congress first, then state, attorney general, provider, OCR. */
export async function getLetterTemplates(): Promise<(LetterTemplate & { description: string })[]> {
  const rank: Record<RecipientKind, number> = {
    'us-senator': 0,
    'us-representative': 0,
    'state-legislator': 1,
    'state-attorney-general': 2,
    provider: 3,
    'hhs-ocr': 4,
  };
  const matrix = await getMatrix();
  const scenarioOrder = (ids: string[]) => (ids[0] ? matrix.scenario(ids[0]).order : 0);
  return (await getCollection('letters'))
    .map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      recipient: entry.data.recipient,
      scenarios: entry.data.scenarios.map((ref) => ref.id),
      subject: entry.data.subject,
      opening: entry.data.opening,
      ...(entry.data.ask ? { ask: entry.data.ask } : {}),
      ...(entry.data.stateAsk ? { stateAsk: entry.data.stateAsk } : {}),
      closing: entry.data.closing,
    }))
    .sort((a, b) => rank[a.recipient[0]!] - rank[b.recipient[0]!] || scenarioOrder(a.scenarios) - scenarioOrder(b.scenarios) || a.title.localeCompare(b.title));
}

const models = new Map<string, Promise<LetterModel>>();

/** What composition needs: laws, scenarios with an article each, gap and partial cells, states, cite tokens (built once per site URL). */
export function getLetterModel(siteUrl: string): Promise<LetterModel> {
  if (!models.has(siteUrl)) models.set(siteUrl, buildLetterModel(siteUrl));
  return models.get(siteUrl)!;
}

/**
 * What /letters/ carries in its first visit: templates, situations, states and cite tokens, but no
 * cells. The builder fetches `/letters/data/us.json` and `/letters/data/<state>.json` (getLetterSlice)
 * when the reader chooses, so the page does not grow with the model (issue 18).
 */
export async function getLetterShell() {
  const model = await getLetterModel('');
  return {
    templates: await getLetterTemplates(),
    scenarios: model.scenarios.map(({ id, title, question }) => ({ id, title, question })),
    states: model.states.map(({ code, name }) => ({ code, name })),
    cites: model.cites,
  };
}
export type LetterShell = Awaited<ReturnType<typeof getLetterShell>>;

/** One jurisdiction's part of the model: its laws, their cells, and the articles that explain them. */
export async function getLetterSlice(code: string) {
  const model = await getLetterModel('');
  const lawIds =
    code === 'us'
      ? model.laws.filter((law) => law.jurisdiction === 'us').map((law) => law.id)
      : (model.states.find((state) => state.code === code)?.lawIds ?? []);
  const cells = model.cells.filter((cell) => lawIds.includes(cell.law));
  const articles: Record<string, { id: string; laws: string[] }[]> = {};
  for (const scenario of model.scenarios) {
    const picks = [
      ...(code === 'us' && scenario.articles[0] ? [scenario.articles[0]] : []),
      ...lawIds.map((law) => scenario.articles.find((article) => article.laws.includes(law))).filter((article) => article !== undefined),
    ];
    const unique = [...new Map(picks.map((article) => [article.id, { id: article.id, laws: article.laws.filter((law) => lawIds.includes(law)) }])).values()];
    if (unique.length > 0) articles[scenario.id] = unique;
  }
  return { code, laws: model.laws.filter((law) => lawIds.includes(law.id)), cells, articles };
}
export type LetterSlice = Awaited<ReturnType<typeof getLetterSlice>>;

async function buildLetterModel(siteUrl: string): Promise<LetterModel> {
  const matrix = await getMatrix();
  const articles = await getCollection('articles', (article) => !article.data.draft);
  const sources = await getSourceMap();
  const cites: LetterModel['cites'] = {};
  for (const template of await getLetterTemplates()) {
    for (const text of [template.subject, template.opening, template.ask ?? '', template.closing]) {
      for (const { source, pin } of templateTokens(text).cites) {
        const entry = sources.get(source);
        if (!entry) throw new Error(`content/letters/${template.id}.yaml: unknown source "${source}" in {{cite:…}}`);
        cites[`${source}|${pin ?? ''}`] = pinCitation(entry.data, pin);
      }
    }
  }
  const cells = await Promise.all(
    matrix
      .allCells()
      .filter((cell) => cell.status !== 'not-applicable')
      .map(async (cell) => ({
        scenario: cell.scenario,
        law: cell.law,
        status: cell.status,
        summary: cell.summary,
        ...(cell.status === 'gap' || cell.status === 'partial' ? { detail: cell.detail } : {}),
        ...(cell.fix ? { fix: cell.fix } : {}),
        citations: await cellCitations(cell),
      })),
  );
  return {
    siteUrl: siteUrl.replace(/\/$/, ''),
    laws: matrix.laws.map(({ id, name, jurisdiction }) => ({ id, name, jurisdiction })),
    scenarios: matrix.scenarios.map((scenario) => ({
      id: scenario.id,
      title: scenario.title,
      question: scenario.question,
      articles: articles
        .filter((article) => article.data.scenarios.some((ref) => ref.id === scenario.id))
        .map((article) => ({ id: article.id, laws: article.data.laws.map((ref) => ref.id) })),
    })),
    cells,
    states: (await getStates()).map((state) => ({ code: state.code, name: state.name, lawIds: state.lawIds })),
    cites,
  };
}

/** Official lookup pages for finding recipients (never guessed names or addresses). */
export async function getRecipientLookups() {
  return (await getStates()).map((state) => ({
    code: state.code,
    name: state.name,
    legislature: state.lookupUrl ?? state.legislatureHome,
    attorneyGeneral: state.agComplaintUrl,
  }));
}

/** Letter templates about one scenario (for "write about this" links on scenario pages). */
export async function getLettersForScenario(scenarioId: string) {
  return (await getLetterTemplates()).filter((template) => template.scenarios.includes(scenarioId));
}

/** What /letters/<id>/ prints: one template composed as a ready-made letter, with its placeholders. */
export async function getLetterPageView(id: string) {
  const templates = await getLetterTemplates();
  const template = templates.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`Unknown letter template "${id}"`);
  const model = await getLetterModel(pageUrl('/'));
  const scenarioTitle = (scenario: string) => model.scenarios.find((candidate) => candidate.id === scenario)?.title ?? scenario;
  const forState = template.recipient.includes('state-legislator') || template.recipient.includes('state-attorney-general');
  return {
    localPreview,
    title: template.title,
    description: template.description,
    filters: { type: ['letter'], scenario: template.scenarios.map(scenarioTitle) },
    recipients: template.recipient,
    recipientLabel: template.recipient.map((kind) => recipientLabels[kind]).join(' or '),
    builderHref: `${routes.letters()}?template=${encodeURIComponent(template.id)}`,
    /** A state letter: the states whose own laws the builder adds (the template is for a state without any). */
    statesWithLaws: forState
      ? model.states
          .filter((state) => state.lawIds.length > 0)
          .map((state) => state.name)
          .join(', ')
      : undefined,
    letter: composeLetter(model, templates, { template: template.id }),
  };
}

/** What /letters/ prints: the builder's first-screen data, its form's states and ZIP lookup, and every template by recipient. */
export async function getLettersIndexView() {
  const templates = await getLetterTemplates();
  const shell = await getLetterShell();
  const lookups = Object.fromEntries(
    (await getRecipientLookups()).map((state) => [
      state.code,
      { legislature: state.legislature, ...(state.attorneyGeneral ? { attorneyGeneral: state.attorneyGeneral } : {}) },
    ]),
  );
  return {
    // The first screen only: templates, situations and states. Each jurisdiction's cells load when chosen.
    builderData: { ...shell, lookups },
    states: shell.states,
    lookupConfig: await getLookupConfig(),
    templateCount: templates.length,
    // A build without a public address (a local preview) says so: the letter's links name this computer.
    localPreview,
    // Grouped by a template's first recipient, in recipientKinds order.
    groups: recipientKinds
      .map((kind) => ({
        label: recipientLabels[kind],
        templates: templates
          .filter((template) => template.recipient[0] === kind)
          .map((template) => ({ href: routes.letter(template.id), title: template.title })),
      }))
      .filter((group) => group.templates.length > 0),
  };
}
