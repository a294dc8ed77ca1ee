import { z } from 'astro/zod';
import { httpsUrl, isoDate, partialDate, plainText } from './shared';

/** CSL-JSON item types we use; the names are CSL's own so citation-js can format them. */
export const sourceTypes = [
  'legislation',
  'regulation',
  'bill',
  'legal_case',
  'webpage',
  'article-journal',
  'report',
  'article-newspaper',
  'post-weblog',
  'document',
] as const;

const person = z.union([
  z.strictObject({ family: plainText, given: plainText.optional() }),
  z.strictObject({ literal: plainText.describe('An organisation or a name that should not be split') }),
]);

/** One entry of the bibliography. Field names map onto CSL-JSON (see src/lib/citations.ts). */
export const sourceSchema = () =>
  z
    .strictObject({
      type: z.enum(sourceTypes).describe('CSL item type: legislation, regulation, article-journal, webpage…'),
      title: plainText.describe('Title as the publisher gives it'),
      author: z.array(person).min(1).optional().describe('Authors; leave out for laws and agency pages'),
      publisher: plainText.optional().describe('Issuing body, e.g. "U.S. Department of Health and Human Services"'),
      containerTitle: plainText.optional().describe('Journal, code or reporter the item appears in'),
      issued: partialDate.optional().describe('Publication or enactment date: YYYY, YYYY-MM or YYYY-MM-DD'),
      url: httpsUrl.describe('The official or original address (not a mirror)'),
      accessed: isoDate.describe('When we last read it at that address'),
      doi: z
        .string()
        .regex(/^10\.\d{4,9}\/\S+$/, 'Expected a DOI such as 10.1148/radiol.123')
        .optional(),
      pinUrl: z
        .string()
        .regex(/^https:\/\/\S*\{(pin|section)\}\S*$/, 'Expected an https URL template containing {pin} or {section}')
        .optional()
        .describe('Template for a pinpoint link. {pin} is the pin as written, {section} the pin up to its first "("'),
      pinLabel: z
        .string()
        .regex(/\{pin\}/, 'Expected a label template containing {pin}, e.g. "45 CFR {pin}"')
        .optional()
        .describe('How a pinpoint reads, e.g. "45 CFR {pin}" or "Cal. Civ. Code § {pin}"'),
      pinPattern: z
        .string()
        .refine((text) => {
          try {
            new RegExp(text);
            return true;
          } catch {
            return false;
          }
        }, 'Expected a regular expression')
        .optional()
        .describe('A regular expression every pinpoint on this source must match in full, e.g. "164\\.\\d{3}(\\([a-z0-9]+\\))*"'),
      note: z.string().optional().describe('Anything a reader should know about this source'),
    })
    .refine((source) => source.author !== undefined || source.publisher !== undefined, {
      message: 'A source needs an author or a publisher',
      path: ['author'],
    });

export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
