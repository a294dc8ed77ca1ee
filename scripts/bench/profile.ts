/**
 * `npm run bench:profile [-- --size=1000] [--bare]`: where a corpus build's CPU time goes.
 * Generates the bench corpus (scripts/bench/corpus.ts), builds it with `node --cpu-prof`
 * (SHARE_IMAGES=0, as the bench does), and prints self time by package and by file of this
 * repository, plus inclusive time of this repository's functions. With --bare it profiles the bare
 * Astro + MDX baseline of the same corpus instead, for comparison.
 * Only the main thread's JavaScript is sampled: native work (Rolldown, Pagefind) shows as "(program)".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBaseline } from './baseline.ts';
import { writeCorpus } from './corpus.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The bucket a script URL belongs to: an npm package, a file of this repository, or a V8 pseudo-frame. */
export function bucketOf(url: string, functionName: string, repo: string): string {
  if (!url) return functionName || '(anonymous)';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (path.startsWith(repo)) return path.slice(repo.length + 1).replace(/\?.*$/, '');
  if (path.startsWith('node:')) return 'node (built-in)';
  return path.includes('/.astro/') || path.includes('/dist/') ? 'generated build code' : path;
}

/**
 * The part of the build a bucket belongs to, for the summary table: one row per plugin,
 * integration or kind of work, so the cost of each check and plugin shows. Page code is bundled
 * into .astro/.prerender chunks named after their main module (citations_<hash>.mjs).
 */
export function categoryOf(bucket: string): string | undefined {
  const chunk = /\.astro\/\.prerender\/(?:chunks\/)?([^/]+?)(?:_[\w-]{6,})?\.mjs$/.exec(bucket)?.[1];
  if (bucket.startsWith('src/integrations/')) return `integration: ${bucket.slice('src/integrations/'.length).replace(/\.ts$/, '')}`;
  if (bucket.startsWith('src/plugins/')) return `remark/rehype plugin: ${bucket.slice('src/plugins/'.length).replace(/\.ts$/, '')}`;
  if (bucket.startsWith('src/lib/') || bucket.startsWith('src/schemas/')) return 'our library code run by integrations and plugins (src/lib, src/schemas)';
  if (/^(@citation-js\/|citeproc$)/.test(bucket)) return 'citation-js and citeproc';
  if (
    /^(@astrojs\/markdown-remark|@astrojs\/mdx|@mdx-js\/|unified$|trough$|micromark|mdast-|hast-|hastscript$|remark-|rehype-|unist-|vfile|parse-latin$|nlcst-|retext-|estree-|astring$|acorn|property-information$|github-slugger$|shiki|@shikijs\/)/.test(
      bucket,
    )
  )
    return 'Markdown/MDX pipeline (unified, remark, rehype, micromark, estree)';
  if (/^(vite$|rolldown$|@rolldown\/|esbuild$|@oxc|oxc-|magic-string$|es-module-lexer$)/.test(bucket)) return 'Vite and Rolldown (bundling, module loading)';
  if (bucket === '@astrojs/sitemap' || bucket === 'sitemap') return 'integration: @astrojs/sitemap';
  if (/^(@resvg\/|satori$)/.test(bucket)) return 'share images (satori, @resvg)';
  if (bucket === 'pagefind') return 'Pagefind';
  if (bucket === 'zod' || bucket === 'js-yaml' || bucket === 'yaml') return 'content parsing and schemas (YAML, zod)';
  if (chunk) {
    if (/^(jsx-runtime|astro-component|prerender-entry|server|renderers|_astro_)/.test(chunk)) return 'Astro rendering (bundled runtime)';
    return `bundled chunk ${chunk} (page code, and any Astro runtime bundled with it)`;
  }
  if (bucket === 'astro' || bucket.startsWith('@astrojs/')) return 'Astro (core)';
  if (bucket === '(garbage collector)') return 'garbage collection';
  if (bucket === '(idle)' || bucket === '(program)') return `${bucket} (waiting; native code)`;
  return undefined;
}

/** Self and inclusive milliseconds per bucket, and inclusive per repository function. */
export function summariseProfile(profile: Profile, repo: string) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const ownFunctions = new Map<string, number>();
  const categories = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const node = byId.get(id)!;
    const bucket = bucketOf(node.callFrame.url, node.callFrame.functionName, repo);
    self.set(bucket, (self.get(bucket) ?? 0) + ms);
    const seen = new Set<string>();
    const seenFunctions = new Set<string>();
    const seenCategories = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const b = bucketOf(frame.url, frame.functionName, repo);
      if (!seen.has(b)) {
        seen.add(b);
        inclusive.set(b, (inclusive.get(b) ?? 0) + ms);
        const category = categoryOf(b);
        if (category && !seenCategories.has(category)) {
          seenCategories.add(category);
          categories.set(category, (categories.get(category) ?? 0) + ms);
        }
      }
      if (frame.url.includes(`${repo}/src/`) || frame.url.includes(`${repo}/astro.config`) || frame.url.includes('/.astro/.prerender/')) {
        const name = `${b} ${frame.functionName || '(anonymous)'}`;
        if (!seenFunctions.has(name)) {
          seenFunctions.add(name);
          ownFunctions.set(name, (ownFunctions.get(name) ?? 0) + ms);
        }
      }
    }
  });
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { total, self: top(self, 25), inclusive: top(inclusive, 25), ownFunctions: top(ownFunctions, 25), categories: top(categories, 40) };
}

if (import.meta.main) {
  const repo = resolve(import.meta.dirname, '../..');
  const args = process.argv.slice(2);
  const size = Number(args.find((arg) => arg.startsWith('--size='))?.slice(7) ?? 1000);
  const bare = args.includes('--bare');
  const work = mkdtempSync(join(tmpdir(), 'wpms-profile-'));
  const content = join(work, 'content');
  writeCorpus(join(repo, 'content'), content, size);
  const profiles = join(work, 'profiles');
  mkdirSync(profiles);
  const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, SHARE_IMAGES: '0' };
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(1))
      .join(', ');
  const before = load();
  const started = Date.now();
  if (bare) {
    const base = join(work, 'bare');
    writeBaseline(base, repo, join(content, 'articles'), 'unified');
    execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, astro, 'build', '--force'], { cwd: base, env, stdio: 'ignore' });
  } else {
    execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, astro, 'build', '--force', '--outDir', join(work, 'site')], {
      cwd: repo,
      env,
      stdio: 'ignore',
    });
  }
  const seconds = (Date.now() - started) / 1000;
  const files = readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'));
  const format = (rows: [string, number][], total: number) =>
    rows.map(([name, ms]) => `| ${name} | ${(ms / 1000).toFixed(1)} s | ${((100 * ms) / total).toFixed(1)}% |`).join('\n');
  console.log(`## CPU profile of ${bare ? 'the bare Astro + MDX build' : 'the site build'}, ${size} articles`);
  console.log(`wall ${seconds.toFixed(1)} s; load average ${before} before, ${load()} after; ${files.length} profile(s) in ${profiles}\n`);
  for (const file of files) {
    const summary = summariseProfile(JSON.parse(readFileSync(join(profiles, file), 'utf8')) as Profile, repo);
    console.log(`### ${file}: ${(summary.total / 1000).toFixed(1)} s sampled\n`);
    console.log(
      `By part of the build (inclusive: a sample counts once in every part on its stack, so shares overlap)\n\n| part | inclusive | share |\n| --- | --- | --- |\n${format(summary.categories, summary.total)}\n`,
    );
    console.log(`Self time by package or file\n\n| where | self | share |\n| --- | --- | --- |\n${format(summary.self, summary.total)}\n`);
    console.log(`Inclusive time by package or file\n\n| where | inclusive | share |\n| --- | --- | --- |\n${format(summary.inclusive, summary.total)}\n`);
    console.log(
      `This repository's functions (inclusive; page code bundled into .astro/.prerender chunks by chunk and function)\n\n| function | inclusive | share |\n| --- | --- | --- |\n${format(summary.ownFunctions, summary.total)}\n`,
    );
  }
  if (!args.includes('--keep')) rmSync(join(work, 'site'), { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
  rmSync(join(repo, 'node_modules/.astro/data-store.json'), { force: true });
}
