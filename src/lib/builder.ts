/** Pure helpers behind the letter builder island: recipients, DC wording, drafts, the model's slices. */
import type { LetterChoices, LetterModel, LetterTemplate, RecipientKind } from './letters';

/** Recipient labels, adapted for DC (a Delegate, the Council, no senators). */
export function recipientOptions(stateCode: string | undefined): { value: RecipientKind; label: string; disabled?: boolean }[] {
  const dc = stateCode === 'dc';
  return [
    { value: 'us-senator', label: dc ? 'U.S. Senators (DC has none)' : 'My U.S. Senators', ...(dc ? { disabled: true } : {}) },
    { value: 'us-representative', label: dc ? "DC's Delegate to the U.S. House" : 'My U.S. Representative' },
    { value: 'state-legislator', label: dc ? 'The Council of the District of Columbia' : 'My state legislators' },
    { value: 'state-attorney-general', label: dc ? "DC's Attorney General" : 'My state attorney general' },
    { value: 'provider', label: 'My hospital or imaging center' },
    { value: 'hhs-ocr', label: 'A complaint to the HHS Office for Civil Rights' },
  ];
}

/** Scenarios a recipient can be written to about (those with a template for that recipient). */
export function concernsFor(templates: LetterTemplate[], recipient: RecipientKind): string[] {
  return [...new Set(templates.filter((t) => t.recipient.includes(recipient)).flatMap((t) => t.scenarios))];
}

/** Templates that are fixed letters, not built from concerns (provider letters, the OCR outline). */
export function fixedTemplatesFor(templates: LetterTemplate[], recipient: RecipientKind): LetterTemplate[] {
  return templates.filter((t) => t.recipient.includes(recipient) && (recipient === 'provider' || recipient === 'hhs-ocr'));
}

/** Builder choices that reproduce a static template (for "personalize this template" links). */
export function choicesFromTemplate(templates: LetterTemplate[], id: string | null): Partial<LetterChoices> | undefined {
  const template = templates.find((candidate) => candidate.id === id);
  if (!template) return undefined;
  return { template: template.id, recipient: template.recipient[0]!, concerns: template.scenarios };
}

/** What a saved draft may contain: only the builder's own fields, as strings. */
export const draftFields = ['state', 'recipient', 'length', 'story', 'name', 'street', 'city', 'zip', 'contact', 'recipientName', 'provider', 'scanDate', 'fixedTemplate'] as const;

/** Read a stored draft defensively: unknown keys and non-string values are dropped. */
export function parseDraft(stored: string | null): Record<string, string | string[]> {
  if (!stored) return {};
  try {
    const raw = JSON.parse(stored) as Record<string, unknown>;
    if (!raw || typeof raw !== 'object') return {};
    const draft: Record<string, string | string[]> = {};
    for (const key of draftFields) if (typeof raw[key] === 'string') draft[key] = (raw[key] as string).slice(0, 5000);
    if (Array.isArray(raw.concerns)) draft.concerns = raw.concerns.filter((item): item is string => typeof item === 'string').slice(0, 50);
    return draft;
  } catch {
    return {};
  }
}

/** A file name for downloads: "letter-to-us-senator.txt". */
export function downloadName(recipient: RecipientKind, extension: 'txt' | 'docx'): string {
  return `letter-to-${recipient}.${extension}`;
}

/** One jurisdiction's slice of the model, as /letters/data/<code>.json serves it. */
export interface LetterSlice {
  code: string;
  laws: LetterModel['laws'];
  cells: LetterModel['cells'];
  articles: Record<string, { id: string; laws: string[] }[]>;
}
export interface LetterShellData {
  templates: LetterTemplate[];
  scenarios: { id: string; title: string; question: string }[];
  states: { code: string; name: string }[];
  cites: LetterModel['cites'];
}

/** The model composition needs, from the page's shell and the slices loaded so far. */
export function assembleModel(shell: LetterShellData, slices: LetterSlice[], siteUrl: string, stateCode: string | undefined): LetterModel {
  const state = slices.find((slice) => slice.code === stateCode);
  return {
    siteUrl: siteUrl.replace(/\/$/, ''),
    laws: slices.flatMap((slice) => slice.laws),
    cells: slices.flatMap((slice) => slice.cells),
    scenarios: shell.scenarios.map((scenario) => ({ ...scenario, articles: slices.flatMap((slice) => slice.articles[scenario.id] ?? []) })),
    states: shell.states.map((candidate) => ({ ...candidate, lawIds: candidate.code === stateCode && state ? state.laws.map((law) => law.id) : [] })),
    cites: shell.cites,
  };
}
