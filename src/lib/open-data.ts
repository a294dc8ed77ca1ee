/**
 * The open data under /data/: each table is built by one function (rows as plain records), and its
 * JSON and CSV are two serialisations of those same rows, so the two files cannot disagree
 * (tests/unit/open-data.test.ts parses the CSV back and compares). CSV files start with a UTF-8
 * byte-order mark (so Excel reads them as UTF-8), use CRLF line ends (RFC 4180) and neutralise
 * cells that a spreadsheet would run as a formula. Pure: pages hand in the model and a URL maker.
 */
import { statuses, statusInfo, type CellInfo, type Matrix } from './gap-model';

export type Value = string | number | boolean | null | string[];
export type Row = Record<string, Value>;

export interface Column {
  name: string;
  description: string;
}

export interface Table {
  /** File name without extension, e.g. "coverage". */
  name: string;
  title: string;
  description: string;
  columns: Column[];
  rows: Row[];
}

export interface DataMeta {
  licence: string;
  credit: string;
  /** The day this copy of the data was built (YYYY-MM-DD). */
  version: string;
}

export const confidenceLevels = {
  high: 'The text of the rule is clear and applies directly to the situation.',
  medium: 'The exact section, or how it applies, rests on secondary summaries or on reasoned analysis.',
  low: 'An untested interpretation: no court or agency has settled the question.',
} as const;

const byteOrderMark = '\uFEFF';

/**
 * One CSV cell: lists joined with "; ", quoted when needed (RFC 4180). A cell beginning with =, +,
 * -, @, tab or carriage return would run as a formula in Excel, LibreOffice or Sheets (CSV
 * injection), so it gets a leading apostrophe, which spreadsheets show as text (OWASP's advice).
 */
export function csvCell(value: Value): string {
  let text = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV: byte-order mark, header of column names, one line per row, CRLF. */
export function tableToCsv(table: Table): string {
  const lines = [table.columns.map((column) => csvCell(column.name)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((column) => csvCell(row[column.name] ?? null)).join(','));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

/** A table as JSON: what it is, its licence and version, the column meanings, and the rows. */
export function tableToJson(table: Table, meta: DataMeta, extra: Record<string, unknown> = {}, rowsKey = 'rows'): string {
  return JSON.stringify(
    {
      title: table.title,
      description: table.description,
      licence: meta.licence,
      credit: meta.credit,
      version: meta.version,
      ...extra,
      columns: table.columns,
      [rowsKey]: table.rows,
    },
    null,
    2,
  );
}

/** Parse CSV written by tableToCsv (RFC 4180 quoting) back into rows of strings: for tests and readers. */
export function parseCsv(csv: string): Record<string, string>[] {
  const text = csv.startsWith(byteOrderMark) ? csv.slice(1) : csv;
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header = [], ...rows] = records;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** How a page of this site and a citation of a source become URLs. */
export interface UrlMakers {
  /** Absolute URL of a root-relative path of this site. */
  page: (path: string) => string;
  citationLabel: (citation: { source: string; pin?: string }) => string;
  citationUrl: (citation: { source: string; pin?: string }) => string;
}

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

export const coverageColumns: Column[] = [
  { name: 'scenario', description: 'Id of the situation (a row of the gap matrix); its page is /scenarios/<id>/.' },
  { name: 'scenario_question', description: 'The situation in a reader’s words.' },
  { name: 'law', description: 'Id of the law (a column of the gap matrix); its page is /laws/<id>/.' },
  { name: 'law_name', description: 'The law’s name.' },
  { name: 'jurisdiction', description: '"us" (federal), a lowercase state code, or "eu" (a comparison, not a U.S. protection).' },
  { name: 'status', description: `One of ${statuses.join(', ')} (see the status vocabulary).` },
  { name: 'summary', description: 'One sentence: how the law treats the situation.' },
  { name: 'detail', description: 'The reasoning behind the rating, in full.' },
  { name: 'fix', description: 'For partial and gap: the change that would close the gap. Empty otherwise.' },
  { name: 'citations', description: 'The sections the rating rests on, separated by a semicolon and a space.' },
  { name: 'citation_urls', description: 'The official text of each citation, in the same order, separated by a semicolon and a space.' },
  { name: 'confidence', description: 'high, medium or low (see the confidence vocabulary).' },
  { name: 'reviewed', description: 'When the rating was last checked against the sources (YYYY-MM-DD).' },
  { name: 'page_url', description: 'The cell on the site: the situation’s page at #<law-id>.' },
];

/** One row per written cell of the gap model (a missing cell means "not applicable"). */
export function coverageTable(matrix: Matrix, urls: UrlMakers): Table {
  const row = (cell: CellInfo): Row => {
    const scenario = matrix.scenario(cell.scenario);
    const law = matrix.law(cell.law);
    return {
      scenario: scenario.id,
      scenario_question: scenario.question,
      law: law.id,
      law_name: law.name,
      jurisdiction: law.jurisdiction,
      status: cell.status,
      summary: cell.summary,
      detail: cell.detail.trim(),
      fix: cell.fix ?? null,
      citations: cell.citations.map(urls.citationLabel),
      citation_urls: cell.citations.map(urls.citationUrl),
      confidence: cell.confidence,
      reviewed: day(cell.reviewed),
      page_url: urls.page(`/scenarios/${scenario.id}/#${law.id}`),
    };
  };
  return {
    name: 'coverage',
    title: 'Gap model: how each law covers each situation',
    description: 'One row per cell of the gap matrix that the site rates: a law, a situation, a status with its reason, citations and confidence.',
    columns: coverageColumns,
    rows: matrix.allCells().map(row),
  };
}

/** What the laws table needs of each law entry. */
export interface LawRecord {
  id: string;
  name: string;
  shortName: string;
  jurisdiction: string;
  citation: string;
  url: string;
  categories: readonly string[];
  enacted?: Date | undefined;
  effective: Date;
  enforcedBy: string;
  privateRightOfAction: boolean;
  reviewed: Date;
  statusChecked?: Date | undefined;
}

export const lawColumns: Column[] = [
  { name: 'law', description: 'Id of the law; its page is /laws/<id>/.' },
  { name: 'name', description: 'The law’s name.' },
  { name: 'short_name', description: 'Short label used in table headers.' },
  { name: 'jurisdiction', description: '"us" (federal), a lowercase state code, or "eu".' },
  { name: 'citation', description: 'The official citation.' },
  { name: 'categories', description: 'What kind of protection it is, separated by a semicolon and a space.' },
  { name: 'enacted', description: 'When it was enacted (YYYY-MM-DD), if known.' },
  { name: 'effective', description: 'When it took effect (first compliance date).' },
  { name: 'enforced_by', description: 'Who enforces it, and how.' },
  { name: 'private_right_of_action', description: 'true when individuals can sue under it.' },
  { name: 'reviewed', description: 'When the entry was last checked against the official text.' },
  { name: 'status_checked', description: 'When a time-sensitive status (pending, takes effect later) was last checked, if any.' },
  { name: 'official_text_url', description: 'The official text of the law.' },
  { name: 'page_url', description: 'The law’s page on the site.' },
];

export function lawsTable(laws: readonly LawRecord[], urls: Pick<UrlMakers, 'page'>): Table {
  return {
    name: 'laws',
    title: 'Laws in the gap model',
    description: 'One row per law the site tracks: federal, state, and EU laws shown for comparison.',
    columns: lawColumns,
    rows: laws.map((law) => ({
      law: law.id,
      name: law.name,
      short_name: law.shortName,
      jurisdiction: law.jurisdiction,
      citation: law.citation,
      categories: [...law.categories],
      enacted: day(law.enacted),
      effective: day(law.effective),
      enforced_by: law.enforcedBy,
      private_right_of_action: law.privateRightOfAction,
      reviewed: day(law.reviewed),
      status_checked: day(law.statusChecked),
      official_text_url: law.url,
      page_url: urls.page(`/laws/${law.id}/`),
    })),
  };
}

export const stateLawColumns: Column[] = [
  { name: 'state', description: 'Lowercase two-letter code of the state or DC; its page is /states/<code>/.' },
  { name: 'state_name', description: 'The state’s name.' },
  { name: 'law', description: 'Id of one of the state’s own laws in the model; empty when the model has none for the state (federal law applies alone).' },
  { name: 'law_name', description: 'The law’s name.' },
  { name: 'state_page_url', description: 'The state’s page on the site.' },
  { name: 'law_page_url', description: 'The law’s page on the site; empty with the law.' },
];

/** One row per state and each of its own laws in the model; a state with none gets one row with the law empty. */
export function stateLawsTable(
  states: readonly { code: string; name: string; laws: readonly string[] }[],
  lawName: (id: string) => string,
  urls: Pick<UrlMakers, 'page'>,
): Table {
  const rows = [...states]
    .sort((a, b) => a.code.localeCompare(b.code))
    .flatMap((state): Row[] => {
      const base = { state: state.code, state_name: state.name, state_page_url: urls.page(`/states/${state.code}/`) };
      if (state.laws.length === 0) return [{ ...base, law: null, law_name: null, law_page_url: null }];
      return state.laws.map((law) => ({ ...base, law, law_name: lawName(law), law_page_url: urls.page(`/laws/${law}/`) }));
    })
    .map((row): Row => Object.fromEntries(stateLawColumns.map((column) => [column.name, row[column.name] ?? null])));
  return {
    name: 'state-laws',
    title: 'States and their own laws in the gap model',
    description: 'Which of the model’s laws belong to each state and DC. Federal laws apply in every state and are not repeated here.',
    columns: stateLawColumns,
    rows,
  };
}

/** The status vocabulary as the data page and JSON files give it. */
export const statusVocabulary = statuses.map((status) => ({ status, label: statusInfo[status].label, meaning: statusInfo[status].meaning }));
