import { z } from 'astro/zod';
import { isoDate, plainText, readerQuestions, shortAnswer, type SchemaContext } from './shared';

import { audiences, topics } from '../lib/vocabulary';

export { audiences, topics };

/** Frontmatter of an article in content/articles/<id>.mdx. */
export const articleSchema = ({ reference }: SchemaContext) =>
  z.strictObject({
    title: plainText.describe('In the words a worried patient would search for'),
    description: plainText.describe('One or two sentences for lists, search results and share cards'),
    topics: z.array(z.enum(topics)).min(1).describe('hipaa | state-law | ai-risks | take-action | federal-other'),
    audience: z.array(z.enum(audiences)).min(1).describe('readers | advocates | educators'),
    laws: z.array(reference('laws')).default([]).describe('Laws the article discusses (each must be cited in the body)'),
    scenarios: z.array(reference('scenarios')).default([]).describe('Scenarios the article explains'),
    published: isoDate,
    reviewed: isoDate.describe('When the whole article was last checked against its sources'),
    changes: z
      .array(
        z.strictObject({
          date: isoDate,
          summary: plainText.describe('What changed, for a reader (never an internal note)'),
          material: z
            .boolean()
            .optional()
            .describe('True when the text changed in substance: the previous text is kept in content/articles/_versions/<id>/<n>.mdx'),
        }),
      )
      .min(1, 'List at least the first publication')
      .describe('What changed and when, newest last or first'),
    takeaways: z.array(z.string().min(1)).default([]).describe('Key takeaways, shown at the top'),
    questions: z.array(z.string().min(1)).default([]).describe('Discussion questions for classes'),
    shortAnswer: shortAnswer.optional(),
    readerQuestions,
    statusChecked: isoDate
      .optional()
      .describe(
        'When a time-sensitive status stated in the frontmatter (title, description, takeaways, short answer) was last checked; in the body use <AsOf>',
      ),
    draft: z.boolean().default(false),
  });

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
