import { z } from 'astro/zod';
import { changeHistory, isoDate, plainText, type SchemaContext } from './shared';

import { confidenceLevels, statuses as coverageStatuses, type Status as CoverageStatus } from '../lib/vocabulary';

export { confidenceLevels, coverageStatuses, type CoverageStatus };

/**
 * One cell of the gap matrix: how well one law covers one scenario. The file lives at
 * content/coverage/<scenario-id>/<law-id>.yaml, so both ids come from its path.
 */
export const coverageSchema = ({ reference }: SchemaContext) =>
  z
    .strictObject({
      status: z.enum(coverageStatuses).describe('protected | partial | gap | not-applicable'),
      summary: plainText.describe('One sentence: why this status'),
      detail: z.string().min(1).describe('The reasoning, in plain language'),
      citations: z
        .array(
          z.strictObject({
            source: reference('sources').describe('A sources entry'),
            pin: z.string().min(1).optional().describe('Pinpoint within the source, e.g. "164.514(b)(2)(i)(Q)"'),
          }),
        )
        .min(1, 'Every cell needs at least one citation')
        .describe('Where the law says so'),
      fix: z.string().min(1).optional().describe('The change that would close the gap (required for partial and gap)'),
      confidence: z.enum(confidenceLevels).describe('high | medium | low'),
      reviewed: isoDate.describe('When this cell was last checked'),
      statusChecked: isoDate.optional().describe('When a time-sensitive status in this cell was last checked'),
      changes: changeHistory.default([]),
    })
    .refine((cell) => !(cell.status === 'partial' || cell.status === 'gap') || cell.fix !== undefined, {
      message: 'A partial or gap cell needs a fix: the change that would close it',
      path: ['fix'],
    });

export type CoverageData = z.output<ReturnType<typeof coverageSchema>>;
