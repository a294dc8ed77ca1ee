/** The scenario pages (/scenarios/<id>/) and their index: one view model each, exactly what the page prints. */
import { getEntry } from 'astro:content';
import { isComparisonOnly, statusSummary, type CellInfo, type LawInfo } from '../lib/gap-model';
import { toNextStep } from '../lib/finder';
import { letterUrl } from '../lib/letter-url';
import { routes } from '../lib/routes';
import { getCitationBlock } from './citations';
import { getLettersForScenario } from './letters';
import { cellCitations, getArticlesAbout, getMatrix, getScenarioEntry, type CellCitation } from './model';
import { site } from './site';
import { getStateLawIndex } from './states';

/** One law's cell on a scenario page, with everything CellDetail prints. */
export interface CellDetailView {
  law: LawInfo;
  cell: CellInfo;
  /** EU law: shown for comparison only. */
  comparisonOnly: boolean;
  citations: CellCitation[];
  /** When a time-sensitive status in the cell's file was last checked. */
  statusChecked?: Date;
  changes: { date: Date; summary: string }[];
}

/** A cell resolved for printing: its citations, status date and change history (from the cell's own file). */
export async function getCellDetailView(law: LawInfo, cell: CellInfo): Promise<CellDetailView> {
  const entry = cell.implicit ? undefined : await getEntry('coverage', `${cell.scenario}/${cell.law}`);
  const statusChecked = entry?.data.statusChecked;
  return {
    law,
    cell,
    comparisonOnly: isComparisonOnly(law),
    citations: await cellCitations(cell),
    ...(statusChecked ? { statusChecked } : {}),
    changes: entry?.data.changes ?? [],
  };
}

/** What /scenarios/<id>/ prints, in page order. */
export async function getScenarioPageView(id: string) {
  const { data } = await getScenarioEntry(id);
  const row = (await getMatrix()).row(id);
  const appliesAll = row.filter((entry) => entry.cell.status !== 'not-applicable');
  // Laws with no cell written for this situation do not bear on it; only written not-applicable cells say why.
  const notApplicable = row.filter((entry) => entry.cell.status === 'not-applicable' && !entry.cell.implicit);
  const unlisted = row.length - appliesAll.length - notApplicable.length;
  const details = (entries: { law: LawInfo; cell: CellInfo }[]) => Promise.all(entries.map(({ law, cell }) => getCellDetailView(law, cell)));
  const letters = await getLettersForScenario(id);
  const articles = await getArticlesAbout('scenarios', id);
  const unlistedLaws = unlisted === 1 ? 'law' : 'laws';
  const stateNames = new Map((await getStateLawIndex()).map((state) => [state.code, state.name]));
  return {
    title: data.title,
    question: data.question,
    shortAnswer: data.shortAnswer,
    readerQuestions: data.readerQuestions,
    reviewed: data.reviewed,
    typicalHolder: data.typicalHolder,
    // A step for one state only is labelled with the state's name.
    nextSteps: data.nextSteps.map(toNextStep).map((step) => ({
      text: step.text,
      ...(step.state ? { state: stateNames.get(step.state) ?? step.state.toUpperCase() } : {}),
    })),
    filters: { type: ['scenario'], scenario: [data.title] },
    letters: [
      ...letters.map((template) => ({ href: routes.letter(template.id), label: template.title })),
      { href: letterUrl({ concerns: [id] }), label: 'Build your own letter about this' },
    ],
    // U.S. law first; EU law only for comparison, under its own heading.
    applies: await details(appliesAll.filter((entry) => !isComparisonOnly(entry.law))),
    comparison: await details(appliesAll.filter((entry) => isComparisonOnly(entry.law))),
    notApplicable: await details(notApplicable),
    unlistedNote:
      unlisted > 0
        ? `${notApplicable.length > 0 ? `The ${unlisted} other` : `The ${unlisted}`} ${unlistedLaws} in this model not named on this page do not bear on this situation.`
        : undefined,
    articles: articles.map((article) => ({ href: routes.article(article.id), label: article.title })),
    cite: await getCitationBlock('scenarios', id, new URL(site)),
  };
}

/** What /scenarios/ prints: each situation as a reader asks it, with how well the law covers it. */
export async function getScenariosIndexView() {
  const matrix = await getMatrix();
  return {
    scenarios: matrix.scenarios.map((scenario) => ({
      href: routes.scenario(scenario.id),
      question: scenario.question,
      summary: statusSummary(matrix.row(scenario.id).map((entry) => entry.cell)),
    })),
  };
}
