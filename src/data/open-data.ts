/** The open-data tables of /data/, from the model, with this build's URLs and version. */
import { getCollection } from 'astro:content';
import { citationFormatter, getMatrix } from './model';
import { getSourceMap } from './sources';
import { buildDate, pageUrl } from './site';
import { formatPinUrl } from '../lib/citations';
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
  const sources = await getSourceMap();
  const label = await citationFormatter();
  return {
    page: pageUrl,
    citationLabel: label,
    citationUrl: ({ source, pin }: { source: string; pin?: string }) => {
      const entry = sources.get(source);
      if (!entry) throw new Error(`Unknown source "${source}" in the gap model`);
      return formatPinUrl(entry.data, pin);
    },
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
