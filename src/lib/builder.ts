/** Pure helpers behind the letter builder island: choices from a template id, DC wording, drafts. */
import type { LetterChoices, LetterModel, LetterTemplate, RecipientKind } from './letters';
import { cleanText, fieldLimits } from './text';

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
export const draftFields = [
  'state',
  'recipient',
  'length',
  'story',
  'name',
  'street',
  'city',
  'zip',
  'contact',
  'recipientName',
  'provider',
  'scanDate',
  'fixedTemplate',
] as const;

/** The values a draft may hold today; anything else in a stored draft is dropped and reported. */
export interface DraftVocabulary {
  states: readonly string[];
  recipients: readonly string[];
  concerns: readonly string[];
  templates: readonly string[];
}

const draftLabels: Record<string, string> = {
  state: 'the state',
  recipient: 'the recipient',
  length: 'the letter length',
  concerns: 'a concern',
  fixedTemplate: 'the chosen letter',
};

/**
 * Read a stored draft defensively: unknown keys and non-string values are dropped, and so are values
 * the site no longer offers (a renamed recipient kind, a removed concern), which `dropped` names so
 * the builder can tell the reader. Free text is cleaned as typed text is.
 */
export function parseDraft(stored: string | null, vocabulary?: DraftVocabulary): { draft: Record<string, string | string[]>; dropped: string[] } {
  const draft: Record<string, string | string[]> = {};
  const dropped = new Set<string>();
  if (!stored) return { draft, dropped: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { draft, dropped: ['the whole draft (it could not be read)'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { draft, dropped: ['the whole draft (it could not be read)'] };
  const record = raw as Record<string, unknown>;
  const allowed: Partial<Record<string, readonly string[]>> = vocabulary
    ? { state: ['', ...vocabulary.states], recipient: vocabulary.recipients, length: ['brief', 'detailed'], fixedTemplate: ['', ...vocabulary.templates] }
    : {};
  for (const key of draftFields) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      dropped.add(draftLabels[key] ?? `the field "${key}"`);
      continue;
    }
    const choices = allowed[key];
    if (choices && !choices.includes(value)) {
      dropped.add(draftLabels[key] ?? key);
      continue;
    }
    draft[key] = cleanText(value, key === 'story' ? fieldLimits.story : fieldLimits.line);
  }
  if (record.concerns !== undefined) {
    const list = Array.isArray(record.concerns) ? record.concerns : [];
    if (!Array.isArray(record.concerns)) dropped.add(draftLabels.concerns!);
    const kept = list.filter((item): item is string => typeof item === 'string' && (!vocabulary || vocabulary.concerns.includes(item)));
    if (kept.length < list.length) dropped.add(draftLabels.concerns!);
    draft.concerns = [...new Set(kept)];
  }
  return { draft, dropped: [...dropped] };
}

/** A sentence telling the reader what a restored draft lost, or '' when nothing was dropped. */
export function droppedNotice(dropped: string[]): string {
  if (dropped.length === 0) return '';
  return `Some of your saved draft no longer matches this site and was left out: ${dropped.join(', ')}. Please check your choices.`;
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
