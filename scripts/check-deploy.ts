/**
 * `npm run check:deploy`: fails when any file of a build (dist/ by default) names a localhost or
 * 127.0.0.1 address, which a reader of the deployed site would see, copy, print or send in a
 * letter. Run after `npm run build:publish` (which runs it) and in `npm test` (tests/postbuild/deploy.test.ts),
 * whose build has a production SITE_URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localUrlPattern } from '../src/lib/site-url.ts';

// Binary files cannot carry a readable URL; fonts, images and WebAssembly are skipped.
const binary = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|wasm|pdf|zip|gz|br)$/i;
// Pagefind's index fragments are compressed: the text they hold is checked in the HTML they index.
const compressed = /\.pf_(fragment|index|meta|filter)$/i;

export interface LocalUrlFinding {
  file: string;
  count: number;
  sample: string;
}

/** Every text file under `root` that names a local address, with how many times and one sample. */
export function findLocalUrls(root = 'dist'): LocalUrlFinding[] {
  const findings: LocalUrlFinding[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || binary.test(entry.name) || compressed.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const matches = text.match(localUrlPattern);
    if (matches) findings.push({ file: relative(root, file), count: matches.length, sample: matches[0]! });
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const findings = findLocalUrls(root);
  if (findings.length > 0) {
    const total = findings.reduce((sum, finding) => sum + finding.count, 0);
    console.error(`check:deploy: ${total} local address(es) in ${findings.length} file(s) of ${root}/ (build with SITE_URL set, e.g. npm run build:publish):`);
    for (const finding of findings.slice(0, 20)) console.error(`  ${finding.file}: ${finding.count} x ${finding.sample}`);
    if (findings.length > 20) console.error(`  and ${findings.length - 20} more files`);
    process.exit(1);
  }
  console.log(`check:deploy: no localhost or 127.0.0.1 address in ${root}/`);
}
