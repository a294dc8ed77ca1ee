// Astro 7 and Vitest 5 need Node >= 22.12. The `node` dev dependency puts Node 24 in
// node_modules/.bin, which npm scripts use; if its install script was skipped, npm falls
// back to the system Node and this guard says so plainly.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old: this project needs Node >= 22.12. ` +
      'Run `npm ci` (without --ignore-scripts) so the `node` dev dependency installs Node 24 into node_modules/.bin.',
  );
  process.exit(1);
}
