/**
 * Read a content folder the way Astro does (ids from paths; YAML files with js-yaml's `load`, as
 * Astro's glob loader does; MDX front matter with `parseFrontmatter` from @astrojs/internal-helpers,
 * which @astrojs/mdx calls) and validate each entry with the project's own schemas. js-yaml reads an
 * unquoted impossible date ("2026-13-45") as another day without an error, so the raw text is also
 * checked for such dates (`impossibleDates`). Used by the content tests on the real
 * content/ and on the broken fixtures in tests/content/fixtures/, and by the build itself
 * (src/integrations/content-checks.ts), so `npm run build` and `npm test` enforce the same rules.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load } from 'js-yaml';
import { articleSchema } from '../schemas/articles';
import { coverageSchema } from '../schemas/coverage';
import { glossarySchema } from '../schemas/glossary';
import { lawSchema } from '../schemas/laws';
import { letterSchema } from '../schemas/letters';
import { scenarioSchema } from '../schemas/scenarios';
import { sourceSchema } from '../schemas/sources';
import { stateSchema } from '../schemas/states';
import type { SchemaContext } from '../schemas/shared';
import { impossibleDates, type Collection, type Problem, type RawEntry } from './integrity';

// Ids are checked by src/lib/integrity.ts, so a reference is just a string here.
const context = { reference: () => z.string() } as unknown as SchemaContext;
const schemas: Record<Collection, z.ZodType> = {
  articles: articleSchema(context),
  sources: sourceSchema(),
  laws: lawSchema(context),
  scenarios: scenarioSchema(context),
  coverage: coverageSchema(context),
  glossary: glossarySchema(context),
  states: stateSchema(context),
  letters: letterSchema(context),
};

function filesUnder(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

export interface LoadedContent {
  entries: RawEntry[];
  problems: Problem[];
  /** Every file under the root, relative to it (for the rule on files no loader reads). */
  files: string[];
}

/** Load and schema-check every entry under `root` (a folder shaped like content/). */
export function loadContent(root: string, cwd = process.cwd()): LoadedContent {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const collection of Object.keys(schemas) as Collection[]) {
    const folder = join(root, collection);
    const extension = collection === 'articles' ? '.mdx' : '.yaml';
    // A folder or file starting with "_" is kept out of the collection on purpose, as Astro's
    // loaders do (content/articles/_versions/ holds superseded texts, read by their own collection).
    const inCollection = (file: string) =>
      file.endsWith(extension) &&
      !relative(folder, file)
        .split(/[\\/]/)
        .some((segment) => segment.startsWith('_'));
    for (const path of filesUnder(folder).filter(inCollection)) {
      const file = relative(cwd, path);
      const id = relative(folder, path).slice(0, -extension.length).split(/[\\/]/).join('/');
      const text = readFileSync(path, 'utf8');
      let raw: unknown;
      let body: string | undefined;
      let bodyStartLine: number | undefined;
      try {
        if (collection === 'articles') {
          const parts = splitFrontmatter(text);
          if (!parts) {
            problems.push({ file, field: 'frontmatter', message: 'An article must start with a --- frontmatter block ---' });
            continue;
          }
          raw = parseFrontmatter(text).frontmatter;
          body = parts.body;
          bodyStartLine = text.slice(0, text.length - parts.body.length).split('\n').length;
        } else {
          raw = load(text, { filename: path });
        }
      } catch (error) {
        problems.push({ file, field: '(YAML)', message: (error as Error).message.split('\n')[0]! });
        continue;
      }
      const dates = impossibleDates(collection === 'articles' ? (splitFrontmatter(text)?.frontmatter ?? '') : text);
      if (dates.length > 0) {
        for (const { field, value } of dates) {
          problems.push({ file, field, message: `${value} is not a calendar date (YYYY-MM-DD); unquoted, YAML would read it as another day` });
        }
        continue;
      }
      const result = schemas[collection].safeParse(raw ?? {});
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, field: issue.path.join('.') || '(entry)', message: issue.message });
        }
        continue;
      }
      entries.push({ collection, id, file, data: (raw ?? {}) as Record<string, unknown>, body, bodyStartLine });
    }
  }
  const files = filesUnder(root).map((path) => relative(root, path).split(/[\\/]/).join('/'));
  return { entries, problems, files };
}
