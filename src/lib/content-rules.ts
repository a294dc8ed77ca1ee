/**
 * Rules over the content model that no schema can express and that an editor can realistically
 * break (red-team F18): dates in the future, pinpoints that do not fit their source, pinpoint links
 * that leave the official host, cells citing nothing of their own law, states listing other
 * jurisdictions' laws, duplicate matrix order, and files Astro would silently ignore. Pure: the
 * caller passes the parsed entries (and the content file names for the ignored-file rule).
 */
import { officialLawHosts, type Problem, type RawEntry } from './integrity';

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** YAML gives a Date for an unquoted date; MDX frontmatter too. Both become YYYY-MM-DD. */
function day(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return undefined;
}

/** Fields that record when someone did something; none can be later than today. (`effective` may be.) */
const pastDateFields = ['published', 'reviewed', 'accessed', 'statusChecked', 'enacted'];

export function futureDates(entries: RawEntry[], today: string): Problem[] {
  const problems: Problem[] = [];
  const check = (entry: RawEntry, field: string, value: unknown) => {
    const date = day(value);
    if (date && date > today)
      problems.push({
        file: entry.file,
        field,
        message: `${date} is in the future (today is ${today}): a record of work done cannot be dated later than today`,
      });
  };
  for (const entry of entries) {
    for (const field of pastDateFields) check(entry, field, entry.data[field]);
    asArray(entry.data.changes).forEach((change, i) => check(entry, `changes[${i}].date`, asRecord(change).date));
    asArray(entry.data.searched).forEach((search, i) => check(entry, `searched[${i}].date`, asRecord(search).date));
  }
  return problems;
}

/** Every pinpoint used anywhere, with where it was used. */
function pinUses(entries: RawEntry[]): { entry: RawEntry; field: string; source: string; pin: string }[] {
  const uses: { entry: RawEntry; field: string; source: string; pin: string }[] = [];
  for (const entry of entries) {
    asArray(entry.data.citations).forEach((citation, i) => {
      const { source, pin } = asRecord(citation);
      if (typeof source === 'string' && typeof pin === 'string') uses.push({ entry, field: `citations[${i}].pin`, source, pin });
    });
    if (entry.body) {
      for (const match of entry.body.matchAll(/<Cite\b[^>]*?\bsource=["']([^"']+)["'][^>]*?\bpin=["']([^"']+)["']/g)) {
        uses.push({ entry, field: `<Cite source="${match[1]}" pin="${match[2]}">`, source: match[1]!, pin: match[2]! });
      }
    }
    for (const [field, value] of Object.entries(entry.data)) {
      if (typeof value !== 'string') continue;
      for (const match of value.matchAll(/\{\{\s*cite:([^|}]+)\|([^}]+?)\s*\}\}/g)) {
        uses.push({ entry, field, source: match[1]!.trim(), pin: match[2]!.trim() });
      }
    }
  }
  return uses;
}

/**
 * A pinpoint must be one its source can resolve: the source needs a pinLabel or pinUrl template to
 * show it, and when the source declares a pinPattern (e.g. eCFR section numbers) the pin must fit it.
 */
export function pinpoints(entries: RawEntry[]): Problem[] {
  const sources = new Map(entries.filter((entry) => entry.collection === 'sources').map((entry) => [entry.id, entry]));
  const problems: Problem[] = [];
  for (const use of pinUses(entries)) {
    const source = sources.get(use.source);
    if (!source) continue; // a dangling source is reported by checkIntegrity
    if (source.data.pinLabel === undefined && source.data.pinUrl === undefined) {
      problems.push({
        file: use.entry.file,
        field: use.field,
        message: `pin "${use.pin}" on source "${use.source}", which has no pinLabel or pinUrl to show it (${source.file})`,
      });
      continue;
    }
    const pattern = asString(source.data.pinPattern);
    if (pattern && !new RegExp(`^(?:${pattern})$`).test(use.pin)) {
      problems.push({
        file: use.entry.file,
        field: use.field,
        message: `pin "${use.pin}" does not fit source "${use.source}"'s pinPattern /${pattern}/ (${source.file})`,
      });
    }
  }
  return problems;
}

const lawTypes = new Set(['legislation', 'regulation', 'bill']);

/** A pinpoint link must stay on the host of the source's own official URL, and the host cannot be the placeholder. */
export function pinUrlHosts(entries: RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const source of entries.filter((entry) => entry.collection === 'sources')) {
    const template = asString(source.data.pinUrl);
    const url = asString(source.data.url);
    if (!template || !url) continue;
    let host: string;
    let own: string;
    try {
      host = new URL(template.replace(/\{(pin|section)\}/g, 'x')).host;
      own = new URL(url).host;
    } catch {
      problems.push({ file: source.file, field: 'pinUrl', message: 'Not a valid URL template' });
      continue;
    }
    if (/^https:\/\/[^/]*\{/.test(template)) problems.push({ file: source.file, field: 'pinUrl', message: 'The host of a pinUrl cannot be a placeholder' });
    else if (host !== own && !(lawTypes.has(String(source.data.type)) && officialLawHosts.includes(host)))
      problems.push({
        file: source.file,
        field: 'pinUrl',
        message: `Pinpoint links go to "${host}", but the source's own url is on "${own}": a pinUrl must stay on the official host`,
      });
  }
  return problems;
}

/** At least one citation of a cell must be its law's own source, so a cell cannot rest on an unrelated text. */
export function cellsCiteTheirLaw(entries: RawEntry[], related: (lawSource: string) => readonly string[] = () => []): Problem[] {
  const laws = new Map(entries.filter((entry) => entry.collection === 'laws').map((entry) => [entry.id, entry]));
  const problems: Problem[] = [];
  for (const cell of entries.filter((entry) => entry.collection === 'coverage')) {
    const law = laws.get(cell.id.split('/')[1] ?? '');
    const lawSource = asString(law?.data.source);
    if (!law || !lawSource) continue;
    if (cell.data.status === 'not-applicable') continue;
    const cited = asArray(cell.data.citations).map((citation) => asString(asRecord(citation).source));
    const accepted = [lawSource, ...asArray(law.data.relatedSources).map(asString), ...related(lawSource)];
    if (!cited.some((source) => source !== undefined && accepted.includes(source))) {
      problems.push({
        file: cell.file,
        field: 'citations',
        message: `None of the citations is the law's own source "${lawSource}" (or one listed in ${law.file} relatedSources)`,
      });
    }
  }
  return problems;
}

/** A state lists only its own laws, and every state law is listed by its state. */
export function stateLaws(entries: RawEntry[]): Problem[] {
  const laws = new Map(entries.filter((entry) => entry.collection === 'laws').map((entry) => [entry.id, entry]));
  const states = entries.filter((entry) => entry.collection === 'states');
  const problems: Problem[] = [];
  const listed = new Set<string>();
  for (const state of states) {
    asArray(state.data.laws).forEach((value, i) => {
      const id = asString(value);
      const law = id ? laws.get(id) : undefined;
      if (!id || !law) return; // dangling references are reported by checkIntegrity
      listed.add(id);
      if (law.data.jurisdiction !== state.id) {
        problems.push({ file: state.file, field: `laws[${i}]`, message: `"${id}" is a law of "${String(law.data.jurisdiction)}", not of this state` });
      }
    });
  }
  const stateIds = new Set(states.map((state) => state.id));
  for (const law of laws.values()) {
    const jurisdiction = asString(law.data.jurisdiction);
    if (jurisdiction && stateIds.has(jurisdiction) && !listed.has(law.id)) {
      problems.push({
        file: law.file,
        field: 'jurisdiction',
        message: `A ${jurisdiction} law must be listed in content/states/${jurisdiction}.yaml laws, or that state's readers never see it`,
      });
    }
  }
  return problems;
}

/** Matrix column and row order must be unique, or the order of the gap matrix is left to chance. */
export function uniqueOrder(entries: RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ['laws', 'scenarios'] as const) {
    const seen = new Map<number, string>();
    for (const entry of entries.filter((candidate) => candidate.collection === collection)) {
      const order = entry.data.order;
      if (typeof order !== 'number') continue;
      const first = seen.get(order);
      if (first) problems.push({ file: entry.file, field: 'order', message: `order ${order} is already used by ${first}` });
      else seen.set(order, entry.file);
    }
  }
  return problems;
}

/** What each content folder holds; anything else in it would be silently skipped by Astro's loader. */
export const contentFilePatterns: Record<string, RegExp> = {
  articles: /^[^/]+\.mdx$/,
  sources: /^[^/]+\.yaml$/,
  laws: /^[^/]+\.yaml$/,
  scenarios: /^[^/]+\.yaml$/,
  coverage: /^[^/]+\/[^/]+\.yaml$/,
  glossary: /^[^/]+\.yaml$/,
  states: /^[^/]+\.yaml$/,
  letters: /^[^/]+\.yaml$/,
};

/**
 * Files in content/ that no loader reads (`x.yml`, `x.md`, a nested article): each is an entry an
 * author thinks is published and is not. `files` are paths relative to the content root;
 * `extraFolders` are other folders that are read by their own code (e.g. representatives data).
 */
export function ignoredFiles(files: string[], root = 'content', extraFolders: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const [folder, ...rest] = file.split('/');
    const inside = rest.join('/');
    if (rest.length === 0) continue; // top-level files (README.md, redirects.yaml) are read by their own code
    if (extraFolders.includes(folder!)) continue;
    if (/(^|\/)(README\.md|\.gitkeep|\.DS_Store)$/.test(inside)) continue;
    // A name starting with "_" is kept out of the collection on purpose (e.g. archived versions).
    if (inside.split('/').some((segment) => segment.startsWith('_'))) continue;
    const pattern = contentFilePatterns[folder!];
    if (!pattern)
      problems.push({
        file: `${root}/${file}`,
        field: '(file)',
        message: `No collection reads the folder "${folder}": move the file or add the folder to src/content.config.ts`,
      });
    else if (!pattern.test(inside))
      problems.push({
        file: `${root}/${file}`,
        field: '(file)',
        message: `Astro's loader for ${folder} reads only ${pattern.source.replace(/\\/g, '')}: this file would be silently skipped (a .yml or .md extension, or a sub-folder?)`,
      });
  }
  return problems;
}
