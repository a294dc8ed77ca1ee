/**
 * Astro integrations that say where a build's CPU time goes, phase by phase, in one log line at the
 * end of every `astro build`: Node start and config, the integrations' setup (the content rules),
 * content sync (loading and schema-checking every collection), each Vite bundle (MDX compiled
 * there), rendering the pages, and the after-build passes (sitemap, redirects, curly quotes, base
 * path). CPU is the process's own (user + system, every thread: garbage collection and Rolldown's
 * native threads included), so it can be compared with the bench's figures. Costs nothing
 * measurable: a few process.cpuUsage() calls.
 *
 * `buildCostStart()` goes first in the integrations list and `buildCostEnd()` last, so each phase
 * includes every integration's hook for it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

interface Mark {
  label: string;
  cpu: number;
}

const marks: Mark[] = [];
let pages = 0;
/** Set at astro:build:start: Vite bundles closed before it belong to content sync (Astro's sync server). */
let building = false;

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const mark = (label: string) => marks.push({ label, cpu: cpuSeconds() });

/** The phases between marks, in seconds of CPU, and the total so far. */
export function phases(list: readonly Mark[] = marks): { label: string; seconds: number }[] {
  return list.map((m, i) => ({ label: m.label, seconds: m.cpu - (i === 0 ? 0 : list[i - 1]!.cpu) }));
}

export function formatPhases(list: readonly { label: string; seconds: number }[], peakBytes: number): string {
  const total = list.reduce((sum, phase) => sum + phase.seconds, 0);
  return `CPU by phase: ${list.map((phase) => `${phase.label} ${phase.seconds.toFixed(1)} s`).join(' · ')} · total ${total.toFixed(1)} s; peak memory of this process ${(peakBytes / 1024 ** 3).toFixed(2)} GB`;
}

export function buildCostStart(): AstroIntegration {
  return {
    name: 'who-protects-my-scans:build-cost-start',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        marks.length = 0;
        building = false;
        mark('Node start and config');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'who-protects-my-scans:build-cost',
                // Called once per Vite environment bundled (the prerender bundle, where MDX compiles; the client).
                closeBundle() {
                  if (!building) return;
                  mark(`Vite bundle, ${(this as { environment?: { name?: string } }).environment?.name ?? ''}`.trim());
                },
              },
            ],
          },
        });
      },
    },
  };
}

export function buildCostEnd(): AstroIntegration {
  let logger: AstroIntegrationLogger | undefined;
  return {
    name: 'who-protects-my-scans:build-cost',
    hooks: {
      'astro:config:setup': ({ command, logger: log }) => {
        if (command !== 'build') return;
        logger = log;
        mark('integrations setup (content rules)');
      },
      'astro:build:start': () => {
        if (!logger) return;
        mark('content sync and routes');
        building = true;
      },
      'astro:build:generated': () => {
        if (logger) mark('rendering pages');
      },
      'astro:build:done': ({ pages: built }) => {
        if (!logger) return;
        pages = built.length;
        mark('after build (sitemap, redirects, quotes, base path)');
        logger.info(`${pages} pages; ${formatPhases(phases(), process.resourceUsage().maxRSS * 1024)}`);
      },
    },
  };
}
