/**
 * Content integrity: the rules a schema cannot express. Astro 7 only logs a dangling
 * `reference()`, so these checks are what makes a bad id fail `npm test`. Pure: callers load the
 * files (src/lib/content-loader.ts) and pass the parsed entries in.
 */
import { astroEntryId, isKebabCaseId } from './ids';
import { countWords, findComponentUses } from './mdx-components';
import { templateTokens, unknownPlaceholders } from './letters';
import { cellsCiteTheirLaw, futureDates, pinpoints, pinUrlHosts, stateLaws, uniqueOrder } from './content-rules';
import type { CollectionName as Collection } from './vocabulary';

export type { Collection };

/** One file as read from content/: its parsed data (and, for MDX, its body). */
export interface RawEntry {
  collection: Collection;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string;
  /** The file line on which the body starts, so problems point at the right line. */
  bodyStartLine?: number;
}

/** A problem, always naming the file and the field so an author can fix it. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Hosts whose texts count as official for legislation and regulations. */
export const officialLawHosts = [
  'www.ecfr.gov',
  'ecfr.gov',
  'uscode.house.gov',
  'www.govinfo.gov',
  'www.federalregister.gov',
  'www.congress.gov',
  'leginfo.legislature.ca.gov',
  'app.leg.wa.gov',
  'www.leg.state.nv.us',
  'www.cga.ct.gov',
  'statutes.capitol.texas.gov',
  'capitol.texas.gov',
  'www.ilga.gov',
  'ilga.gov',
  'docs.legis.wisconsin.gov',
  'code.wvlegislature.gov',
  'law.lis.virginia.gov',
  'le.utah.gov',
  'legislature.vermont.gov',
  'wyoleg.gov',
  'wapp.capitol.tn.gov',
  'coag.gov',
  'www.mass.gov',
  'eur-lex.europa.eu',
  'www.nysenate.gov',
  'legislation.nysenate.gov',
  'codes.ohio.gov',
  'www.legislature.mi.gov',
  'www.revisor.mn.gov',
  'revisor.mn.gov',
  'billstatus.ls.state.ms.us',
  'revisor.mo.gov',
  'leg.mt.gov',
  'nebraskalegislature.gov',
  'gencourt.state.nh.us',
  'www.njleg.state.nj.us',
  'assembly.state.ny.us',
  'www.ncleg.gov',
  'www.ndlegis.gov',
  'www.oregonlegislature.gov',
  'www.legis.state.pa.us',
  'pacodeandbulletin.gov',
  'webserver.rilegislature.gov',
  'www.scstatehouse.gov',
  'scstatehouse.gov',
  'sdlegislature.gov',
  'www.oscn.net',
  'www.hhs.gov',
  'www.ftc.gov',
  // State codes added by the states2 research (AL-MA)
  'alison.legislature.state.al.us',
  'www.azleg.gov',
  'delcode.delaware.gov',
  'www.leg.state.fl.us',
  'flsenate.gov',
  'code.dccouncil.gov',
  'legislature.idaho.gov',
  'www.legis.iowa.gov',
  'legis.la.gov',
  'legislature.maine.gov',
  'mgaleg.maryland.gov',
  'malegislature.gov',
  // Added by art1 (retention article): Maryland Division of State Documents (COMAR), Indiana Code on in.gov
  'www.dsd.state.md.us',
  'dsd.state.md.us',
  'www.in.gov',
  // Added by art5 (dental article): New York Department of Health regulations (NYCRR Title 10)
  'regs.health.ny.gov',
];

const lawSourceTypes = new Set(['legislation', 'regulation', 'bill']);

export interface IntegrityOptions {
  /** Minimum distinct sources an article must cite. */
  minSourcesPerArticle: number;
  minWords: number;
  maxWords: number;
  /** Today, YYYY-MM-DD: no record of work done may be dated later. Tests inject it; the build uses the clock. */
  today?: string;
}

export const defaultIntegrityOptions: IntegrityOptions = {
  minSourcesPerArticle: 3,
  minWords: 600,
  maxWords: 1800,
};

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Check ids, cross-references, citations and article rules across all collections. */
export function checkIntegrity(entries: RawEntry[], options: IntegrityOptions = defaultIntegrityOptions): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<Collection, Set<string>>();
  const byCollection = (collection: Collection) => entries.filter((entry) => entry.collection === collection);
  // Astro's id for each file, and the first file that had it: two files, one id = one lost entry.
  const astroIds = new Map<string, string>();
  for (const entry of entries) {
    const set = ids.get(entry.collection) ?? new Set<string>();
    set.add(entry.id);
    ids.set(entry.collection, set);
    const astroId = astroEntryId(entry.id);
    const first = astroIds.get(`${entry.collection}/${astroId}`);
    if (first !== undefined) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `Duplicate ${entry.collection} id "${astroId}": ${first} has the same id once Astro lowercases the file name, so one of them would be silently lost`,
      });
    } else astroIds.set(`${entry.collection}/${astroId}`, entry.file);
    for (const segment of entry.id.split('/')) {
      if (!isKebabCaseId(segment)) {
        problems.push({
          file: entry.file,
          field: 'id',
          message: `File name "${segment}" must be lowercase kebab-case (Astro lowercases ids, so a capital letter breaks references)`,
        });
      }
    }
  }
  const exists = (collection: Collection, id: unknown) => typeof id === 'string' && (ids.get(collection)?.has(id) ?? false);
  const requireRef = (entry: RawEntry, field: string, collection: Collection, id: unknown) => {
    if (!exists(collection, id)) {
      problems.push({ file: entry.file, field, message: `Unknown ${collection} id "${String(id)}"` });
    }
  };

  for (const law of byCollection('laws')) requireRef(law, 'source', 'sources', law.data.source);
  for (const term of byCollection('glossary')) {
    if (term.data.source !== undefined) requireRef(term, 'source', 'sources', term.data.source);
    asArray(term.data.related).forEach((id, i) => requireRef(term, `related[${i}]`, 'glossary', id));
  }
  for (const state of byCollection('states')) {
    asArray(state.data.laws).forEach((id, i) => requireRef(state, `laws[${i}]`, 'laws', id));
  }
  for (const letter of byCollection('letters')) {
    asArray(letter.data.scenarios).forEach((id, i) => requireRef(letter, `scenarios[${i}]`, 'scenarios', id));
    for (const field of ['subject', 'opening', 'ask', 'closing']) {
      const text = asString(letter.data[field]) ?? '';
      for (const unknown of unknownPlaceholders(text)) {
        problems.push({
          file: letter.file,
          field,
          message: `Placeholder {{${unknown}}} names no field a reader can fill (see placeholderFields in src/lib/letters.ts)`,
        });
      }
      for (const { source } of templateTokens(text).cites) requireRef(letter, `${field} {{cite:…}}`, 'sources', source);
    }
  }
  for (const cell of byCollection('coverage')) {
    const [scenarioId, lawId, ...rest] = cell.id.split('/');
    if (rest.length > 0 || lawId === undefined) {
      problems.push({ file: cell.file, field: 'id', message: 'Coverage files live at content/coverage/<scenario-id>/<law-id>.yaml' });
    } else {
      if (!exists('scenarios', scenarioId))
        problems.push({ file: cell.file, field: 'scenario (folder name)', message: `Unknown scenarios id "${scenarioId}"` });
      if (!exists('laws', lawId)) problems.push({ file: cell.file, field: 'law (file name)', message: `Unknown laws id "${lawId}"` });
    }
    asArray(cell.data.citations).forEach((citation, i) =>
      requireRef(cell, `citations[${i}].source`, 'sources', (citation as Record<string, unknown> | null)?.source),
    );
  }
  problems.push(...checkSources(byCollection('sources')));
  problems.push(
    ...futureDates(entries, options.today ?? new Date().toISOString().slice(0, 10)),
    ...pinpoints(entries),
    ...pinUrlHosts(entries),
    ...cellsCiteTheirLaw(entries),
    ...stateLaws(entries),
    ...uniqueOrder(entries),
  );
  problems.push(...checkStateLaws(entries));
  problems.push(...checkArticles(byCollection('articles'), entries, exists, options));
  return problems;
}

function checkSources(sources: RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const source of sources) {
    const url = asString(source.data.url);
    if (!url) continue; // the schema reports a missing URL
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      continue; // the schema reports a malformed URL
    }
    if (lawSourceTypes.has(String(source.data.type)) && !officialLawHosts.includes(host)) {
      problems.push({
        file: source.file,
        field: 'url',
        message: `A ${String(source.data.type)} must link to its official text; "${host}" is not on the list of official hosts (src/lib/integrity.ts)`,
      });
    }
  }
  return problems;
}

function checkArticles(articles: RawEntry[], all: RawEntry[], exists: (collection: Collection, id: unknown) => boolean, options: IntegrityOptions): Problem[] {
  const problems: Problem[] = [];
  const laws = new Map(all.filter((e) => e.collection === 'laws').map((law) => [law.id, law]));
  const titles = new Map<string, string>();
  for (const article of articles) {
    const { data, file } = article;
    const body = article.body ?? '';
    asArray(data.laws).forEach((id, i) => {
      if (!exists('laws', id)) problems.push({ file, field: `laws[${i}]`, message: `Unknown laws id "${String(id)}"` });
    });
    asArray(data.scenarios).forEach((id, i) => {
      if (!exists('scenarios', id)) problems.push({ file, field: `scenarios[${i}]`, message: `Unknown scenarios id "${String(id)}"` });
    });
    const uses = findComponentUses(body).map((use) => ({ ...use, line: use.line + (article.bodyStartLine ?? 1) - 1 }));
    const cited = new Set<string>();
    for (const use of uses) {
      if (use.name === 'Cite') {
        const source = use.attributes.source;
        if (!exists('sources', source)) {
          problems.push({ file, field: `body line ${use.line}: <Cite source>`, message: `Unknown sources id "${String(source)}"` });
        } else cited.add(source!);
      } else if (use.name === 'Term' && !exists('glossary', use.attributes.id)) {
        problems.push({ file, field: `body line ${use.line}: <Term id>`, message: `Unknown glossary id "${String(use.attributes.id)}"` });
      }
    }
    if (data.draft === true) continue;
    if (body.trim().length === 0) {
      problems.push({ file, field: 'body', message: 'The article has no text' });
      continue;
    }
    if (cited.size < options.minSourcesPerArticle) {
      problems.push({
        file,
        field: 'body <Cite>',
        message: `Cites ${cited.size} distinct source(s); an article needs at least ${options.minSourcesPerArticle}`,
      });
    }
    asArray(data.laws).forEach((id, i) => {
      const law = laws.get(String(id));
      const lawSource = asString(law?.data.source);
      if (law && lawSource && !cited.has(lawSource)) {
        problems.push({
          file,
          field: `laws[${i}]`,
          message: `Lists law "${String(id)}" but never cites its source "${lawSource}" in the body`,
        });
      }
    });
    const words = countWords(body);
    if (words < options.minWords || words > options.maxWords) {
      problems.push({ file, field: 'body', message: `Has ${words} words; an article needs ${options.minWords} to ${options.maxWords}` });
    }
    const title = asString(data.title)?.trim().toLowerCase();
    if (title) {
      const other = titles.get(title);
      if (other) problems.push({ file, field: 'title', message: `Same title as ${other}` });
      else titles.set(title, file);
    }
  }
  return problems;
}

const stateCode = (jurisdiction: unknown) => (typeof jurisdiction === 'string' && jurisdiction !== 'us' && jurisdiction !== 'eu' ? jurisdiction : undefined);
const hostOf = (url: unknown) => {
  try {
    return typeof url === 'string' ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The state law layer's rules. A state law links to its official text on an allowed host (its own
 * `url` and its source's); where the official site could not be reached, a reputable secondary
 * source may stand in only if every cell of the law is low confidence (the page then says so). A
 * state cell that says the law protects (protected, partial) cites at least one pinpoint, unless it is
 * low confidence (secondary source only); gap and not-applicable cells may cite a whole chapter,
 * since they say what a law lacks.
 */
export function checkStateLaws(entries: RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e]));
  const stateLaws = new Map(entries.filter((e) => e.collection === 'laws' && stateCode(e.data.jurisdiction)).map((e) => [e.id, e]));
  const cellsOf = (lawId: string) => entries.filter((e) => e.collection === 'coverage' && e.id.split('/')[1] === lawId);
  for (const law of stateLaws.values()) {
    const cells = cellsOf(law.id);
    const allLow = cells.length > 0 && cells.every((cell) => cell.data.confidence === 'low');
    const unless = allLow ? undefined : ' (a secondary source may stand in only when every cell of the law is low confidence)';
    const host = hostOf(law.data.url);
    if (host && !officialLawHosts.includes(host) && unless) {
      problems.push({
        file: law.file,
        field: 'url',
        message: `A state law must link to its official text; "${host}" is not on the list of official hosts (officialLawHosts in src/lib/integrity.ts)${unless}`,
      });
    }
    const source = sources.get(String(law.data.source));
    const sourceHost = hostOf(source?.data.url);
    if (source && sourceHost && !officialLawHosts.includes(sourceHost) && unless) {
      problems.push({
        file: law.file,
        field: 'source',
        message: `A state law's source must be its official text; "${sourceHost}" (${source.file}) is not on the list of official hosts${unless}`,
      });
    }
  }
  for (const cell of entries.filter((e) => e.collection === 'coverage')) {
    const lawId = cell.id.split('/')[1];
    if (!lawId || !stateLaws.has(lawId)) continue;
    if (cell.data.status !== 'protected' && cell.data.status !== 'partial') continue;
    // A low-confidence cell rests on a secondary source (the official text could not be reached), which has no pinpoint.
    if (cell.data.confidence === 'low') continue;
    const pinned = asArray(cell.data.citations).some((c) => typeof (c as Record<string, unknown> | null)?.pin === 'string');
    if (!pinned)
      problems.push({
        file: cell.file,
        field: 'citations',
        message: 'A state cell that says the law protects needs at least one pinpoint (pin) in the official text',
      });
  }
  return problems;
}

/**
 * States (and DC) whose page would list no law and no record of what was searched: every state page
 * shows either its own laws or what was searched, where and when.
 */
export function statesWithoutLawOrSearch(entries: RawEntry[]): string[] {
  const withLaws = new Set(
    entries
      .filter((e) => e.collection === 'laws')
      .map((e) => stateCode(e.data.jurisdiction))
      .filter(Boolean),
  );
  return entries
    .filter((e) => e.collection === 'states')
    .filter((state) => !withLaws.has(state.id) && asArray(state.data.laws).length === 0 && asArray(state.data.searched).length === 0)
    .map((state) => state.id);
}

/**
 * Laws with no written cell and nothing in `provides`. A missing cell file means "not applicable", so such a law would say
 * nothing about any situation: it belongs in the model only with at least one cell that says how it
 * protects images, fails to, or (when that is worth telling the reader) why it does not apply.
 */
export function lawsWithoutCells(entries: RawEntry[]): string[] {
  const written = new Set(entries.filter((e) => e.collection === 'coverage').map((e) => e.id.split('/')[1]));
  // A state access law (copies, deadlines, fees) may bear on no situation yet still give the reader something.
  const gives = (e: RawEntry) => Array.isArray(e.data.provides) && e.data.provides.length > 0;
  return entries.filter((e) => e.collection === 'laws' && !written.has(e.id) && !gives(e)).map((e) => e.id);
}

/** Law x scenario pairs with no cell file (which the model reads as "not applicable"). */
export function missingCoverage(entries: RawEntry[]): { scenario: string; law: string }[] {
  const cells = new Set(entries.filter((e) => e.collection === 'coverage').map((e) => e.id));
  const laws = entries.filter((e) => e.collection === 'laws').map((e) => e.id);
  const missing: { scenario: string; law: string }[] = [];
  for (const scenario of entries.filter((e) => e.collection === 'scenarios')) {
    for (const law of laws) {
      if (!cells.has(`${scenario.id}/${law}`)) missing.push({ scenario: scenario.id, law });
    }
  }
  return missing;
}

/** Render problems as lines an author can act on: "file: field: message". */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/**
 * Unquoted YAML dates that are not calendar days ("reviewed: 2026-13-45"). js-yaml, which Astro
 * uses, reads such a value as a Date and rolls it over (14 February 2027) without an error, so the
 * schema never sees the mistake. Checked on the raw text, by the content tests and by the build
 * (src/lib/content-loader.ts, which the build runs through src/integrations/content-checks.ts).
 */
export function impossibleDates(yamlText: string): { field: string; value: string; line: number }[] {
  const found: { field: string; value: string; line: number }[] = [];
  yamlText.split('\n').forEach((text, i) => {
    const match = /^\s*(?:-\s+)?(?:([\w-]+):\s+)?(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:#.*)?$/.exec(text);
    if (!match) return;
    const [, field = '(list item)', year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
      found.push({ field, value: `${year}-${month}-${day}`, line: i + 1 });
    }
  });
  return found;
}
