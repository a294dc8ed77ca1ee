#!/usr/bin/env node
// Every package in package-lock.json must carry an `integrity` hash, so `npm ci` can verify each tarball
// against what was reviewed. npm here sometimes writes lockfile entries without one (the machine's
// npmrc omits `resolved`, and npm then drops hashes it did not fetch itself).
//
//   node scripts/lockfile-integrity.mjs          list entries without integrity; exit 1 if any
//   node scripts/lockfile-integrity.mjs --fix    fill them from the registry's own dist.integrity
//                                                (same name and version; nothing is re-resolved)
import { readFileSync, writeFileSync } from 'node:fs';
import { missingIntegrity } from './lib/lockfile.mjs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const missing = missingIntegrity(lock);

if (!process.argv.includes('--fix')) {
  for (const { path, name, version } of missing) console.log(`no integrity: ${name}@${version} (${path})`);
  console.log(missing.length === 0 ? 'Every lockfile entry has an integrity hash.' : `${missing.length} entries without integrity; run with --fix.`);
  process.exit(missing.length === 0 ? 0 : 1);
}

const registry = (process.env.npm_config_registry ?? 'https://registry.npmjs.org/').replace(/\/?$/, '/');
let filled = 0;
const queue = [...missing];
async function worker() {
  for (let item = queue.shift(); item; item = queue.shift()) {
    const url = `${registry}${item.name.replace('/', '%2F')}/${encodeURIComponent(item.version)}`;
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const integrity = (await response.json())?.dist?.integrity;
    if (typeof integrity !== 'string' || !integrity.startsWith('sha512-')) throw new Error(`${url}: no sha512 integrity`);
    lock.packages[item.path].integrity = integrity;
    filled += 1;
  }
}
await Promise.all(Array.from({ length: 12 }, worker));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Filled ${filled} integrity hashes from ${registry}.`);
