import { z } from 'astro/zod';

/** A site path as the site writes it: root-relative, ending in "/" (trailingSlash: 'always'). */
const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9][a-z0-9-]*\/)*$/, 'Expected a root-relative path in lowercase kebab-case ending with "/", e.g. /articles/old-id/');

/** content/redirects.yaml: published URLs that moved, and where they went. */
export const redirectsSchema = z
  .strictObject({
    redirects: z
      .array(
        z.strictObject({
          from: sitePath.describe('The old URL path, exactly as it was published'),
          to: sitePath.describe('The page that replaces it'),
        }),
      )
      .default([]),
  })
  .superRefine(({ redirects }, context) => {
    const froms = new Set<string>();
    redirects.forEach(({ from, to }, i) => {
      if (from === to) context.addIssue({ code: 'custom', path: ['redirects', i, 'to'], message: `${from} redirects to itself` });
      if (froms.has(from)) context.addIssue({ code: 'custom', path: ['redirects', i, 'from'], message: `${from} is listed twice` });
      froms.add(from);
    });
    redirects.forEach(({ to }, i) => {
      if (froms.has(to)) {
        context.addIssue({ code: 'custom', path: ['redirects', i, 'to'], message: `${to} itself redirects: point straight at the final page` });
      }
    });
  });

export type Redirect = z.output<typeof redirectsSchema>['redirects'][number];
