import { z } from 'astro/zod';
import { isoDate, plainText, readerQuestions, shortAnswer } from './shared';

/** A risk a patient faces: one row of the gap matrix. */
export const scenarioSchema = () =>
  z.strictObject({
    title: plainText.describe('Short title, e.g. "De-identified scans shared with an AI developer"'),
    question: plainText.describe('The reader\'s own words, e.g. "Can my hospital give my scans to an AI company?"'),
    order: z.number().int().positive().describe('Row order in the gap matrix'),
    typicalHolder: z.string().min(1).describe('Who usually holds the images in this situation'),
    nextSteps: z.array(z.string().min(1)).min(1).describe('What a patient can do today, most useful first'),
    reviewed: isoDate.describe('When this entry was last checked'),
    shortAnswer: shortAnswer.optional(),
    readerQuestions,
  });

export type ScenarioData = z.output<ReturnType<typeof scenarioSchema>>;
