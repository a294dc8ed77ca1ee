import { z } from 'astro/zod';
import { plainText, type SchemaContext } from './shared';

/** A term a patient meets in the articles, defined once. */
export const glossarySchema = ({ reference }: SchemaContext) =>
  z.strictObject({
    term: plainText.describe('The term as readers meet it'),
    definition: z.string().min(1).describe('A plain-language definition'),
    source: reference('sources').optional().describe('Where the definition comes from'),
    pin: z.string().optional().describe('Pinpoint within the source'),
    related: z.array(reference('glossary')).default([]).describe('Related glossary terms'),
  });

export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
