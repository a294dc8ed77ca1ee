import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMemoryEnv, heapMegabytes, shellPrefix } from '../../scripts/lib/build-env.ts';

// The memory settings of scripts/lib/build-env.ts are written out in package.json and
// scripts/test.sh too (shell, not TypeScript): they must not drift apart.
describe('build memory settings', () => {
  it('package.json builds with them', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.build).toContain(`${shellPrefix} astro build`);
  });

  it('npm test builds with them', () => {
    expect(readFileSync('scripts/test.sh', 'utf8')).toContain(`${shellPrefix} astro build`);
  });

  it('the bench passes them to its corpus builds, keeping NODE_OPTIONS after the cap', () => {
    expect(readFileSync('scripts/bench.ts', 'utf8')).toContain('buildMemoryEnv(');
    expect(buildMemoryEnv({})).toEqual({ MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0', NODE_OPTIONS: `--max-old-space-size=${heapMegabytes}` });
    expect(buildMemoryEnv({ NODE_OPTIONS: '--max-old-space-size=6000' }).NODE_OPTIONS).toBe(`--max-old-space-size=${heapMegabytes} --max-old-space-size=6000`);
  });
});
