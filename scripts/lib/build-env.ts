/**
 * The memory settings every `astro build` of this site runs with (issue 18: the 10,000-article
 * build within 6 GB). Both change how memory is kept, not what is built: the same `dist/`, byte
 * for byte.
 *
 * - `MIMALLOC_PURGE_DELAY=0` and `MIMALLOC_ARENA_EAGER_COMMIT=0`: Rolldown's native side allocates
 *   with mimalloc, which by default keeps freed memory for a while and commits its arenas up front;
 *   at 10,000 articles it held about 1.5 GB that way at the end of the Vite bundle. With both, freed
 *   memory goes back to the system at once (with the delay alone the build still peaked at 6.19 GB).
 * - `--max-old-space-size=2560`: a 2.5 GB cap on Node's heap. Without it V8 let the heap grow to
 *   3.7 GB during the bundle, most of it garbage (a full collection took it to 0.3 GB); the
 *   10,000-article build's live heap stayed under 1.5 GB. Put first in `NODE_OPTIONS`, so a cap
 *   given there by whoever runs the build comes later and wins.
 *
 * Set in three places that must agree (tests/unit/build-env.test.ts checks it): the `build` script
 * in package.json, `build()` in scripts/test.sh, and the bench's corpus builds (scripts/bench.ts),
 * which run `astro build` themselves. Figures: README, "Performance"; docs/decisions.md.
 */
export const heapMegabytes = 2560;

/** The variables as a shell prefix, exactly as package.json and scripts/test.sh write them. */
export const shellPrefix = `MIMALLOC_PURGE_DELAY=0 MIMALLOC_ARENA_EAGER_COMMIT=0 NODE_OPTIONS="--max-old-space-size=${heapMegabytes} $NODE_OPTIONS"`;

/** The variables for a child process, on top of `env` (its NODE_OPTIONS kept, after the cap). */
export function buildMemoryEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    MIMALLOC_PURGE_DELAY: '0',
    MIMALLOC_ARENA_EAGER_COMMIT: '0',
    NODE_OPTIONS: `--max-old-space-size=${heapMegabytes} ${env.NODE_OPTIONS ?? ''}`.trim(),
  };
}
