/**
 * The project's vocabularies, each declared once. No imports: the Zod schemas (src/schemas) and
 * the pure code (src/lib, and through it the islands) both import from here, so an island never
 * pulls Zod into its bundle to learn a status name. Labels live in src/strings and src/lib,
 * keyed by these types.
 */

/** Coverage status of a law for a situation; shown as a word plus an icon, never color alone. */
export const statuses = ['protected', 'partial', 'gap', 'not-applicable'] as const;
export type Status = (typeof statuses)[number];

/** How sure a coverage cell's status is. */
export const confidenceLevels = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof confidenceLevels)[number];

/** Article topics (the CSS topic filter in src/styles/global.css has one rule per topic). */
export const topics = ['hipaa', 'state-law', 'ai-risks', 'take-action', 'federal-other'] as const;
export type Topic = (typeof topics)[number];

/** Who an article is written for. */
export const audiences = ['readers', 'advocates', 'educators'] as const;
export type Audience = (typeof audiences)[number];

/** Who a letter goes to. */
export const recipientKinds = ['us-senator', 'us-representative', 'state-legislator', 'state-attorney-general', 'provider', 'hhs-ocr'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/** What kind of protection a law is; a state page groups its laws by these. */
export const lawCategories = [
  'medical-records',
  'breach-notification',
  'consumer-privacy',
  'health-data-privacy',
  'ai-in-care',
  'ai-in-insurance',
  'biometric',
  'recording',
  'other',
] as const;
export type LawCategory = (typeof lawCategories)[number];

/** What a state's find-your-legislator page is. */
export const lookupKinds = ['address-lookup', 'roster', 'map'] as const;
export type LookupKind = (typeof lookupKinds)[number];

/** The content collections (folders of content/). */
export const collectionNames = ['articles', 'sources', 'laws', 'scenarios', 'coverage', 'glossary', 'states', 'letters'] as const;
export type CollectionName = (typeof collectionNames)[number];
