/**
 * Claims that age: a proposed rule, a pending bill, a date still in the future, an "as of" figure.
 * Each is marked where it is written, with the day its status was last checked: in an article body
 * `<AsOf date="2026-12-06">…</AsOf>`; in YAML (laws, coverage cells, states) and in an article's
 * frontmatter the field `statusChecked`. Readers see "status as of <date>"; `npm run review` lists
 * every mark with its age; the content tests fail on an aging word that carries no mark.
 *
 * Pure and free of imports, so the review script can run it under plain Node.
 */

/**
 * Words that say a status may change. Historic uses count too ("HHS proposed in 2011 …" implies
 * "and it is still not the rule"), so they are marked like the rest.
 */
export const agingPattern =
  /\b(proposed|proposals?|pending|not (?:yet )?final(?:i[sz]ed)?|(?:has )?not been finali[sz]ed|never finali[sz]ed|not yet (?:in effect|in force|effective)|(?:will|expected to) take effect|takes effect|awaiting)\b/gi;

/** An `<AsOf>` mark in an MDX body. */
export interface AsOfMark {
  date: string;
  text: string;
  line: number;
}

/** An aging word with no mark. */
export interface UnmarkedClaim {
  word: string;
  /** "body line N" or a frontmatter/YAML field path. */
  where: string;
  excerpt: string;
}

const asOfPattern = /<AsOf\b([^>]*)>([\s\S]*?)<\/AsOf>/g;
const dateAttribute = /\bdate="([^"]*)"/;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
const squash = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every `<AsOf date="…">…</AsOf>` in an MDX body, with its line. */
export function findAsOfMarks(body: string): AsOfMark[] {
  return [...body.matchAll(asOfPattern)].map((match) => ({
    date: dateAttribute.exec(match[1] ?? '')?.[1] ?? '',
    text: squash(match[2] ?? ''),
    line: lineOf(body, match.index),
  }));
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Prose of an MDX body as a reader sees it, with marked spans, tags, link targets, comments and short quoted terms blanked (lines kept). */
function unmarkedProse(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return (
    body
      .replace(asOfPattern, blank)
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
      .replace(/<[^>\n]+>/g, blank)
      // A short quoted term is a mention, not a claim: '"Proposed rule" means not law'.
      .replace(/"[^"\n]{1,40}"|\u201c[^\u201d\n]{1,40}\u201d/g, blank)
      .replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`)
  );
}

/** Aging words in an MDX body that are not inside an `<AsOf>` mark. */
export function unmarkedInBody(body: string): UnmarkedClaim[] {
  const prose = unmarkedProse(body);
  const lines = body.split('\n');
  return [...prose.matchAll(agingPattern)].map((match) => {
    const line = lineOf(prose, match.index);
    return { word: match[0], where: `body line ${line}`, excerpt: squash(lines[line - 1] ?? '').slice(0, 160) };
  });
}

/** Article frontmatter fields that readers see as text. */
const articleTextFields = ['title', 'description', 'shortAnswer', 'takeaways', 'questions', 'readerQuestions'];
/** YAML keys that hold references, links or pins, not prose. */
const nonProseKeys = new Set([
  'source',
  'url',
  'pin',
  'citations',
  'laws',
  'scenarios',
  'related',
  'legislatureHome',
  'lookupUrl',
  'agComplaintUrl',
  'changes',
]);

function strings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A state's search record carries its own date: text inside a dated item is marked by it.
    if (typeof record.date === 'string' || record.date instanceof Date) {
      if ('what' in record && 'category' in record) return;
    }
    for (const [key, item] of Object.entries(record)) {
      if (nonProseKeys.has(key)) continue;
      strings(item, path ? `${path}.${key}` : key, out);
    }
  }
}

/**
 * Aging words in an entry's data that no `statusChecked` marks. For articles only the frontmatter
 * text fields count (the body has its own marks); for laws, cells and states every prose field.
 */
export function unmarkedInData(collection: string, data: Record<string, unknown>): UnmarkedClaim[] {
  if (data.statusChecked !== undefined && data.statusChecked !== null) return [];
  const found: { path: string; text: string }[] = [];
  if (collection === 'articles') {
    for (const field of articleTextFields) strings(data[field], field, found);
  } else {
    strings(data, '', found);
  }
  return found.flatMap(({ path, text }) =>
    [...text.matchAll(agingPattern)].map((match) => ({
      word: match[0],
      where: path,
      excerpt: squash(text).slice(0, 160),
    })),
  );
}

/** Collections whose entries may carry `statusChecked` and are checked for unmarked aging words. */
export const markedCollections = ['articles', 'laws', 'coverage', 'states'] as const;

/** Whole days from `from` to `to` (both YYYY-MM-DD or Date). */
export function ageInDays(from: string | Date, to: string | Date): number {
  const day = (d: string | Date) => (typeof d === 'string' ? new Date(`${d}T00:00:00Z`) : d).getTime();
  return Math.floor((day(to) - day(from)) / 86_400_000);
}

/** One content file, as the content tests and the review script read it. */
export interface StalenessEntry {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string;
  /** The file line on which the body starts. */
  bodyStartLine?: number;
}

export interface StalenessProblem {
  file: string;
  field: string;
  message: string;
}

const dayText = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;

/**
 * The rules: every aging word carries a mark, and every mark is a real day no later than `today`.
 * Returns problems naming the file and the line or field.
 */
export function checkStalenessMarks(entries: StalenessEntry[], today: string): StalenessProblem[] {
  const problems: StalenessProblem[] = [];
  for (const entry of entries) {
    if (!(markedCollections as readonly string[]).includes(entry.collection)) continue;
    const { file, data } = entry;
    const checked = dayText(data.statusChecked);
    if (checked !== undefined && isIsoDay(checked) && checked > today) {
      problems.push({ file, field: 'statusChecked', message: `${checked} is in the future (today is ${today})` });
    }
    for (const claim of unmarkedInData(entry.collection, data)) {
      problems.push({
        file,
        field: claim.where,
        message: `Says "${claim.word}" with no status date: check the status, then add statusChecked: ${today} (or reword). Text: "${claim.excerpt}"`,
      });
    }
    if (entry.collection !== 'articles' || entry.body === undefined) continue;
    const offset = (entry.bodyStartLine ?? 1) - 1;
    for (const mark of findAsOfMarks(entry.body)) {
      const where = `body line ${mark.line + offset}: <AsOf>`;
      if (!isIsoDay(mark.date)) problems.push({ file, field: where, message: `date="${mark.date}" must be a real day written YYYY-MM-DD` });
      else if (mark.date > today) problems.push({ file, field: where, message: `date="${mark.date}" is in the future (today is ${today})` });
      if (mark.text.length === 0) problems.push({ file, field: where, message: 'An <AsOf> mark needs the claim inside it' });
    }
    for (const claim of unmarkedInBody(entry.body)) {
      const line = Number(claim.where.replace('body line ', '')) + offset;
      problems.push({
        file,
        field: `body line ${line}`,
        message: `Says "${claim.word}" outside an <AsOf> mark: wrap the claim in <AsOf date="${today}">…</AsOf> after checking its status (or reword). Text: "${claim.excerpt}"`,
      });
    }
  }
  return problems;
}
