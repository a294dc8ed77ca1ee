/**
 * Post-build link check. Serves dist/ (scripts/serve.ts) and runs linkinator over every HTML page,
 * failing on a broken internal link or a #fragment with no matching id. External links are never
 * fetched (CI has no network): each is listed in test-results/external-links.txt, and a link to
 * the text of a law must be on an official host (src/lib/integrity.ts).
 *
 * It runs under Vitest (tests/postbuild/links.test.ts; `npm run check:links` runs that file alone after
 * a build), because src/lib is written for Vite's resolver rather than for plain Node.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { parse } from 'yaml';
import { distPages } from './lib/dist-pages.ts';
import { classifyLinks, formatReport, unofficialLegalLinks, type ClassifiedLink, type LegalTexts } from './lib/external-links.ts';
import { startServer } from './serve.ts';
import { officialLawHosts } from '../src/lib/integrity.ts';

const legalSourceTypes = new Set(['legislation', 'regulation', 'bill']);

function readYamlFolder(folder: string): Record<string, unknown>[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .map((name) => (parse(readFileSync(join(folder, name), 'utf8')) ?? {}) as Record<string, unknown>);
}

/** Each YAML file of a folder with its id (the file name). */
function readYamlFiles(folder: string): [string, Record<string, unknown>][] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name.replace(/\.yaml$/, ''), (parse(readFileSync(join(folder, name), 'utf8')) ?? {}) as Record<string, unknown>]);
}

/** Laws with at least one cell, every one of them low confidence. */
function lawsWithOnlyLowConfidenceCells(contentRoot: string): Set<string> {
  const confidence = new Map<string, string[]>();
  const coverage = join(contentRoot, 'coverage');
  if (existsSync(coverage)) {
    for (const scenario of readdirSync(coverage)) {
      for (const [law, cell] of readYamlFiles(join(coverage, scenario))) {
        confidence.set(law, [...(confidence.get(law) ?? []), String(cell.confidence)]);
      }
    }
  }
  return new Set([...confidence].filter(([, levels]) => levels.every((level) => level === 'low')).map(([law]) => law));
}

/** The URLs of legal texts: laws' own URLs, and legislation/regulation/bill sources with their pinpoint templates. */
export function legalTextUrls(contentRoot = 'content'): LegalTexts {
  const urls = new Set<string>();
  const prefixes: string[] = [];
  for (const source of readYamlFolder(join(contentRoot, 'sources'))) {
    if (!legalSourceTypes.has(String(source.type))) continue;
    if (typeof source.url === 'string') urls.add(source.url.split('#')[0]!);
    if (typeof source.pinUrl === 'string') prefixes.push(source.pinUrl.slice(0, source.pinUrl.indexOf('{')));
  }
  // A state law whose official code could not be reached may link to a secondary copy only when every
  // one of its cells is low confidence and says so (the same exception as the content rule in
  // src/lib/integrity.ts); such a link is an admitted secondary source, not a legal text.
  const lowOnly = lawsWithOnlyLowConfidenceCells(contentRoot);
  for (const [id, law] of readYamlFiles(join(contentRoot, 'laws'))) {
    if (typeof law.url !== 'string') continue;
    if (lowOnly.has(id) && !officialLawHosts.includes(new URL(law.url).host)) continue;
    urls.add(law.url.split('#')[0]!);
  }
  return { urls, prefixes };
}

/** A list of pages, shortened after ten. */
function listPages(pages: string[]): string {
  return pages.length > 10 ? `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more` : pages.join(', ');
}

/** The origin pages were built for (Astro's `site`), read from the home page's canonical link. */
function builtOrigin(root: string): string | undefined {
  const home = join(root, 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  return canonical ? new URL(canonical).origin : undefined;
}

export interface LinkReport {
  pages: number;
  /** Internal URLs checked (each once, however many pages link to it). */
  checked: number;
  /** "target: reason, linked from pages" for each broken internal link or missing fragment. */
  broken: string[];
  external: ClassifiedLink[];
  /** Legal-text links on a host that is not official. */
  unofficial: string[];
}

/** Check every page under `root`; write the external-link report to `reportFile`. */
export async function checkLinks({
  root = 'dist',
  contentRoot = 'content',
  reportFile = 'test-results/external-links.txt',
  base = '/',
}: { root?: string; contentRoot?: string; reportFile?: string; base?: string } = {}): Promise<LinkReport> {
  const pages = distPages(root);
  // A build under a base path is served under it, so every link must carry the base to resolve.
  const { server, url: origin } = await startServer(root, 0, base);
  const served = origin + base.replace(/\/$/, '');
  const site = builtOrigin(root);
  // Local is anything on this server, under the base or not: a link that misses the base is broken, not external.
  const local = (link: string) => link.startsWith(`${origin}/`) || link === origin || (site !== undefined && (link.startsWith(`${site}/`) || link === site));
  const path = (link: string) => (link.startsWith(served) ? link.slice(served.length) || '/' : link);
  try {
    const result = await new LinkChecker().check({
      path: pages.map((page) => `${served}${page.path}`),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      // Absolute links to the production origin (canonical URLs, which carry the base) are checked against this build.
      urlRewriteExpressions: site ? [{ pattern: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: origin }] : [],
      // Never fetch anything outside this machine.
      linksToSkip: async (link) => !local(link),
    });
    const broken = new Map<string, Set<string>>();
    const external = new Map<string, Set<string>>();
    const add = (map: Map<string, Set<string>>, key: string, page: string) => map.set(key, (map.get(key) ?? new Set<string>()).add(page));
    for (const link of result.links) {
      if (link.state === LinkState.BROKEN) {
        const fragment = link.url.includes('#') && link.status === 200;
        const reason = fragment ? `no element with id "${decodeURIComponent(link.url.split('#')[1]!)}"` : `HTTP ${link.status || 'error'}`;
        add(broken, `${path(link.url)}: ${reason}`, path(link.parent ?? '?'));
      } else if (link.state === LinkState.SKIPPED && !local(link.url)) {
        add(external, link.url, path(link.parent ?? '?'));
      }
    }
    const classified = classifyLinks(
      [...external].map(([url, from]) => ({ url, pages: [...from].sort() })),
      legalTextUrls(contentRoot),
    );
    if (reportFile) {
      mkdirSync(dirname(reportFile), { recursive: true });
      writeFileSync(reportFile, formatReport(classified));
    }
    return {
      pages: pages.length,
      checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length,
      broken: [...broken].sort(([a], [b]) => a.localeCompare(b)).map(([target, from]) => `${target}, linked from ${listPages([...from].sort())}`),
      external: classified,
      unofficial: unofficialLegalLinks(classified),
    };
  } finally {
    server.close();
  }
}
