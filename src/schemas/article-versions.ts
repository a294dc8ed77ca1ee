import { z } from 'astro/zod';
import { isoDate, plainText } from './shared';

/**
 * Frontmatter of a superseded article text, content/articles/_versions/<article-id>/<n>.mdx: the
 * article as it read before its n-th material change (a `changes` entry with `material: true`).
 * The body is the old MDX, unchanged, so the version stays readable and citable at
 * /articles/<article-id>/v/<n>/. Never edit one: it is what readers cited.
 */
export const articleVersionSchema = () =>
  z.strictObject({
    title: plainText.describe('The title as it read then'),
    description: plainText.describe('The description as it read then'),
    published: isoDate.describe('When this text was first published'),
    superseded: isoDate.describe('The date of the material change that replaced it (its `changes` entry)'),
  });

export type ArticleVersionData = z.output<ReturnType<typeof articleVersionSchema>>;
