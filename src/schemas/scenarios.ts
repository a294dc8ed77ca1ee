import { z } from 'astro/zod';
import { isoDate, plainText, readerQuestions, shortAnswer, stateCodes, type SchemaContext } from './shared';

/**
 * One thing a patient can do. A plain string applies everywhere; `{ state, text }` applies in one
 * state only, so the finder can show a reader only their own state's steps (issue 13).
 */
export const nextStep = z.union([
  z.string().min(1),
  z.strictObject({
    state: z.enum(stateCodes).describe('Two-letter state code: the step applies only there'),
    text: z.string().min(1).describe('The step, written to stand alone (the page names the state before it)'),
  }),
]);

/** A risk a patient faces: one row of the gap matrix. */
export const scenarioSchema = ({ reference }: SchemaContext) =>
  z.strictObject({
    title: plainText.describe('Short title, e.g. "De-identified scans shared with an AI developer"'),
    question: plainText.describe('The reader\'s own words, e.g. "Can my hospital give my scans to an AI company?"'),
    order: z.number().int().positive().describe('Row order in the gap matrix'),
    typicalHolder: z.string().min(1).describe('Who usually holds the images in this situation'),
    nextSteps: z.array(nextStep).min(1).describe('What a patient can do today, most useful first; state-only steps name their state'),
    explainer: reference('articles')
      .optional()
      .describe('The article that explains this situation (it must list the situation in its `scenarios`); the finder and state pages link it'),
    reviewed: isoDate.describe('When this entry was last checked'),
    shortAnswer: shortAnswer.optional(),
    readerQuestions,
  });

export type ScenarioData = z.output<ReturnType<typeof scenarioSchema>>;
