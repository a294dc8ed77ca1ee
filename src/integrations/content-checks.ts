/**
 * Runs the content rules the tests run, at the start of every `astro build`, so a plain build (what
 * most static hosts run) refuses to publish what `npm test` would reject: schema errors, dangling
 * ids, unknown letter placeholders, unofficial law hosts, future dates, pinpoints that do not fit
 * their source, cells citing nothing of their law, misfiled state laws, duplicate order values and
 * files Astro would silently skip. Each problem names its file and field.
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from '../lib/content-loader';
import { ignoredFiles } from '../lib/content-rules';
import { checkIntegrity, defaultIntegrityOptions, formatProblems } from '../lib/integrity';

/** Folders under content/ that are read by their own code, not by a collection. */
export const nonCollectionFolders = ['representatives'] as const;

export function contentProblems(contentDir: string, today?: string) {
  const { entries, problems, files } = loadContent(contentDir);
  return [
    ...problems,
    ...checkIntegrity(entries, { ...defaultIntegrityOptions, ...(today ? { today } : {}) }),
    ...ignoredFiles(files, contentDir, nonCollectionFolders),
  ];
}

export function contentChecks({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'who-protects-my-scans:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const problems = contentProblems(contentDir);
        if (problems.length > 0) {
          throw new Error(
            `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; the build stops so none is published:\n${formatProblems(problems)}`,
          );
        }
        logger.info(`content rules hold (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
