import { z } from 'astro/zod';
import { httpsUrl, isoDate, plainText, readerQuestions, shortAnswer, type SchemaContext } from './shared';

import { lookupKinds } from '../lib/vocabulary';

export { lookupKinds };

/** A state (or DC): its own laws in the model and its official lookup pages. */
export const stateSchema = ({ reference }: SchemaContext) =>
  z
    .strictObject({
      name: plainText.describe('e.g. "California", "District of Columbia"'),
      legislatureHome: httpsUrl.describe("The legislature's official home page"),
      lookupUrl: httpsUrl.optional().describe('Official find-my-legislator page, if one was confirmed'),
      lookupKind: z.enum(lookupKinds).optional().describe('What the lookup page is'),
      agComplaintUrl: httpsUrl.optional().describe('Official consumer complaint page; leave out rather than guess'),
      agName: plainText.optional().describe('Name of the office, if not "Attorney General"'),
      laws: z.array(reference('laws')).default([]).describe("This state's own laws in the model"),
      note: z.string().optional(),
      statusChecked: isoDate.optional().describe('When a time-sensitive status on this page (a pending bill, a later effective date) was last checked'),
      shortAnswer: shortAnswer.optional().describe('What this state adds to federal law, at most 50 words'),
      readerQuestions,
      searched: z
        .array(
          z.strictObject({
            category: plainText.describe('What kind of law was looked for, e.g. "AI in health care"'),
            date: isoDate.describe('When the search was done'),
            what: z.string().min(1).describe('What was searched (sites, terms) and what was found'),
          }),
        )
        .default([])
        .describe('Record of searches that found no law in a category, so the page can say what was searched'),
    })
    .refine((state) => (state.lookupUrl === undefined) === (state.lookupKind === undefined), {
      message: 'lookupUrl and lookupKind go together',
      path: ['lookupKind'],
    });

export type StateData = z.output<ReturnType<typeof stateSchema>>;
