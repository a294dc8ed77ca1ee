/**
 * npm run review: what an editor should re-check, oldest first.
 *
 *   1. every claim that ages (an <AsOf> mark in an article, a `statusChecked` in a law, a coverage
 *      cell, a state or an article's frontmatter), with the day its status was checked and its age;
 *   2. pages and cells whose `reviewed` date is older than a threshold;
 *   3. aging words ("proposed", "pending", "not yet final" …) that carry no mark at all.
 *
 * Options: --today=YYYY-MM-DD (default: today, UTC), --max-status-age=DAYS (default 90),
 * --max-review-age=DAYS (default 180), --content=DIR (default content). Exits 1 when a status is
 * older than its limit, a page is overdue for review, or a claim is unmarked; 0 when clean.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ageInDays, checkStalenessMarks, findAsOfMarks, type StalenessEntry } from '../src/lib/staleness.ts';

export interface ReviewOptions {
  today: string;
  maxStatusAge: number;
  maxReviewAge: number;
  content: string;
}

const collectionOf = (path: string) => path.split('/')[0] ?? '';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const dayText = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;

/** Read content/ as plain data (the schemas are the content tests' job). */
export function readEntries(content: string): StalenessEntry[] {
  const entries: StalenessEntry[] = [];
  for (const path of filesUnder(content)) {
    const rel = relative(content, path).replaceAll('\\', '/');
    const collection = collectionOf(rel);
    const file = `${content}/${rel}`;
    const text = readFileSync(path, 'utf8');
    if (rel.endsWith('.mdx')) {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) continue;
      const body = match[2]!;
      const bodyStartLine = text.slice(0, text.length - body.length).split('\n').length;
      entries.push({ collection, id: rel.slice(collection.length + 1, -4), file, data: parse(match[1]!) ?? {}, body, bodyStartLine });
    } else if (rel.endsWith('.yaml') && rel.includes('/')) {
      entries.push({ collection, id: rel.slice(collection.length + 1, -5), file, data: parse(text) ?? {} });
    }
  }
  return entries;
}

export interface ReviewItem {
  file: string;
  where: string;
  date: string;
  age: number;
  text: string;
  overdue: boolean;
}

export interface Review {
  claims: ReviewItem[];
  reviews: ReviewItem[];
  unmarked: { file: string; field: string; message: string }[];
}

export function review(entries: StalenessEntry[], options: ReviewOptions): Review {
  const claims: ReviewItem[] = [];
  const reviews: ReviewItem[] = [];
  for (const entry of entries) {
    const checked = dayText(entry.data.statusChecked);
    if (checked) {
      const age = ageInDays(checked, options.today);
      const text = String(entry.data.title ?? entry.data.name ?? entry.data.summary ?? entry.id);
      claims.push({ file: entry.file, where: 'statusChecked', date: checked, age, text: text.slice(0, 100), overdue: age > options.maxStatusAge });
    }
    for (const mark of entry.body ? findAsOfMarks(entry.body) : []) {
      const age = ageInDays(mark.date, options.today);
      const line = mark.line + (entry.bodyStartLine ?? 1) - 1;
      claims.push({ file: entry.file, where: `line ${line}`, date: mark.date, age, text: mark.text.slice(0, 100), overdue: age > options.maxStatusAge });
    }
    const reviewed = dayText(entry.data.reviewed);
    if (reviewed) {
      const age = ageInDays(reviewed, options.today);
      if (age > options.maxReviewAge) {
        reviews.push({
          file: entry.file,
          where: 'reviewed',
          date: reviewed,
          age,
          text: String(entry.data.title ?? entry.data.name ?? entry.id),
          overdue: true,
        });
      }
    }
  }
  const byAge = (a: ReviewItem, b: ReviewItem) => b.age - a.age || a.file.localeCompare(b.file);
  return { claims: claims.sort(byAge), reviews: reviews.sort(byAge), unmarked: checkStalenessMarks(entries, options.today) };
}

export function formatReview(result: Review, options: ReviewOptions): string {
  const lines: string[] = [];
  const overdueClaims = result.claims.filter((c) => c.overdue).length;
  lines.push(`Review as of ${options.today} (status limit ${options.maxStatusAge} days, review limit ${options.maxReviewAge} days)`, '');
  lines.push(`Claims that age: ${result.claims.length} (${overdueClaims} older than ${options.maxStatusAge} days)`);
  for (const c of result.claims) {
    lines.push(`  ${c.overdue ? 'RECHECK ' : ''}${String(c.age).padStart(4)} days  ${c.date}  ${c.file} ${c.where}: ${c.text}`);
  }
  lines.push('', `Pages and cells reviewed more than ${options.maxReviewAge} days ago: ${result.reviews.length}`);
  for (const r of result.reviews) lines.push(`  ${String(r.age).padStart(4)} days  ${r.date}  ${r.file}: ${r.text}`);
  lines.push('', `Aging words with no status date: ${result.unmarked.length}`);
  for (const u of result.unmarked) lines.push(`  ${u.file} ${u.field}: ${u.message}`);
  const clean = overdueClaims === 0 && result.reviews.length === 0 && result.unmarked.length === 0;
  lines.push('', clean ? 'Clean: nothing is overdue.' : 'Not clean: re-check the items above.');
  return lines.join('\n');
}

export function parseOptions(argv: string[]): ReviewOptions {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const number = (name: string, fallback: number) => {
    const text = value(name);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number of days`);
    return n;
  };
  const today = value('today') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('--today must be YYYY-MM-DD');
  return { today, maxStatusAge: number('max-status-age', 90), maxReviewAge: number('max-review-age', 180), content: value('content') ?? 'content' };
}

if (import.meta.main) {
  const options = parseOptions(process.argv.slice(2));
  const result = review(readEntries(options.content), options);
  console.log(formatReview(result, options));
  const clean = result.claims.every((c) => !c.overdue) && result.reviews.length === 0 && result.unmarked.length === 0;
  process.exit(clean ? 0 : 1);
}
