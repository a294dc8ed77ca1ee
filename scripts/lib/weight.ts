/**
 * Page weight: what a page loads, in gzip bytes, and the budgets it must meet (docs/decisions.md,
 * "Budgets"). Shared by the budget tests (tests/e2e/budgets.test.ts) and `npm run bench`.
 * Text (HTML, CSS, JS, JSON, SVG, XML) counts as gzip at level 6, what a static host sends;
 * binary files (images, fonts, Pagefind's already-compressed index and WebAssembly) count as is.
 * 1 KB = 1,024 bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

/** The budgets, in gzip bytes of what a page loads before the reader does anything. */
export const budgets = {
  /** An article's first visit: HTML and CSS, images aside. */
  articleFirstVisit: 25 * KB,
  /** The one external enhancement script a reading page may load. */
  enhancementScript: 5 * KB,
  /** The letter builder's script. */
  lettersScript: 30 * KB,
  /** /letters/ first visit, everything: the page carries its first screen; cells load when chosen (issue 18). */
  lettersFirstVisit: 40 * KB,
  /** /what-protects-me/ first visit, everything: situations inline; laws and cells load when a state is chosen (issue 18). */
  finderFirstVisit: 25 * KB,
} as const;

/** Pages whose whole first visit (HTML, CSS, script, data, images) has a budget, whatever the size of the model. */
export const firstVisitBudgets: Record<string, number> = {
  '/letters/': budgets.lettersFirstVisit,
  '/what-protects-me/': budgets.finderFirstVisit,
};

/**
 * Pages allowed more script than one small enhancement, with their limit in gzip bytes. /search/
 * is the search UI itself: Pagefind loads there, when the reader opens it.
 */
export const scriptAllowances: Record<string, number> = {
  '/search/': Number.POSITIVE_INFINITY,
  '/letters/': budgets.lettersScript,
};

export type Kind = 'html' | 'css' | 'js' | 'image' | 'font' | 'search-index' | 'other';

/** One downloaded file. */
export interface Resource {
  url: string;
  kind: Kind;
  bytes: number;
  gzipBytes: number;
}

const textTypes = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** Whether a host would gzip a response of this content type. */
export function compressible(contentType: string): boolean {
  return textTypes.test(contentType.toLowerCase());
}

/** Bytes on the wire with gzip: compressed for text, as is for binary. */
export function gzipBytes(body: Uint8Array, contentType: string): number {
  return compressible(contentType) ? gzipSync(body, { level: 6 }).length : body.length;
}

/** What kind of file a URL and content type are. */
export function kindOf(url: string, contentType: string): Kind {
  const type = contentType.toLowerCase();
  const path = new URL(url, 'http://x').pathname;
  if (path.startsWith('/pagefind/') && !/\.(m?js)$/.test(path)) return 'search-index';
  if (type.startsWith('text/html')) return 'html';
  if (type.startsWith('text/css')) return 'css';
  if (type.includes('javascript') || /\.m?js$/.test(path)) return 'js';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('font/')) return 'font';
  return 'other';
}

export type Totals = Record<Kind | 'total', number> & { requests: number };

/** gzip bytes per kind, and in all. */
export function summarise(resources: readonly Resource[]): Totals {
  const totals: Totals = { html: 0, css: 0, js: 0, image: 0, font: 0, 'search-index': 0, other: 0, total: 0, requests: resources.length };
  for (const resource of resources) {
    totals[resource.kind] += resource.gzipBytes;
    totals.total += resource.gzipBytes;
  }
  return totals;
}

/** "12.3 KB" */
export function formatKB(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const preloadTag = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi;
const srcAttribute = /\bsrc=["']?([^"'\s>]+)/i;
const hrefAttribute = /\bhref=["']?([^"'\s>]+)/i;
const typeAttribute = /\btype=["']?([^"'\s>]+)/i;
// Static imports and re-exports in a built module (dynamic import() is lazy and not followed).
const staticImport = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g;

/** The scripts a built HTML page runs on load. */
export interface PageScripts {
  /** Site-relative paths of external scripts and everything they import statically. */
  files: string[];
  /** Inline executable scripts (JSON data blocks are not scripts). */
  inline: number;
  /** gzip bytes of all of them. */
  gzipBytes: number;
}

function resolveModule(from: string, specifier: string): string | undefined {
  if (/^[a-z]+:/i.test(specifier) || specifier.startsWith('//')) return undefined;
  return specifier.startsWith('/') ? specifier : normalize(join(dirname(from), specifier));
}

/**
 * Read a page of a built site and list the JavaScript it loads before any interaction: its
 * `<script src>` and module preloads, then the modules those import statically.
 */
export function pageScripts(dist: string, pagePath: string, html: string): PageScripts {
  const queue: string[] = [];
  let inline = 0;
  for (const match of html.matchAll(scriptTag)) {
    const attributes = match[1] ?? '';
    const type = typeAttribute.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue; // data block, e.g. JSON
    const src = srcAttribute.exec(attributes)?.[1];
    if (src) queue.push(src);
    else if ((match[2] ?? '').trim()) inline++;
  }
  for (const match of html.matchAll(preloadTag)) {
    const href = hrefAttribute.exec(match[0])?.[1];
    if (href) queue.push(href);
  }
  const files = new Set<string>();
  let total = 0;
  while (queue.length > 0) {
    const raw = queue.shift()!;
    const path = resolveModule(pagePath, raw.split(/[?#]/)[0]!);
    if (!path || files.has(path)) continue;
    files.add(path);
    const file = join(dist, path);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    total += gzipBytes(body, 'text/javascript');
    for (const match of body.toString('utf8').matchAll(staticImport)) {
      const next = resolveModule(path, match[1]!);
      if (next) queue.push(next);
    }
  }
  return { files: [...files], inline, gzipBytes: total };
}
