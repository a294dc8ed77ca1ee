/**
 * The view models of the routes (src/data get<Page>View), over the real content/ parsed through
 * the real schemas, with `astro:content` mocked (tests/helpers/astro-content.ts). Each page prints
 * what its view returns, so what is checked here is what the page shows.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';

vi.hoisted(() => {
  // astro.config.mjs sets `site` in a build; src/data/site.ts refuses to guess one.
  vi.stubEnv('SITE', 'https://who-protects-my-scans.example');
});
vi.mock('astro:content', async () => (await import('../helpers/astro-content')).mockedAstroContent());

const { getCollection } = await import('astro:content');
const { getMatrix } = await import('../../src/data/model');
const { getScenarioPageView, getScenariosIndexView } = await import('../../src/data/scenarios');
const { getLawPageView, getLawsIndexView } = await import('../../src/data/laws');
const { getLetterPageView, getLettersIndexView, getLetterTemplates } = await import('../../src/data/letters');
const { getDataPageView } = await import('../../src/data/open-data');
const { getRepresentativesPageView } = await import('../../src/data/representatives');
const { getSearchPageView } = await import('../../src/data/home');
type Matrix = Awaited<ReturnType<typeof getMatrix>>;

let matrix: Matrix;
beforeAll(async () => {
  matrix = await getMatrix();
});

describe('getScenarioPageView', () => {
  test('every law of the model is on the page once, or counted among those that do not bear on it', async () => {
    for (const scenario of matrix.scenarios) {
      const view = await getScenarioPageView(scenario.id);
      const shown = [...view.applies, ...view.comparison, ...view.notApplicable].map((detail) => detail.law.id);
      expect(new Set(shown).size, scenario.id).toBe(shown.length);
      const unlisted = Number(/^The (\d+)/.exec(view.unlistedNote ?? 'The 0')![1]);
      expect(shown.length + unlisted, scenario.id).toBe(matrix.laws.length);
      expect(view.question).toBe(scenario.question);
    }
  });

  test('splits U.S. law that applies, EU law for comparison, and written not-applicable cells', async () => {
    for (const scenario of matrix.scenarios) {
      const view = await getScenarioPageView(scenario.id);
      for (const detail of view.applies) expect([detail.comparisonOnly, detail.cell.status === 'not-applicable']).toEqual([false, false]);
      for (const detail of view.comparison)
        expect([detail.law.jurisdiction, detail.comparisonOnly, detail.cell.status === 'not-applicable']).toEqual(['eu', true, false]);
      for (const detail of view.notApplicable) expect([detail.cell.status, detail.cell.implicit ?? false]).toEqual(['not-applicable', false]);
    }
  });

  test('resolves each cell’s citations, status date and history, so CellDetail only prints', async () => {
    const coverage = await getCollection('coverage');
    const view = await getScenarioPageView(matrix.scenarios[0]!.id);
    for (const detail of [...view.applies, ...view.comparison, ...view.notApplicable]) {
      expect(detail.citations).toHaveLength(detail.cell.citations.length);
      for (const citation of detail.citations) {
        expect(citation.label).not.toBe('');
        expect(citation.url).toMatch(/^https?:\/\//);
      }
      const entry = coverage.find((candidate) => candidate.id === `${detail.cell.scenario}/${detail.law.id}`)!;
      expect(detail.changes).toEqual(entry.data.changes);
      expect(detail.statusChecked).toEqual(entry.data.statusChecked);
    }
  });

  test('links its letters, then the builder for this situation, and its articles', async () => {
    const id = matrix.scenarios[0]!.id;
    const view = await getScenarioPageView(id);
    expect(view.letters.at(-1)).toEqual({ href: `/letters/?concerns=${id}`, label: 'Build your own letter about this' });
    for (const link of view.letters.slice(0, -1)) expect(link.href).toMatch(/^\/letters\/[a-z0-9-]+\/$/);
    for (const link of view.articles) expect(link.href).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
    expect(view.cite.citation).toBeDefined();
    expect(view.filters).toEqual({ type: ['scenario'], scenario: [view.title] });
  });
});

test('getScenariosIndexView lists every situation with its status summary', async () => {
  const view = await getScenariosIndexView();
  expect(view.scenarios.map((scenario) => scenario.href)).toEqual(matrix.scenarios.map((scenario) => `/scenarios/${scenario.id}/`));
  for (const scenario of view.scenarios) expect(scenario.summary).toMatch(/^(none applies|\d+ (protected|partly protected|gaps?))/);
});

describe('getLawPageView', () => {
  test('prints a row per situation, linking the law’s own cell where one is written', async () => {
    for (const law of matrix.laws) {
      const view = await getLawPageView(law.id);
      expect(view.coverage).toHaveLength(matrix.scenarios.length);
      for (const [i, row] of view.coverage.entries()) {
        const cell = matrix.cell(matrix.scenarios[i]!.id, law.id);
        expect(row.href).toBe(cell.implicit ? `/scenarios/${cell.scenario}/` : `/scenarios/${cell.scenario}/#${law.id}`);
        expect(row.status).toBe(cell.status);
      }
    }
  });

  test('answers "Can you sue?" in words and gives a date or a label for "In effect since"', async () => {
    for (const law of matrix.laws) {
      const view = await getLawPageView(law.id);
      expect(['Yes.', 'No.', 'Not confirmed.']).toContain(view.canSue.answer);
      expect(Boolean(view.effective.date) !== Boolean(view.effective.label), law.id).toBe(true);
      expect(view.officialText.publisher).not.toBe('');
    }
  });
});

test('getLawsIndexView lists every law once, with its summary', async () => {
  const view = await getLawsIndexView();
  const listed = view.groups.flatMap((group) => group.laws.map((law) => law.href));
  expect(listed.sort()).toEqual(matrix.laws.map((law) => `/laws/${law.id}/`).sort());
  expect(view.scenarioCount).toBe(matrix.scenarios.length);
});

describe('letters', () => {
  test('each template page composes its letter and names the states whose own laws the builder adds', async () => {
    for (const template of await getLetterTemplates()) {
      const view = await getLetterPageView(template.id);
      expect(view.letter.text.length).toBeGreaterThan(0);
      const forState = template.recipient.some((kind) => kind === 'state-legislator' || kind === 'state-attorney-general');
      expect(view.statesWithLaws !== undefined, template.id).toBe(forState);
      expect(view.builderHref).toBe(`/letters/?template=${template.id}`);
      expect(view.recipientLabel).not.toContain('undefined');
    }
  });

  test('an unknown template fails the build', async () => {
    await expect(getLetterPageView('no-such-letter')).rejects.toThrow(/Unknown letter template/);
  });

  test('/letters/ lists every template once, under its first recipient', async () => {
    const templates = await getLetterTemplates();
    const view = await getLettersIndexView();
    expect(view.groups.flatMap((group) => group.templates.map((template) => template.href)).sort()).toEqual(templates.map((t) => `/letters/${t.id}/`).sort());
    expect(view.templateCount).toBe(templates.length);
    expect(Object.keys(view.builderData.lookups).sort()).toEqual(view.states.map((state) => state.code).sort());
  });
});

test('getDataPageView describes the three tables with their row counts and both vocabularies', async () => {
  const view = await getDataPageView();
  expect(view.tables.map((table) => table.name)).toEqual(['coverage', 'laws', 'state-laws']);
  expect(view.tables[0]!.rows).toBe(matrix.allCells().length.toLocaleString('en-US'));
  expect(view.tables[1]!.json).toEqual({ href: '/data/laws.json', file: 'laws.json' });
  expect(view.statuses.map((status) => status.status)).toEqual(['protected', 'partial', 'gap', 'not-applicable']);
  expect(view.confidence.map((entry) => entry.level)).toEqual(['high', 'medium', 'low']);
});

test('getRepresentativesPageView gives each state’s official lookup', async () => {
  const view = await getRepresentativesPageView();
  expect(view.stateLookups).toHaveLength((await getCollection('states')).length);
  for (const lookup of view.stateLookups) expect(lookup.href).toMatch(/^https:\/\//);
  expect(Object.keys(view.lookup.states)).toHaveLength(view.stateLookups.length);
});

test('getSearchPageView offers the first six situations as questions', async () => {
  const view = await getSearchPageView();
  expect(view.asked).toEqual(matrix.scenarios.slice(0, 6).map((scenario) => ({ href: `/scenarios/${scenario.id}/`, question: scenario.question })));
});

test('getStatePageView words the state page: place, laws line, provision labels, lookup note, letter link', async () => {
  const { getStatePageView } = await import('../../src/data/states');
  for (const state of await getCollection('states')) {
    const view = await getStatePageView(state.id);
    expect(view.place).toContain(view.code === 'dc' ? 'District of Columbia' : state.data.name);
    expect(view.lawsLine !== undefined, state.id).toBe(view.laws.length > 0);
    expect(['', ' (a list of members)', ' (a district map)']).toContain(view.contacts.lookupNote);
    expect(view.letterHref).toBe(`/letters/?state=${state.id}`);
    for (const item of view.laws.flatMap((law) => law.provides))
      expect(['Your right', 'Your remedy', 'A duty', 'Deadline', 'Fee rule']).toContain(item.kindLabel);
  }
});
