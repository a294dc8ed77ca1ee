import { z } from 'astro/zod';
import { plainText, type SchemaContext } from './shared';

import { recipientKinds as recipients } from '../lib/vocabulary';

export { recipients };

/** A letter template. Its paragraphs about gaps come from the coverage cells of its scenarios. */
export const letterSchema = ({ reference }: SchemaContext) =>
  z.strictObject({
    title: plainText.describe('e.g. "Ask your senators to close the de-identification gap"'),
    description: plainText.describe('One sentence: who this letter is for'),
    recipient: z
      .array(z.enum(recipients))
      .min(1)
      .describe('Who the letter can go to; the first is the default (Congress letters go to senators and representatives)'),
    scenarios: z.array(reference('scenarios')).default([]).describe('Scenarios whose cells feed the letter'),
    subject: plainText.describe('Subject line'),
    opening: z.string().min(1).describe('Opening paragraph; may use {{placeholders}}'),
    ask: z.string().min(1).optional().describe('The request, for letters that are not built from gaps'),
    stateAsk: z
      .string()
      .min(1)
      .optional()
      .describe(
        "State-legislator letters: a change to the state's own law that a legislature (or the DC Council) can make, used where the state's laws in the model give no fix. Never a federal change",
      ),
    closing: z.string().min(1).describe('Closing paragraph'),
  });

export type LetterData = z.output<ReturnType<typeof letterSchema>>;
