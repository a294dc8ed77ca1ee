/** The law pages (/laws/<id>/) and their index: one view model each, exactly what the page prints. */
import { statusSummary } from '../lib/gap-model';
import { routes } from '../lib/routes';
import { getCitationBlock } from './citations';
import { getArticlesAbout, getLawEntry, getLawGroups, getMatrix } from './model';
import { site } from './site';
import { requireSource } from './sources';

/** What /laws/<id>/ prints, in page order. */
export async function getLawPageView(id: string) {
  const { data } = await getLawEntry(id);
  const source = await requireSource(data.source.id, `content/laws/${id}.yaml`);
  const column = (await getMatrix()).column(id);
  const articles = await getArticlesAbout('laws', id);
  const { available, unconfirmed, note } = data.privateRightOfAction;
  return {
    name: data.name,
    shortName: data.shortName,
    shortAnswer: data.shortAnswer,
    summary: data.summary,
    readerQuestions: data.readerQuestions,
    reviewed: data.reviewed,
    statusChecked: data.statusChecked,
    filters: { type: ['law'], law: [data.shortName] },
    officialText: { href: data.url, citation: data.citation, publisher: source.data.publisher ?? source.data.title },
    enforcedBy: data.enforcedBy,
    canSue: { answer: unconfirmed ? 'Not confirmed.' : available ? 'Yes.' : 'No.', note },
    /** "In effect since": a label where the first effective date was not checked, else the date. */
    effective: data.effectiveLabel ? { label: data.effectiveLabel, date: undefined } : { label: undefined, date: data.effective },
    effectiveNote: data.effectiveNote,
    coverage: column.map(({ scenario, cell }) => ({
      href: cell.implicit ? routes.scenario(scenario.id) : routes.scenario(scenario.id, id),
      title: scenario.title,
      status: cell.status,
      summary: cell.summary,
    })),
    articles: articles.map((article) => ({ href: routes.article(article.id), label: article.title })),
    changes: data.changes,
    cite: await getCitationBlock('laws', id, new URL(site)),
  };
}

/** What /laws/ prints: the laws by jurisdiction, each with how it covers the situations. */
export async function getLawsIndexView() {
  const matrix = await getMatrix();
  const groups = await getLawGroups();
  return {
    scenarioCount: matrix.scenarios.length,
    groups: groups.map((group) => ({
      heading: group.heading,
      laws: group.laws.map((law) => ({ href: routes.law(law.id), name: law.name, summary: statusSummary(matrix.column(law.id).map((entry) => entry.cell)) })),
    })),
  };
}
