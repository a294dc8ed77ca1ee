/** The open-data tables of /data/, from the model, with this build's URLs and version. */
import { getCollection } from 'astro:content';
import { citationResolver, getMatrix } from './model';
import { buildDate, pageUrl } from './site';
import {
  confidenceLevels,
  coverageTable,
  lawsTable,
  stateLawsTable,
  statusVocabulary,
  tableToCsv,
  tableToJson,
  type DataMeta,
  type Table,
} from '../lib/open-data';
import { isoDay } from '../lib/dates';
import { strings } from '../strings/en';

export const dataMeta: DataMeta = { licence: strings.licenceUrl, credit: strings.credit, version: isoDay(buildDate) };

async function urls() {
  const resolve = await citationResolver();
  return {
    page: pageUrl,
    citationLabel: (citation: { source: string; pin?: string }) => resolve(citation).label,
    citationUrl: (citation: { source: string; pin?: string }) => resolve(citation).url,
  };
}

export async function getCoverageTable(): Promise<Table> {
  return coverageTable(await getMatrix(), await urls());
}

export async function getLawsTable(): Promise<Table> {
  const laws = (await getCollection('laws')).sort((a, b) => a.data.order - b.data.order);
  return lawsTable(
    laws.map((law) => ({
      id: law.id,
      name: law.data.name,
      shortName: law.data.shortName,
      jurisdiction: law.data.jurisdiction,
      citation: law.data.citation,
      url: law.data.url,
      categories: law.data.categories,
      enacted: law.data.enacted,
      effective: law.data.effective,
      enforcedBy: law.data.enforcedBy,
      privateRightOfAction: law.data.privateRightOfAction.available,
      reviewed: law.data.reviewed,
      statusChecked: law.data.statusChecked,
    })),
    { page: pageUrl },
  );
}

export async function getStateLawsTable(): Promise<Table> {
  const matrix = await getMatrix();
  const states = await getCollection('states');
  return stateLawsTable(
    states.map((state) => ({ code: state.id, name: state.data.name, laws: state.data.laws.map((law) => law.id) })),
    (id) => matrix.law(id).name,
    { page: pageUrl },
  );
}

/** The coverage JSON keeps its published shape: laws, scenarios and `cells`, plus the vocabularies. */
export async function coverageJson(): Promise<string> {
  const matrix = await getMatrix();
  return tableToJson(
    await getCoverageTable(),
    dataMeta,
    { statuses: statusVocabulary, confidence: confidenceLevels, laws: matrix.laws, scenarios: matrix.scenarios },
    'cells',
  );
}

export const jsonResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
export const csvResponse = (table: Table) => new Response(tableToCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
export { tableToJson };

/** What /data/ prints: each downloadable table (name, title, description, columns, row count), the build's version and both vocabularies. */
export async function getDataPageView() {
  const tables = [await getCoverageTable(), await getLawsTable(), await getStateLawsTable()];
  return {
    tables: tables.map((table) => ({
      name: table.name,
      title: table.title,
      description: table.description,
      rows: table.rows.length.toLocaleString('en-US'),
      columns: table.columns,
      json: { href: `/data/${table.name}.json`, file: `${table.name}.json` },
      csv: { href: `/data/${table.name}.csv`, file: `${table.name}.csv` },
    })),
    version: dataMeta.version,
    built: buildDate,
    statuses: statusVocabulary,
    confidence: Object.entries(confidenceLevels).map(([level, meaning]) => ({ level, meaning })),
  };
}
