import { z } from 'astro/zod';
import { changeHistory, httpsUrl, isoDate, plainText, readerQuestions, shortAnswer, stateCodes, type SchemaContext } from './shared';

import { lawCategories } from '../lib/vocabulary';

export { lawCategories };

/** What a law gives a patient, for the state page's "what each law gives you" list. */
export const provisionKinds = ['right', 'remedy', 'duty', 'deadline', 'fee-cap'] as const;

export const jurisdictions = ['us', 'eu', ...stateCodes] as const;

/** A law or regulation: one column of the gap matrix. */
export const lawSchema = ({ reference }: SchemaContext) =>
  z.strictObject({
    name: plainText.describe('Full name, e.g. "HIPAA Privacy Rule"'),
    shortName: plainText.describe('Short label for table headers, e.g. "HIPAA Privacy"'),
    jurisdiction: z.enum(jurisdictions).describe('"us" for federal, a lowercase state code, or "eu"'),
    order: z.number().int().positive().describe('Column order in the gap matrix'),
    citation: plainText.describe('Official citation, e.g. "45 CFR Part 164, Subpart E"'),
    url: httpsUrl.describe('Official text'),
    source: reference('sources').describe('The sources entry for the official text'),
    relatedSources: z
      .array(reference('sources'))
      .default([])
      .describe("Other official texts that are part of this law as the reader meets it (a cell must cite the law's source or one of these)"),
    enforcedBy: z.string().min(1).describe('Who enforces it, and how'),
    privateRightOfAction: z
      .strictObject({
        available: z.boolean().describe('Can a patient sue under this law?'),
        note: z.string().min(1).describe('The detail, with the section that grants or denies it'),
        unconfirmed: z.literal(true).optional().describe('Set when the text checked neither grants nor rules out a suit: pages say "Not confirmed"'),
      })
      .describe('Whether a patient can sue'),
    effective: isoDate.describe('When it took effect (first compliance date)'),
    effectiveNote: z.string().optional().describe('Later amendments, phased dates, pending changes'),
    effectiveLabel: plainText
      .optional()
      .describe(
        'Shown instead of "in effect since <effective>" when the first effective date was not checked (then `effective` is only a lower bound, e.g. January 1 of the oldest year seen)',
      ),
    summary: z.string().min(1).describe('What it does, in two or three plain sentences'),
    reviewed: isoDate.describe('When this entry was last checked against the official text'),
    categories: z.array(z.enum(lawCategories)).default([]).describe('What kind of protection it is'),
    enacted: isoDate.optional().describe('When it was enacted (signed)'),
    checked: z.string().min(1).optional().describe('What was checked against the official text, where, and on what day'),
    statusChecked: isoDate.optional().describe('When a time-sensitive status in this entry (pending, takes effect later) was last checked'),
    shortAnswer: shortAnswer.optional(),
    readerQuestions,
    changes: changeHistory.default([]),
    provides: z
      .array(
        z.strictObject({
          kind: z.enum(provisionKinds).describe('right | remedy | duty (say on whom) | deadline | fee-cap'),
          text: z.string().min(1).describe('What the reader gets, in one plain sentence, e.g. "Copies of your X-rays within 10 working days."'),
          pin: z.string().min(1).optional().describe('Pinpoint in the law\'s own source, e.g. "629.061(1)"'),
        }),
      )
      .default([])
      .describe('What the law gives a patient: a right, a remedy, a duty on whom, a deadline, a fee cap'),
    grouped: z.string().min(1).optional().describe('When one entry groups several statutes a reader experiences as one protection: which, and why'),
  });

export type LawData = z.output<ReturnType<typeof lawSchema>>;
