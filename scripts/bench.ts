/**
 * `npm run bench`: build the real site and a generated corpus of 1,000 articles (and 10,000 with
 * `--large`), and print what it costs: build time and peak memory, time per page, Pagefind's
 * time and index size, the bytes search downloads, first-visit gzip bytes per page type and
 * Lighthouse's scores; beside them a bare Astro 7 + MDX build of the same corpus on the same
 * Markdown pipeline (unified + remark-gfm) and on Astro's default, Sätteri. A benchmark, not a
 * test: figures vary between runs on a shared 2-core machine. Generated corpora build with
 * SHARE_IMAGES=0; the real site builds with its share images.
 *
 * Every measurement carries the machine's load average (mean over the run, start and end).
 *
 * Flags: --large (add the 10,000 corpus; minutes and several GB), --no-lighthouse,
 * --no-baseline, --no-satteri, --repeat=N (N site and N bare builds per corpus, alternately), --sizes=1000,5000 (corpora to build instead), --heap=MB (a V8 heap limit for
 * the corpus builds, site and bare alike, instead of the build's own 2.5 GB).
 * Every astro build here (the real site, the corpora, the bare builds) runs with the memory settings
 * `npm run build` uses (scripts/lib/build-env.ts), so the figures are the build's.
 * Corpora are written to a temporary folder outside the repository and removed afterwards; the
 * build logs and results.json stay there (the path is printed).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/chromium.ts';
import { writeBaseline, type Processor } from './bench/baseline.ts';
import { writeCorpus } from './bench/corpus.ts';
import { lighthouse, type Scores } from './bench/lighthouse.ts';
import { measure, type RunResult } from './bench/run.ts';
import { buildMemoryEnv } from './lib/build-env.ts';
import { recordFirstVisit, recordSearch } from './lib/record.ts';
import { budgets, firstVisitBudgets, formatKB, gzipBytes, pageScripts, scriptAllowances, summarise, type Totals } from './lib/weight.ts';
import { startServer } from './serve.ts';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const sizesArg = args.find((arg) => arg.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : flag('large') ? [1000, 10000] : [1000];
const GB = 1024 ** 3;
const ceiling = 8 * GB;
const node = process.execPath;
const astroBin = join(repo, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = join(repo, 'node_modules/pagefind/lib/runner/bin.cjs');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
/** An astro build's environment: as `npm run build` runs it. */
const astroEnv: Record<string, string> = { ...env, ...buildMemoryEnv() };

interface Build {
  label: string;
  articles: number;
  pages: number;
  astro: RunResult;
  pagefind: RunResult;
  indexBytes: number;
  indexFiles: number;
  visits: { type: string; path: string; totals?: Totals; inlineData?: number }[];
  search?: { opened: Totals; pagefindOpened: number; firstQuery: Totals; results: number };
  baselines: Partial<Record<Processor, RunResult>>;
  /** Site and bare (unified) astro builds of the corpus, run alternately: site, bare, site, bare... */
  alternate?: { site: RunResult; bare: RunResult }[];
  scripts?: ReturnType<typeof scriptInventory>;
  /** The size of the model the corpus carries (states, laws, coverage cells): the pages' weight must not grow with it. */
  model?: string;
}

/** "51 states, 119 laws, 362 coverage cells": the state layer a content folder carries. */
function modelSize(contentDir: string): string {
  const count = (folder: string) => {
    let n = 0;
    const dir = join(contentDir, folder);
    if (existsSync(dir)) walk(dir, (file) => (n += file.endsWith('.yaml') ? 1 : 0));
    return n;
  };
  return `${count('states')} states, ${count('laws')} laws, ${count('coverage')} coverage cells`;
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function walk(dir: string, visit: (file: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else visit(path, statSync(path).size);
  }
}

function countPages(out: string): number {
  let pages = 0;
  walk(out, (file) => {
    if (file.endsWith('.html') && !file.includes('/pagefind/')) pages++;
  });
  return pages;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (existsSync(dir)) walk(dir, (_, size) => ((bytes += size), files++));
  return { bytes, files };
}

function check(result: RunResult, what: string): RunResult {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}); see ${result.log}`);
  return result;
}

/**
 * The page types the issue names, mapped to paths in a built site (or absent). The article is the
 * heaviest one (the budget's worst case) unless `article` names one.
 */
function pageTypes(out: string, article?: string): { type: string; path: string }[] {
  const dir = join(out, 'articles');
  const articles = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
        .map((entry) => ({ id: entry.name, size: statSync(join(dir, entry.name, 'index.html')).size }))
        .sort((a, b) => b.size - a.size)
    : [];
  const chosen = article && articles.some((entry) => entry.id === article) ? article : articles[0]?.id;
  const types = [
    { type: 'home', path: '/' },
    { type: 'article', path: chosen ? `/articles/${chosen}/` : '' },
    { type: '/gaps/', path: '/gaps/' },
    { type: '/letters/', path: '/letters/' },
    { type: '/what-protects-me/', path: '/what-protects-me/' },
  ];
  return types.map((entry) => (entry.path && existsSync(join(out, entry.path, 'index.html')) ? entry : { type: entry.type, path: '' }));
}

/** gzip bytes of a page's inline JSON data blocks (e.g. the letter builder's model). */
function inlineDataBytes(out: string, path: string): number {
  const html = readFileSync(join(out, path, 'index.html'), 'utf8');
  let total = 0;
  for (const match of html.matchAll(/<script\b[^>]*type=["']?application\/json["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    total += gzipBytes(new TextEncoder().encode(match[1] ?? ''), 'application/json');
  }
  return total;
}

async function weigh(browser: Browser, out: string, build: Build, query: string, article?: string): Promise<void> {
  const { server, url } = await startServer(out);
  try {
    for (const { type, path } of pageTypes(out, article)) {
      build.visits.push(
        path ? { type, path, totals: summarise(await recordFirstVisit(browser, url + path)), inlineData: inlineDataBytes(out, path) } : { type, path },
      );
    }
    const search = await recordSearch(browser, url, query);
    const pagefindOpened = summarise(search.opened.filter((resource) => new URL(resource.url).pathname.startsWith('/pagefind/'))).total;
    build.search = { opened: summarise(search.opened), pagefindOpened, firstQuery: summarise(search.firstQuery), results: search.results };
  } finally {
    server.close();
  }
}

const heapArg = args.find((arg) => arg.startsWith('--heap='));
/** --repeat=N: build each corpus N times, site and bare alternately (default 1). */
const repeat = Number(args.find((arg) => arg.startsWith('--repeat='))?.slice('--repeat='.length) ?? 1);

/** Environment for building a corpus: the build's own memory settings, with --heap=MB's heap limit if given. */
function buildEnv(): Record<string, string> {
  return heapArg ? { ...astroEnv, NODE_OPTIONS: `${astroEnv.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(heapArg.slice(7))}` } : astroEnv;
}

async function buildSite(label: string, work: string, out: string, contentDir: string | undefined, articles: number): Promise<Build> {
  log(`${label}: astro build`);
  const astro = check(
    await measure(node, [astroBin, 'build', '--force', '--outDir', out], {
      cwd: repo,
      // Generated corpora build without share images (about 40 ms an article, and the bare
      // baseline has none); the real site builds as it deploys, with them.
      env: contentDir ? { ...buildEnv(), CONTENT_DIR: contentDir, SHARE_IMAGES: '0' } : astroEnv,
      logFile: join(work, `${label}-astro.log`),
    }),
    `${label} astro build`,
  );
  log(`${label}: pagefind`);
  const pagefind = check(
    await measure(node, [pagefindBin, '--site', out], { cwd: repo, env, logFile: join(work, `${label}-pagefind.log`) }),
    `${label} pagefind`,
  );
  const index = folderSize(join(out, 'pagefind'));
  return { label, articles, pages: countPages(out), astro, pagefind, indexBytes: index.bytes, indexFiles: index.files, visits: [], baselines: {} };
}

interface ScriptGroup {
  pages: string[];
  files: string[];
  gzip: number;
}

/**
 * Script per page as built (static loads only, pages with the same scripts grouped) and the lazily
 * loaded chunks that no page loads before the reader acts (docs/decisions.md: reported separately).
 */
function scriptInventory(out: string): { groups: ScriptGroup[]; lazy: { file: string; gzip: number }[] } {
  const groups = new Map<string, ScriptGroup>();
  const loaded = new Set<string>();
  walk(out, (file) => {
    if (!file.endsWith('.html') || file.includes(`${sep}pagefind${sep}`)) return;
    const path = `/${relative(out, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const scripts = pageScripts(out, path, readFileSync(file, 'utf8'));
    if (scripts.files.length === 0) return;
    for (const script of scripts.files) loaded.add(script);
    const key = scripts.files.join(' ');
    const group = groups.get(key) ?? { pages: [], files: scripts.files, gzip: scripts.gzipBytes };
    group.pages.push(path);
    groups.set(key, group);
  });
  const dir = join(out, '_astro');
  const lazy = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.js') && !loaded.has(`/_astro/${name}`))
        .map((name) => ({ file: `/_astro/${name}`, gzip: gzipBytes(readFileSync(join(dir, name)), 'text/javascript') }))
    : [];
  return { groups: [...groups.values()], lazy };
}

// ---------- formatting ----------
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / GB).toFixed(2)} GB (${Math.round((bytes / ceiling) * 100)}% of 8 GB)`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const label = (type: string, path: string) => (type === path ? type : `${type} ${path}`);
const cpu = (r: RunResult | undefined) => (r?.cpuSeconds === undefined ? '-' : s(r.cpuSeconds));
/** The load average around a measurement: "mean 3.2 (2.1 to 4.0)". */
const loadOf = (r: RunResult | undefined) => (r ? `${r.load.mean.toFixed(1)} (${r.load.start.toFixed(1)} to ${r.load.end.toFixed(1)})` : '-');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
/** The "CPU by phase" line an astro build of the site logs at its end (src/integrations/build-cost.ts), if any. */
function buildPhases(logFile: string): string | undefined {
  if (!existsSync(logFile)) return undefined;
  const text = readFileSync(logFile, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
  return /CPU by phase: (.*)$/m.exec(text)?.[1]?.trim();
}
function table(title: string, head: string[], rows: string[][]): string {
  return [`\n### ${title}\n`, `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function report(builds: Build[], scores: { type: string; path: string; scores?: Scores; error?: string }[]): string {
  const out: string[] = [];
  out.push(
    table(
      'Build (cold: `astro build --force`, then `pagefind --site`)',
      ['corpus', 'articles', 'pages', 'astro build (wall)', 'CPU time', 'per page (wall)', 'peak memory', 'Pagefind', 'Pagefind peak', 'index'],
      builds.map((b) => [
        b.label,
        String(b.articles),
        String(b.pages),
        s(b.astro.seconds),
        cpu(b.astro),
        `${((b.astro.seconds / b.pages) * 1000).toFixed(1)} ms`,
        gb(b.astro.peakBytes),
        s(b.pagefind.seconds),
        gb(b.pagefind.peakBytes),
        `${mb(b.indexBytes)} in ${b.indexFiles} files`,
      ]),
    ),
  );
  const phaseRows = builds.flatMap((b) => {
    const phases = buildPhases(b.astro.log);
    return phases ? [[b.label, phases]] : [];
  });
  if (phaseRows.length > 0)
    out.push(
      table(
        "Where each site build's CPU went, by phase (the build's own log line, src/integrations/build-cost.ts; content rules also log their own time)",
        ['corpus', 'CPU by phase'],
        phaseRows,
      ),
    );
  const withBaseline = builds.filter((b) => b.baselines.unified || b.baselines.satteri);
  if (withBaseline.length > 0) {
    out.push(
      table(
        'Site vs a bare Astro 7 + MDX build of the same corpus (astro build only; wall time, CPU time in brackets)',
        [
          'corpus',
          'site (unified + remark-gfm)',
          'bare, unified + remark-gfm',
          'site / bare (wall, CPU)',
          'bare, Sätteri (Astro default)',
          'site peak',
          'bare unified peak',
          'bare Sätteri peak',
          'load: site, bare (mean, start to end)',
        ],
        withBaseline.map((b) => {
          const u = b.baselines.unified;
          const t = b.baselines.satteri;
          const cpuRatio = u?.cpuSeconds && b.astro.cpuSeconds ? ratio(b.astro.cpuSeconds, u.cpuSeconds) : '-';
          return [
            b.label,
            `${s(b.astro.seconds)} (${cpu(b.astro)})`,
            u ? `${s(u.seconds)} (${cpu(u)})` : '-',
            u ? `${ratio(b.astro.seconds, u.seconds)}, ${cpuRatio}` : '-',
            t ? `${s(t.seconds)} (${cpu(t)})` : '-',
            gb(b.astro.peakBytes),
            u ? gb(u.peakBytes) : '-',
            t ? gb(t.peakBytes) : '-',
            `${loadOf(b.astro)}; ${loadOf(u)}`,
          ];
        }),
      ),
    );
  }
  const alternating = builds.filter((b) => (b.alternate?.length ?? 0) > 0);
  if (alternating.length > 0) {
    out.push(
      table(
        'Site and bare (unified) astro builds run alternately (--repeat=N): each pair, then the median ratio',
        ['corpus', 'pair', 'site wall (CPU)', 'site load', 'bare wall (CPU)', 'bare load', 'site / bare (wall, CPU)'],
        alternating.flatMap((b) => {
          const pairs = b.alternate!;
          const rows = pairs.map((pair, i) => [
            b.label,
            String(i + 1),
            `${s(pair.site.seconds)} (${cpu(pair.site)})`,
            loadOf(pair.site),
            `${s(pair.bare.seconds)} (${cpu(pair.bare)})`,
            loadOf(pair.bare),
            `${ratio(pair.site.seconds, pair.bare.seconds)}, ${pair.site.cpuSeconds && pair.bare.cpuSeconds ? ratio(pair.site.cpuSeconds, pair.bare.cpuSeconds) : '-'}`,
          ]);
          const cpuRatios = pairs.filter((p) => p.site.cpuSeconds && p.bare.cpuSeconds).map((p) => p.site.cpuSeconds! / p.bare.cpuSeconds!);
          rows.push([
            b.label,
            'median',
            '',
            '',
            '',
            '',
            `${median(pairs.map((p) => p.site.seconds / p.bare.seconds)).toFixed(2)}x, ${cpuRatios.length ? `${median(cpuRatios).toFixed(2)}x` : '-'}`,
          ]);
          return rows;
        }),
      ),
    );
  }
  out.push(
    table(
      'Search downloads (Chromium, fresh cache; gzip for text, Pagefind index files as served)',
      ['corpus', 'opening /search/ (page + Pagefind)', 'of which Pagefind', 'first query', 'results shown'],
      builds
        .filter((b) => b.search)
        .map((b) => [
          b.label,
          formatKB(b.search!.opened.total),
          formatKB(b.search!.pagefindOpened),
          formatKB(b.search!.firstQuery.total),
          String(b.search!.results),
        ]),
    ),
  );
  const visitRows: string[][] = [];
  for (const b of builds) {
    for (const v of b.visits) {
      if (!v.totals) {
        visitRows.push([b.label, v.type, 'not built yet', '', '', '', '', '', '', '']);
        continue;
      }
      const t = v.totals;
      const verdicts: string[] = [];
      if (v.type === 'article')
        verdicts.push(t.html + t.css <= budgets.articleFirstVisit ? `ok (HTML+CSS <= ${formatKB(budgets.articleFirstVisit)})` : 'OVER 25 KB HTML+CSS');
      const scriptLimit = scriptAllowances[v.path] ?? budgets.enhancementScript;
      verdicts.push(t.js <= scriptLimit ? `ok (JS <= ${formatKB(scriptLimit)})` : `OVER ${formatKB(scriptLimit)} JS`);
      const whole = firstVisitBudgets[v.path];
      if (whole !== undefined) verdicts.push(t.total <= whole ? `ok (total <= ${formatKB(whole)})` : `OVER ${formatKB(whole)} total`);
      const verdict = verdicts.join('; ');
      visitRows.push([
        b.label,
        label(v.type, v.path),
        formatKB(t.html),
        v.inlineData ? formatKB(v.inlineData) : '-',
        formatKB(t.css),
        formatKB(t.js),
        formatKB(t.image),
        formatKB(t.total),
        String(t.requests),
        verdict,
      ]);
    }
  }
  const models = builds.map((b) => `${b.label}: ${b.model ?? '?'}`).join('; ');
  out.push(
    table(
      `First visit, gzip bytes (Chromium, fresh cache, until network idle; the model each corpus carries: ${models})`,
      ['corpus', 'page', 'HTML', 'of which inline JSON data', 'CSS', 'JS', 'images', 'total', 'requests', 'budget'],
      visitRows,
    ),
  );
  for (const b of builds.filter((x) => x.scripts)) {
    const { groups, lazy } = b.scripts!;
    const rows = groups.map((g) => [
      g.pages.length > 3 ? `${g.pages.slice(0, 3).join(', ')} and ${g.pages.length - 3} more` : g.pages.join(', '),
      g.files.map((f) => f.replace('/_astro/', '')).join(', '),
      formatKB(g.gzip),
    ]);
    for (const chunk of lazy) rows.push(['(lazy: loaded on demand, e.g. on click)', chunk.file.replace('/_astro/', ''), formatKB(chunk.gzip)]);
    out.push(
      table(
        `Script, ${b.label} (gzip; every other page loads none; Pagefind's own files load when /search/ opens)`,
        ['pages', 'files loaded before the reader acts', 'gzip'],
        rows,
      ),
    );
  }
  if (scores.length > 0) {
    out.push(
      table(
        'Lighthouse (real site; default mobile settings, Debian Chromium)',
        ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
        scores.map((x) =>
          x.scores
            ? [label(x.type, x.path), String(x.scores.performance), String(x.scores.accessibility), String(x.scores['best-practices']), String(x.scores.seo)]
            : [`${x.type}`, x.error ?? 'not built yet', '', '', ''],
        ),
      ),
    );
  }
  const small = builds.find((b) => b.articles === 1000);
  const large = builds.find((b) => b.articles === 10000);
  if (small && large) {
    const row = (what: string, a: number, b: number, target: string) => [what, ratio(b, a), target];
    const rows = [
      row('site astro build time (wall)', small.astro.seconds, large.astro.seconds, '<= 11x'),
      row('site astro build time (CPU)', small.astro.cpuSeconds ?? 0, large.astro.cpuSeconds ?? 0, '<= 11x'),
      row('site peak memory', small.astro.peakBytes, large.astro.peakBytes, `peak ${gb(large.astro.peakBytes)}`),
      row('Pagefind time', small.pagefind.seconds, large.pagefind.seconds, '<= 11x'),
      row('Pagefind peak memory', small.pagefind.peakBytes, large.pagefind.peakBytes, `peak ${gb(large.pagefind.peakBytes)}`),
      row('index size', small.indexBytes, large.indexBytes, ''),
      row('first query bytes', small.search?.firstQuery.total ?? 0, large.search?.firstQuery.total ?? 0, ''),
    ];
    for (const p of ['unified', 'satteri'] as const) {
      const a = small.baselines[p];
      const b = large.baselines[p];
      if (a && b)
        rows.push(
          row(`bare ${p} build time (wall)`, a.seconds, b.seconds, ''),
          row(`bare ${p} build time (CPU)`, a.cpuSeconds ?? 0, b.cpuSeconds ?? 0, ''),
          row(`bare ${p} peak memory`, a.peakBytes, b.peakBytes, `peak ${gb(b.peakBytes)}`),
        );
    }
    out.push(table('Growth, 1,000 -> 10,000 articles (10x)', ['measure', 'growth', 'target / note'], rows));
  }
  return out.join('\n');
}

// ---------- run ----------
const startLoad = loadavg()
  .map((value) => value.toFixed(1))
  .join(', ');
const work = mkdtempSync(join(tmpdir(), 'wpms-bench-'));
log(`working in ${work} (corpora ${sizes.join(', ')})`);
const builds: Build[] = [];
const scores: { type: string; path: string; scores?: Scores; error?: string }[] = [];
const browser = await launchBrowser();
try {
  // The real site, into dist/ as `npm run build` would.
  const dist = join(repo, 'dist');
  const realArticles = readdirSync(join(repo, 'content/articles')).filter((name) => name.endsWith('.mdx')).length;
  const real = await buildSite('real site', work, dist, undefined, realArticles);
  real.model = modelSize(join(repo, 'content'));
  await weigh(browser, dist, real, 'images');
  real.scripts = scriptInventory(dist);
  builds.push(real);
  if (!flag('no-lighthouse')) {
    const { server, url } = await startServer(dist);
    try {
      for (const { type, path } of pageTypes(dist)) {
        if (!path) {
          scores.push({ type, path });
          continue;
        }
        log(`lighthouse ${path}`);
        try {
          scores.push({ type, path, scores: await lighthouse(repo, url + path, join(work, 'lighthouse.json')) });
        } catch (error) {
          scores.push({ type, path, error: (error as Error).message.split('\n')[0] });
        }
      }
    } finally {
      server.close();
    }
  }

  for (const size of sizes) {
    const label = `${size.toLocaleString('en-US')} articles`;
    const dir = join(work, `corpus-${size}`);
    const content = join(dir, 'content');
    mkdirSync(dir, { recursive: true });
    log(`${label}: generating`);
    writeCorpus(join(repo, 'content'), content, size);
    const out = join(dir, 'site');
    const build = await buildSite(label, work, out, content, size);
    build.model = modelSize(content);
    await weigh(browser, out, build, 'mammograms', 'bench-00001');
    rmSync(out, { recursive: true, force: true });
    if (!flag('no-baseline')) {
      // The first site build is above; the bare unified build follows it, then (with --repeat=N)
      // more site and bare builds alternate, so a change in the machine's load shows in each pair.
      const bareBuild = async (processor: Processor, run: number) => {
        log(`${label}: bare Astro, ${processor}${run > 1 ? ` (run ${run})` : ''}`);
        const base = join(dir, `bare-${processor}`);
        writeBaseline(base, repo, join(content, 'articles'), processor);
        const result = check(
          await measure(node, [astroBin, 'build', '--force'], { cwd: base, env: buildEnv(), logFile: join(work, `${label}-bare-${processor}-${run}.log`) }),
          `${label} bare ${processor} build`,
        );
        rmSync(base, { recursive: true, force: true });
        return result;
      };
      build.baselines.unified = await bareBuild('unified', 1);
      build.alternate = [{ site: build.astro, bare: build.baselines.unified }];
      for (let run = 2; run <= repeat; run++) {
        log(`${label}: astro build (run ${run})`);
        const site = check(
          await measure(node, [astroBin, 'build', '--force', '--outDir', out], {
            cwd: repo,
            env: { ...buildEnv(), CONTENT_DIR: content, SHARE_IMAGES: '0' },
            logFile: join(work, `${label}-astro-${run}.log`),
          }),
          `${label} astro build`,
        );
        rmSync(out, { recursive: true, force: true });
        build.alternate.push({ site, bare: await bareBuild('unified', run) });
      }
      if (!flag('no-satteri')) build.baselines.satteri = await bareBuild('satteri', 1);
    }
    rmSync(dir, { recursive: true, force: true });
    builds.push(build);
  }
} finally {
  await browser.close();
  // The corpus builds left their content in Astro's data store: the next plain build starts fresh.
  rmSync(join(repo, 'node_modules/.astro/data-store.json'), { force: true });
}

const text = report(builds, scores);
const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(', ');
writeFileSync(join(work, 'results.json'), JSON.stringify({ builds, scores }, null, 2));
console.log(
  `## npm run bench (${new Date().toISOString().slice(0, 10)}; corpora of ${sizes.join(', ')} articles; load average at start ${startLoad}, at end ${load} on ${availableParallelism()} cores)\n${text}\n`,
);
log(`logs and results.json in ${work}`);
