import { slug as githubSlug } from 'github-slugger';
/** Ids are lowercase kebab-case and equal their file names (docs/decisions.md). */
export const kebabCaseId = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True when `id` is a valid lowercase kebab-case id. */
export function isKebabCaseId(id: string): boolean {
  return kebabCaseId.test(id);
}

/**
 * The id Astro's glob loader gives a file at `path` (relative to its collection folder, without
 * the extension): each segment through github-slugger, so lowercased, and a trailing "/index"
 * dropped. Two files with the same Astro id are one entry to Astro: the later silently wins.
 * @example astroEntryId('Fixture-Term') === 'fixture-term'; astroEntryId('hipaa/index') === 'hipaa'
 */
export function astroEntryId(path: string): string {
  return path
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
