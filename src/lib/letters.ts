/**
 * Letter composition: a pure function from the reader's choices and the gap model to a letter's
 * text and footnotes. The static template pages call it with no personal details (placeholders
 * stay visible); the builder island calls it on every keystroke.
 */
import { statusInfo, type Status } from './gap-model';
import { wellFormed } from './text';

export const recipientKinds = ['us-senator', 'us-representative', 'state-legislator', 'state-attorney-general', 'provider', 'hhs-ocr'] as const;
export type RecipientKind = (typeof recipientKinds)[number];
export type LetterLength = 'brief' | 'detailed';

/** Fields a template may use as {{name}}; readers see the bracketed placeholder until they fill it in. */
export const placeholderFields = {
  name: '[YOUR NAME]',
  city: '[YOUR CITY]',
  state: '[YOUR STATE]',
  contact: '[YOUR EMAIL OR PHONE]',
  recipient: '[RECIPIENT NAME]',
  provider: '[HOSPITAL OR IMAGING CENTER]',
  date: '[DATE]',
  scanDate: '[DATE OF YOUR SCAN]',
} as const;
export type PlaceholderField = keyof typeof placeholderFields;

/** The {{field}} and {{cite:source|pin}} tokens in a template text. */
export function templateTokens(text: string): { fields: string[]; cites: { source: string; pin?: string }[] } {
  const fields: string[] = [];
  const cites: { source: string; pin?: string }[] = [];
  for (const match of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    const token = match[1]!;
    if (token.startsWith('cite:')) {
      const [source, pin] = token.slice(5).split('|');
      cites.push(pin ? { source: source!.trim(), pin: pin.trim() } : { source: source!.trim() });
    } else fields.push(token);
  }
  return { fields, cites };
}

/** Tokens that name no known field (a content test fails on any). */
export function unknownPlaceholders(text: string): string[] {
  return templateTokens(text).fields.filter((field) => !(field in placeholderFields));
}

export interface LetterTemplate {
  id: string;
  title: string;
  recipient: RecipientKind[];
  scenarios: string[];
  subject: string;
  opening: string;
  ask?: string;
  closing: string;
}

export interface LetterCell {
  scenario: string;
  law: string;
  status: Status;
  summary: string;
  detail?: string;
  fix?: string;
  citations: { label: string; url: string }[];
}

export interface LetterModel {
  siteUrl: string;
  laws: { id: string; name: string; jurisdiction: string }[];
  /** Each scenario with the articles that explain it (and the laws each discusses). */
  scenarios: { id: string; title: string; question: string; articles: { id: string; laws: string[] }[] }[];
  cells: LetterCell[];
  states: { code: string; name: string; lawIds: string[] }[];
  /** Resolved {{cite:…}} tokens, keyed "source|pin". */
  cites: Record<string, { label: string; url: string }>;
}

export interface LetterChoices {
  template: string;
  recipient?: RecipientKind;
  state?: string;
  concerns?: string[];
  length?: LetterLength;
  story?: string;
  name?: string;
  city?: string;
  contact?: string;
  recipientName?: string;
  provider?: string;
  date?: string;
  scanDate?: string;
}

export interface Footnote {
  n: number;
  text: string;
  urls: string[];
}

export interface ComposedLetter {
  subject: string;
  /** Paragraphs of the letter body, footnote markers as [n]. */
  paragraphs: string[];
  footnotes: Footnote[];
  /** The whole letter as plain text: what is copied, mailed, printed and downloaded. */
  text: string;
}

/** Rewrite second person ("you", "your") as "patients", "their", for letters to officials. */
export function toThirdPerson(text: string): string {
  return text
    .replace(/\byourself\b/g, 'themselves')
    .replace(/\bYour\b/g, 'Their')
    .replace(/\byour\b/g, 'their')
    .replace(/\bYou\b/g, 'Patients')
    .replace(/\byou\b/g, 'patients');
}

const withoutFinalStop = (text: string) => text.trim().replace(/[.\s]+$/, '');

function fill(text: string, values: Record<PlaceholderField, string>, cite: (source: string, pin?: string) => string): string {
  return text.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, token: string) => {
    if (token.startsWith('cite:')) {
      const [source, pin] = token.slice(5).split('|');
      return cite(source!.trim(), pin?.trim());
    }
    return token in values ? values[token as PlaceholderField] : `{{${token}}}`;
  });
}

function salutation(recipient: RecipientKind, isDc: boolean, name: string): string {
  switch (recipient) {
    case 'us-senator':
      return `Dear Senator ${name},`;
    case 'us-representative':
      return isDc ? `Dear Delegate ${name},` : `Dear Representative ${name},`;
    case 'state-legislator':
      return isDc ? `Dear Councilmember ${name},` : `Dear ${name},`;
    case 'state-attorney-general':
      return `Dear ${name},`;
    case 'provider':
      return 'Dear Privacy Officer,';
    case 'hhs-ocr':
      return 'To the HHS Office for Civil Rights:';
  }
}

/** Laws whose cells feed a recipient: federal law for Congress and OCR, the state's own for state officials. */
export function lawsForRecipient(model: LetterModel, recipient: RecipientKind, stateCode: string | undefined): string[] {
  const state = model.states.find((candidate) => candidate.code === stateCode);
  const federal = model.laws.filter((law) => law.jurisdiction === 'us').map((law) => law.id);
  if (recipient === 'us-senator' || recipient === 'us-representative') return federal;
  if (recipient === 'state-legislator' || recipient === 'state-attorney-general') return state?.lawIds ?? [];
  return [];
}

/** Compose a letter. Anything the reader leaves empty stays a visible [PLACEHOLDER]. */
export function composeLetter(model: LetterModel, templates: LetterTemplate[], choices: LetterChoices): ComposedLetter {
  const template = templates.find((candidate) => candidate.id === choices.template);
  if (!template) throw new Error(`Unknown letter template "${choices.template}"`);
  const recipient = choices.recipient && template.recipient.includes(choices.recipient) ? choices.recipient : template.recipient[0]!;
  const state = model.states.find((candidate) => candidate.code === choices.state);
  const isDc = state?.code === 'dc';
  const length = choices.length ?? 'detailed';
  const given = (value: string | undefined, field: PlaceholderField) => (value && value.trim() ? value.trim() : placeholderFields[field]);
  const values: Record<PlaceholderField, string> = {
    name: given(choices.name, 'name'),
    city: given(choices.city, 'city'),
    state: state?.name ?? placeholderFields.state,
    contact: given(choices.contact, 'contact'),
    recipient: given(choices.recipientName, 'recipient'),
    provider: given(choices.provider, 'provider'),
    date: given(choices.date, 'date'),
    scanDate: given(choices.scanDate, 'scanDate'),
  };

  const footnotes: Footnote[] = [];
  const addFootnote = (text: string, urls: string[]) => {
    const existing = footnotes.find((note) => note.text === text);
    if (existing) return existing.n;
    footnotes.push({ n: footnotes.length + 1, text, urls });
    return footnotes.length;
  };
  const cite = (source: string, pin?: string) => {
    const resolved = model.cites[`${source}|${pin ?? ''}`];
    if (!resolved) throw new Error(`Template "${template.id}" cites unknown source "${source}"${pin ? ` at ${pin}` : ''}`);
    return `[${addFootnote(resolved.label, [resolved.url])}]`;
  };
  const cellNote = (cell: LetterCell, scenario: LetterModel['scenarios'][number]) => {
    const explained = `${model.siteUrl}/scenarios/${scenario.id}/#${cell.law}`;
    // The article that discusses this very law, else any article on the situation.
    const chosen = scenario.articles.find((candidate) => candidate.laws.includes(cell.law)) ?? scenario.articles[0];
    const article = chosen ? [`${model.siteUrl}/articles/${chosen.id}/`] : [];
    return addFootnote(cell.citations.map((c) => c.label).join('; '), [...cell.citations.map((c) => c.url), explained, ...article]);
  };

  const paragraphs: string[] = [fill(template.opening, values, cite)];
  const story = choices.story?.trim();
  paragraphs.push(story ? story : '[YOUR STORY: in a few sentences, why this matters to you. Offices give personal stories the most weight.]');

  const lawIds = lawsForRecipient(model, recipient, state?.code);
  const concerns = (choices.concerns && choices.concerns.length > 0 ? choices.concerns : template.scenarios).filter((id) => template.scenarios.includes(id));
  const asks: string[] = [];
  const isStateOfficial = recipient === 'state-legislator' || recipient === 'state-attorney-general';
  const wantsAsks = recipient !== 'state-attorney-general';
  const lawName = (id: string) => model.laws.find((law) => law.id === id)?.name ?? id;
  const isGap = (cell: LetterCell) => cell.status === 'gap' || cell.status === 'partial';
  for (const scenarioId of concerns) {
    const scenario = model.scenarios.find((candidate) => candidate.id === scenarioId);
    if (!scenario) continue;
    // A detailed letter gives the cell's full reasoning; a brief one its one-sentence summary.
    const sentence = (cell: LetterCell, withDetail: boolean) => {
      const reason = withDetail && cell.detail ? cell.detail : cell.summary;
      return `Under the ${lawName(cell.law)} (${statusInfo[cell.status].label.toLowerCase()}): ${toThirdPerson(reason)} [${cellNote(cell, scenario)}]`;
    };
    const applicable = model.cells.filter((cell) => cell.scenario === scenarioId && lawIds.includes(cell.law) && cell.status !== 'not-applicable');
    // Congress hears about federal gaps; state officials hear what their state's laws do, gaps first.
    let chosen = isStateOfficial ? [...applicable.filter(isGap), ...applicable.filter((cell) => !isGap(cell))] : applicable.filter(isGap);
    if (length === 'brief') chosen = chosen.slice(0, 1);
    if (chosen.length > 0) {
      paragraphs.push(`${scenario.title}. ${chosen.map((cell) => sentence(cell, length === 'detailed' && isGap(cell))).join(' ')}`);
      if (wantsAsks) for (const cell of chosen) if (cell.fix) asks.push(`${withoutFinalStop(cell.fix)}.`);
      continue;
    }
    if (!isStateOfficial) continue;
    // No law of this state addresses the situation: say so, and give the federal gap as context.
    const federalGap = model.cells.find(
      (cell) => cell.scenario === scenarioId && cell.status === 'gap' && model.laws.some((law) => law.id === cell.law && law.jurisdiction === 'us'),
    );
    let text = `${scenario.title}.`;
    if (state) {
      const note = addFootnote(`Laws that apply in ${state.name}, on this site`, [`${model.siteUrl}/states/${state.code}/`]);
      text += ` This site's review found no ${state.name} law that addresses this situation [${note}].`;
    }
    if (federalGap)
      text += ` Federal law leaves a gap here too. Under the ${lawName(federalGap.law)}: ${toThirdPerson(federalGap.summary)} [${cellNote(federalGap, scenario)}]`;
    paragraphs.push(text);
    if (federalGap?.fix && wantsAsks) asks.push(`${withoutFinalStop(federalGap.fix)}, in ${values.state} law.`);
  }
  if (template.ask) paragraphs.push(fill(template.ask, values, cite));
  if (asks.length > 0) {
    const unique = [...new Set(asks)];
    paragraphs.push(`I ask you to act on these changes:\n${unique.map((ask, i) => `${i + 1}. ${ask}`).join('\n')}`);
  }
  paragraphs.push(fill(template.closing, values, cite));

  const subject = fill(template.subject, values, cite);
  const signature = `Sincerely,\n${values.name}\n${values.city}, ${values.state}\n${values.contact}`;
  const notes = footnotes.map((note) => `[${note.n}] ${note.text}. ${note.urls.join(' ')}`);
  const text = [
    values.date,
    `Subject: ${subject}`,
    salutation(recipient, isDc, values.recipient),
    ...paragraphs,
    signature,
    notes.length > 0 ? `Sources\n${notes.join('\n')}` : '',
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
  return { subject, paragraphs, footnotes, text: `${text}\n` };
}

/** A mailto: link, or undefined when the letter is too long for mail apps to accept (some stop near 2,000 characters). */
export function mailtoLink(subject: string, body: string, limit = 2000): string | undefined {
  // Encoding can only make text longer: skip the work for a letter that cannot fit.
  if (subject.length + body.length > limit) return undefined;
  const href = `mailto:?subject=${encodeURIComponent(wellFormed(subject))}&body=${encodeURIComponent(wellFormed(body))}`;
  return href.length <= limit ? href : undefined;
}

/** A short phone script from the same choices: who you are, the ask, thanks. */
export function phoneScript(letter: ComposedLetter, values: { name?: string; city?: string; state?: string }): string {
  const name = values.name?.trim() || placeholderFields.name;
  const city = values.city?.trim() || placeholderFields.city;
  const askParagraph = letter.paragraphs.find((p) => p.startsWith('I ask you to act'));
  const firstAsk = askParagraph?.split('\n')[1]?.replace(/^1\.\s*/, '');
  return [
    `Hello, my name is ${name} and I am a constituent from ${city}.`,
    `I am calling about the privacy of patients' medical images: ${letter.subject}.`,
    firstAsk ? `I ask the office to support this change: ${firstAsk}` : 'I ask the office to look into this and respond.',
    'I will send the details in writing. Thank you for your time.',
  ].join('\n');
}

/**
 * The builder's letter for a recipient and several concerns: the templates for that recipient
 * and those scenarios, merged into one (opening and closing from the first).
 */
export function builderTemplate(templates: LetterTemplate[], recipient: RecipientKind, concerns: string[]): LetterTemplate | undefined {
  const forRecipient = templates.filter((template) => template.recipient.includes(recipient) && template.scenarios.length > 0);
  const matching = forRecipient.filter((template) => template.scenarios.some((id) => concerns.includes(id)));
  const first = matching[0];
  if (!first) return undefined;
  if (matching.length === 1) return { ...first, scenarios: first.scenarios.filter((id) => concerns.includes(id)) };
  const scenarios = concerns.filter((id) => matching.some((template) => template.scenarios.includes(id)));
  return {
    ...first,
    id: `${first.id}+${matching.length - 1}`,
    title: 'Letter about several concerns',
    scenarios,
    subject: recipient === 'state-legislator' ? "Protect patients' medical images in {{state}}" : "Close the gaps in the law on patients' medical images",
  };
}
