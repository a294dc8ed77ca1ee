// Pure helpers over a package-lock.json (lockfileVersion 3) object.

/** Name of the package at a lockfile path such as "node_modules/a/node_modules/@s/b". */
export function packageName(path, entry) {
  if (entry.name) return entry.name;
  const at = path.lastIndexOf('node_modules/');
  return path.slice(at + 'node_modules/'.length);
}

/**
 * Entries that npm ci would download without a hash to check: every installed package except the
 * root, links to local folders, and packages bundled inside another package's tarball.
 */
export function missingIntegrity(lock) {
  const missing = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.link || entry.inBundle) continue;
    if (typeof entry.integrity === 'string' && /^sha(256|384|512)-/.test(entry.integrity)) continue;
    missing.push({ path, name: packageName(path, entry), version: entry.version });
  }
  return missing;
}

/** Packages whose install scripts would run, per the lockfile's hasInstallScript flag. */
export function packagesWithInstallScripts(lock) {
  const names = new Set();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path !== '' && entry.hasInstallScript) names.add(packageName(path, entry));
  }
  return [...names].sort();
}
