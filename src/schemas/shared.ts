import { z } from 'astro/zod';

/**
 * What a schema needs from its context. Astro passes its own `reference`; content tests pass a
 * stub that accepts any id string, and check that ids resolve themselves.
 */
export interface SchemaContext {
  reference: (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;
}

import type { CollectionName } from '../lib/vocabulary';
import { curlyQuotes } from '../lib/typography';

export type { CollectionName };

/** YAML may hand us a Date (unquoted) or a string; both must be a real YYYY-MM-DD day. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Expected a date in the form YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date in the form YYYY-MM-DD')
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    }, 'Not a real calendar date')
    .transform((text) => new Date(`${text}T00:00:00Z`)),
);

/** A CSL-style partial date: a year, a year and month, or a full day. */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.union([z.string(), z.number().int().transform(String)]).pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Expected YYYY, YYYY-MM or YYYY-MM-DD')),
);

/** Only https links: a privacy site should not send readers over plain http. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'Expected an https:// URL' });

/** Plain text only: a title or label must not smuggle markup into pages, feeds or letters. */
export const plainText = z
  .string()
  .trim()
  .min(1, 'Must not be empty')
  .refine((text) => !/[<>]/.test(text), 'Must be plain text: no HTML tags or angle brackets')
  // One quote style wherever the text goes (pages, share cards, feeds, letters, downloads).
  .transform((text) => curlyQuotes(text));

/** Shown first on every page: the short answer, at most 50 words, plain language, real conditions included. */
export const shortAnswer = z
  .string()
  .trim()
  .min(1, 'Must not be empty')
  .refine((text) => text.split(/\s+/).filter(Boolean).length <= 50, 'A short answer has at most 50 words')
  .transform((text) => curlyQuotes(text))
  .describe('The short answer, at most 50 words, plain language, with the real conditions');

/** Questions in patients' own words that the page answers (shown as "Questions this page answers"). */
export const readerQuestions = z.array(plainText).default([]).describe("Questions in readers' own words that this page answers; weighted in search");

/** Two-letter lowercase codes for the 50 states and DC, as in docs/decisions.md. */
export const stateCodes = [
  'al',
  'ak',
  'az',
  'ar',
  'ca',
  'co',
  'ct',
  'de',
  'dc',
  'fl',
  'ga',
  'hi',
  'id',
  'il',
  'in',
  'ia',
  'ks',
  'ky',
  'la',
  'me',
  'md',
  'ma',
  'mi',
  'mn',
  'ms',
  'mo',
  'mt',
  'ne',
  'nv',
  'nh',
  'nj',
  'nm',
  'ny',
  'nc',
  'nd',
  'oh',
  'ok',
  'or',
  'pa',
  'ri',
  'sc',
  'sd',
  'tn',
  'tx',
  'ut',
  'vt',
  'va',
  'wa',
  'wv',
  'wi',
  'wy',
] as const;
export type StateCode = (typeof stateCodes)[number];

/** Change history of a page: what changed and when (articles, laws and coverage cells). */
export const changeHistory = z
  .array(z.strictObject({ date: isoDate, summary: plainText }))
  .describe('What changed and when; every page that states a changed fact records the change');
