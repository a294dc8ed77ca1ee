// What npm ci may run and what it verifies: every lockfile entry carries an integrity hash, and no
// install script runs unless package.json's allowScripts approves it, enforced by .npmrc.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { missingIntegrity, packagesWithInstallScripts } from '../../scripts/lib/lockfile.mjs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package-lock.json', () => {
  test('every installed package has an integrity hash (fix: node scripts/lockfile-integrity.mjs --fix)', () => {
    expect(missingIntegrity(lock).map(({ name, version }) => `${name}@${version}`)).toEqual([]);
  });
  test('missingIntegrity finds an entry without a hash and skips links and bundled packages', () => {
    const sample = {
      packages: {
        '': { name: 'root' },
        'node_modules/a': { version: '1.0.0', integrity: 'sha512-x' },
        'node_modules/@s/b': { version: '2.0.0' },
        'node_modules/c': { link: true, resolved: 'packages/c' },
        'node_modules/d/node_modules/e': { version: '3.0.0', inBundle: true },
      },
    };
    expect(missingIntegrity(sample)).toEqual([{ path: 'node_modules/@s/b', name: '@s/b', version: '2.0.0' }]);
  });
});

describe('install scripts', () => {
  test('.npmrc makes allowScripts binding (strict-allow-scripts)', () => {
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^strict-allow-scripts\s*=\s*true$/m);
  });
  test('every package with an install script is decided in allowScripts', () => {
    const decided = Object.keys(manifest.allowScripts ?? {});
    expect(packagesWithInstallScripts(lock).filter((name) => !decided.includes(name))).toEqual([]);
  });
  test("vnu-jar's Java download is denied; only the pinned Node binary's installer runs", () => {
    expect(manifest.allowScripts).toMatchObject({ 'vnu-jar': false, node: true });
    expect(
      Object.entries(manifest.allowScripts)
        .filter(([, allowed]) => allowed === true)
        .map(([name]) => name),
    ).toEqual(['node']);
  });
});
