/**
 * Letter composition: a pure function from the reader's choices and the gap model to a letter's
 * STRUCTURE (date, subject, salutation, paragraphs, asks, signature, footnotes), and the text
 * derived from it. The static template pages call it with no personal details (placeholders stay
 * visible); the builder island calls it on every keystroke.
 *
 * Advocacy practice (docs/decisions.md): a brief letter (the default) has at most 250 words of
 * body and, with its sources, at most 2,000 characters, so it fits a congressional web form and a
 * mail link; a detailed one at most 500 words. Asks match the recipient's power: Congress gets the
 * federal cells' fixes; a state legislature (or the DC Council) its own law's fixes, or the
 * template's state-level ask; never a federal fix. The model's vocabulary (status labels,
 * confidence) never reaches a letter.
 */
import { honorific } from './representatives';
import { wellFormed } from './text';
import { recipientKinds, type RecipientKind } from './vocabulary';

// Declared once, in the vocabulary; re-exported for the islands and tests that import them from here.
export { recipientKinds, type RecipientKind };
export type LetterLength = 'brief' | 'detailed';

/** Limits of each length (words of body; characters of the whole letter with its sources). */
export const letterLimits = {
  brief: { words: 250, characters: 2000, sources: 3, asks: 2 },
  detailed: { words: 500, characters: Number.POSITIVE_INFINITY, sources: Number.POSITIVE_INFINITY, asks: 4 },
} as const;

/** Fields a template may use as {{name}}; readers see the bracketed placeholder until they fill it in. */
export const placeholderFields = {
  name: '[YOUR NAME]',
  street: '[YOUR STREET ADDRESS]',
  city: '[YOUR CITY]',
  state: '[YOUR STATE]',
  zip: '[YOUR ZIP CODE]',
  contact: '[YOUR EMAIL OR PHONE]',
  recipient: '[LAST NAME]',
  provider: '[HOSPITAL OR IMAGING CENTER]',
  date: '[DATE]',
  scanDate: '[DATE OF YOUR SCAN]',
} as const;
export type PlaceholderField = keyof typeof placeholderFields;

export const storyPlaceholder =
  '[YOUR STORY: two or three sentences on what happened to you, or why this matters to you. Offices give personal stories the most weight.]';

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
  /** A change to the state's own law (state-legislator templates): what a legislature or the DC Council can do. */
  stateAsk?: string;
  closing: string;
}

export interface LetterCell {
  scenario: string;
  law: string;
  status: 'protected' | 'partial' | 'gap' | 'not-applicable';
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
  street?: string;
  city?: string;
  zip?: string;
  contact?: string;
  /** The recipient's full name ("Joyce Beatty"): the salutation uses the last name. */
  recipientName?: string;
  /** The recipient's honorific from the lookup ("Senator", "Delegate"), for a state legislator's chamber. */
  recipientTitle?: string;
  /** The recipient's chamber, when a state legislator was chosen from the lookup. */
  recipientChamber?: 'upper' | 'lower' | 'legislature';
  provider?: string;
  date?: string;
  scanDate?: string;
}

export interface Footnote {
  n: number;
  text: string;
  urls: string[];
}

/** A letter as structure; `text` is derived from it by letterText(). */
export interface LetterStructure {
  date: string;
  subject: string;
  salutation: string;
  /** Body paragraphs before the asks (opening, story, evidence), footnote markers as [n]. */
  paragraphs: string[];
  /** The requests, each one sentence (one is written as "I ask you to …", several as a numbered list). */
  asks: string[];
  /** Template paragraphs after the asks (a fixed letter's request) and the closing, asking for a reply. */
  closing: string[];
  signature: string[];
  footnotes: Footnote[];
  /** Concerns left out to keep the letter within its length. */
  omitted: string[];
}

export interface ComposedLetter extends LetterStructure {
  /** The whole letter as plain text: what is copied, mailed, printed and downloaded. */
  text: string;
  /** Words of body (salutation to closing, footnote markers not counted). */
  words: number;
}

/** Rewrite second person ("you", "your") as "patients", "patients'", for letters to officials. */
export function toThirdPerson(text: string): string {
  return text
    .replace(/\byourself\b/g, 'themselves')
    .replace(/\bYour\b/g, "Patients'")
    .replace(/\byour\b/g, "patients'")
    .replace(/\bYou\b/g, 'Patients')
    .replace(/\byou\b/g, 'patients');
}

/**
 * A model text as a letter may say it: the model's own notes on its confidence are for the site's
 * pages, not for a letter ("(low confidence)", and a closing "Confidence is low: …").
 */
export function plainForLetter(text: string): string {
  const withoutNotes = text
    .replace(/\s*\([^()]*\bconfidence\b[^()]*\)/gi, '')
    .replace(/,?\s*(?:so|and|but)\s+(?:our\s+)?confidence is (?:low|medium|high)\b/gi, '');
  // Any sentence about the model's confidence ("Confidence is low: …", "…, so confidence is medium.") goes.
  return withoutNotes
    .split(/(?<=[.!?])\s+(?=[A-Z(“"])/)
    .filter((sentence) => !/\bconfidence\b/i.test(sentence))
    .join(' ')
    .trim();
}

const withoutFinalStop = (text: string) => text.trim().replace(/[.\s]+$/, '');
/** "Require notice" -> "require notice", but "HHS must" and "FTC" stay as they are. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
/** Words of running text: footnote markers such as [2] are not words. */
export const countWords = (text: string) => text.split(/\s+/).filter((word) => word && !/^\[\d+\][.,;:]?$/.test(word)).length;

function fill(text: string, values: Record<PlaceholderField, string>, cite: (source: string, pin?: string) => string): string {
  return text.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, token: string) => {
    if (token.startsWith('cite:')) {
      const [source, pin] = token.slice(5).split('|');
      return cite(source!.trim(), pin?.trim());
    }
    return token in values ? values[token as PlaceholderField] : `{{${token}}}`;
  });
}

/** The last name a salutation uses: "Joyce Beatty" -> "Beatty", "Robert Smith Jr." -> "Smith". */
export function lastName(fullName: string): string {
  const parts = fullName
    .trim()
    .replace(/,/g, '')
    .split(/\s+/)
    .filter((part) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(part));
  return parts.at(-1) ?? '';
}

/** "Dear Senator Moreno," from the recipient kind, the state and the name; placeholders where unknown. */
export function salutation(
  recipient: RecipientKind,
  state: string | undefined,
  name: string | undefined,
  chosen?: { title?: string | undefined; chamber?: 'upper' | 'lower' | 'legislature' | undefined },
): string {
  if (recipient === 'provider') return 'Dear Privacy Officer,';
  if (recipient === 'hhs-ocr') return 'To the HHS Office for Civil Rights:';
  const last = name?.trim() ? lastName(name) : placeholderFields.recipient;
  let title = chosen?.title;
  if (!title && recipient === 'state-legislator' && state !== 'dc' && !chosen?.chamber) title = '[Senator or Representative]';
  title ??= honorific({ kind: recipient, chamber: chosen?.chamber ?? 'lower' }, state ?? '');
  return `Dear ${title} ${last},`;
}

/** Laws whose cells feed a recipient: federal law for Congress and OCR, the state's own for state officials. */
export function lawsForRecipient(model: LetterModel, recipient: RecipientKind, stateCode: string | undefined): string[] {
  const state = model.states.find((candidate) => candidate.code === stateCode);
  if (recipient === 'us-senator' || recipient === 'us-representative') return model.laws.filter((law) => law.jurisdiction === 'us').map((law) => law.id);
  // A state's own laws only: never a federal law, whose fix only Congress can make.
  if (recipient === 'state-legislator' || recipient === 'state-attorney-general') {
    return (state?.lawIds ?? []).filter((id) => model.laws.find((law) => law.id === id)?.jurisdiction === state?.code);
  }
  return [];
}

const isGap = (cell: LetterCell) => cell.status === 'gap' || cell.status === 'partial';
const storyHelps = (recipient: RecipientKind) => recipient !== 'provider' && recipient !== 'hhs-ocr';

/** Compose a letter's structure and text. Anything the reader leaves empty stays a visible [PLACEHOLDER]. */
export function composeLetter(model: LetterModel, templates: LetterTemplate[], choices: LetterChoices): ComposedLetter {
  const template = templates.find((candidate) => candidate.id === choices.template);
  if (!template) throw new Error(`Unknown letter template "${choices.template}"`);
  const recipient = choices.recipient && template.recipient.includes(choices.recipient) ? choices.recipient : template.recipient[0]!;
  const state = model.states.find((candidate) => candidate.code === choices.state);
  const length = choices.length ?? 'brief';
  const limits = letterLimits[length];
  const given = (value: string | undefined, field: PlaceholderField) => (value && value.trim() ? value.trim() : placeholderFields[field]);
  const values: Record<PlaceholderField, string> = {
    name: given(choices.name, 'name'),
    street: given(choices.street, 'street'),
    city: given(choices.city, 'city'),
    state: state?.name ?? placeholderFields.state,
    zip: given(choices.zip, 'zip'),
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
  const lawName = (id: string) => model.laws.find((law) => law.id === id)?.name ?? id;
  // A brief letter's note: the law's first pinpoint and the site's explanation; a detailed one adds every pinpoint and the article.
  const cellNote = (cell: LetterCell, scenario: LetterModel['scenarios'][number]) => {
    const explained = `${model.siteUrl}/scenarios/${scenario.id}/#${cell.law}`;
    if (length === 'brief') {
      const first = cell.citations[0];
      return addFootnote(`${lawName(cell.law)}, ${first?.label ?? ''}`.replace(/, $/, ''), [...(first ? [first.url] : []), explained]);
    }
    const chosen = scenario.articles.find((candidate) => candidate.laws.includes(cell.law)) ?? scenario.articles[0];
    const article = chosen ? [`${model.siteUrl}/articles/${chosen.id}/`] : [];
    return addFootnote(`${lawName(cell.law)}, ${cell.citations.map((c) => c.label).join('; ')}`, [...cell.citations.map((c) => c.url), explained, ...article]);
  };

  // Opening: who is writing and from where. A brief letter keeps the template's first sentence.
  const opening = fill(length === 'brief' ? firstSentence(template.opening) : template.opening, values, cite);
  const paragraphs: string[] = [opening];
  if (storyHelps(recipient)) paragraphs.push(choices.story?.trim() || storyPlaceholder);

  const lawIds = lawsForRecipient(model, recipient, state?.code);
  const concerns = (choices.concerns && choices.concerns.length > 0 ? choices.concerns : template.scenarios).filter((id) => template.scenarios.includes(id));
  const isCongress = recipient === 'us-senator' || recipient === 'us-representative';
  const isLegislature = recipient === 'state-legislator';
  const asks: string[] = [];
  const omitted: string[] = [];
  const closing = [...(template.ask ? [fill(template.ask, values, cite)] : []), fill(template.closing, values, cite)];
  const signature = ['Sincerely,', values.name, values.street, `${values.city}, ${state?.code === 'dc' ? 'DC' : values.state} ${values.zip}`, values.contact];
  const salute = salutation(recipient, state?.code, choices.recipientName, { title: choices.recipientTitle, chamber: choices.recipientChamber });

  const structure = (): LetterStructure => ({
    date: values.date,
    subject: fill(template.subject, values, cite),
    salutation: salute,
    paragraphs,
    asks: [...new Set(asks)],
    closing,
    signature,
    footnotes,
    omitted,
  });
  const fits = () => {
    const letter = structure();
    return bodyWords(letter) <= limits.words && letterText(letter).length <= limits.characters && footnotes.length <= limits.sources;
  };

  if (isCongress || isLegislature || recipient === 'state-attorney-general') {
    for (const scenarioId of concerns) {
      const scenario = model.scenarios.find((candidate) => candidate.id === scenarioId);
      if (!scenario) continue;
      const before = { paragraphs: paragraphs.length, asks: asks.length, notes: footnotes.length };
      const cells = model.cells.filter((cell) => cell.scenario === scenarioId && lawIds.includes(cell.law) && cell.status !== 'not-applicable');
      const gaps = cells.filter(isGap);
      // Evidence: what the law does today, in plain words, each claim footnoted.
      const chosen = isCongress ? gaps : [...gaps, ...cells.filter((cell) => !isGap(cell))];
      const perConcern = length === 'brief' ? 1 : 3;
      const evidence = chosen.slice(0, perConcern);
      const sentences = evidence.map((cell) => {
        const detail = length === 'detailed' && cell.detail && isGap(cell) ? plainForLetter(cell.detail) : '';
        const reason = detail || cell.summary;
        return `${toThirdPerson(withoutFinalStop(plainForLetter(reason)))} [${cellNote(cell, scenario)}].`;
      });
      if (isLegislature && evidence.length === 0) {
        if (state) {
          const note = addFootnote(`Laws that apply in ${state.name}, on this site`, [`${model.siteUrl}/states/${state.code}/`]);
          sentences.push(`This site lists no ${state.name} law that addresses this [${note}].`);
        }
        // Federal law as context only: its fix is for Congress, never for this letter.
        const federalGap = model.cells.find(
          (cell) => cell.scenario === scenarioId && cell.status === 'gap' && model.laws.some((law) => law.id === cell.law && law.jurisdiction === 'us'),
        );
        const first = paragraphs.length <= (storyHelps(recipient) ? 2 : 1);
        if (federalGap && (length === 'detailed' || first))
          sentences.push(
            `Federal law leaves a gap${state ? ' too' : ''}: ${toThirdPerson(withoutFinalStop(plainForLetter(federalGap.summary)))} [${cellNote(federalGap, scenario)}].`,
          );
      }
      if (sentences.length > 0) paragraphs.push(`${scenario.title}: ${sentences.join(' ')}`);
      if (isCongress) for (const cell of evidence) if (cell.fix) asks.push(`${toThirdPerson(withoutFinalStop(plainForLetter(cell.fix)))}.`);
      if (isLegislature) {
        // The state's own law's fix where the model has one; else the template's state-level ask.
        const ownFixes = gaps.filter((cell) => cell.fix).map((cell) => `${toThirdPerson(withoutFinalStop(plainForLetter(cell.fix!)))}.`);
        const stateAsk = templates.find((t) => t.stateAsk && t.recipient.includes('state-legislator') && t.scenarios.includes(scenarioId))?.stateAsk;
        // Where the state's law already protects patients here, there is nothing to ask for.
        const protects = cells.some((cell) => cell.status === 'protected');
        const chosenAsks =
          ownFixes.length > 0
            ? ownFixes.slice(0, length === 'brief' ? 1 : 2)
            : stateAsk && !protects
              ? [`${withoutFinalStop(fill(stateAsk, values, cite))}.`]
              : [];
        asks.push(...chosenAsks);
      }
      // Keep within the length: a concern that does not fit is left out whole.
      const tooMany = new Set(asks).size > limits.asks;
      if ((tooMany || !fits()) && before.paragraphs > (storyHelps(recipient) ? 2 : 1)) {
        paragraphs.length = before.paragraphs;
        asks.length = before.asks;
        footnotes.length = before.notes;
        omitted.push(scenario.title);
      }
    }
  }
  const letter = structure();
  return { ...letter, text: letterText(letter), words: bodyWords(letter) };
}

/** The ask paragraph: one request as a sentence, several as a numbered list. */
function askParagraph(letter: Pick<LetterStructure, 'asks'>): string | undefined {
  if (letter.asks.length === 0) return undefined;
  if (letter.asks.length === 1) {
    return `I ask you to ${lowerFirst(letter.asks[0]!)}`;
  }
  return `I ask you to act on these changes:\n${letter.asks.map((ask, i) => `${i + 1}. ${ask}`).join('\n')}`;
}

/** Body paragraphs in order: salutation excluded, closing included. */
export function bodyParagraphs(letter: Pick<LetterStructure, 'paragraphs' | 'asks' | 'closing'>): string[] {
  const ask = askParagraph(letter);
  return [...letter.paragraphs, ...(ask ? [ask] : []), ...letter.closing];
}

export const bodyWords = (letter: Pick<LetterStructure, 'paragraphs' | 'asks' | 'closing'>) => countWords(bodyParagraphs(letter).join(' '));

/** The sources block: "[1] HIPAA Privacy Rule, 45 CFR 164.508(a)(1): https://…". */
export function sourceLines(footnotes: Footnote[]): string[] {
  return footnotes.map((note) => `[${note.n}] ${note.text}: ${note.urls.join(' ')}`);
}

/** The plain text of a letter, derived from its structure. */
export function letterText(letter: LetterStructure): string {
  const parts = [letter.date, `Subject: ${letter.subject}`, letter.salutation, ...bodyParagraphs(letter), letter.signature.filter(Boolean).join('\n')];
  if (letter.footnotes.length > 0) parts.push(`Sources\n${sourceLines(letter.footnotes).join('\n')}`);
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`;
}

/** A mailto: link for a letter of at most `limit` characters (the brief letter's), addressed where an email is known. */
export function mailtoLink(subject: string, body: string, to = '', limit: number = letterLimits.brief.characters): string | undefined {
  // Checked before encoding: encoding can only make text longer.
  if (body.length > limit) return undefined;
  const address = /^[^\s@<>"',;?&]+@[^\s@<>"',;?&]+\.[a-z]{2,}$/i.test(to) ? encodeURIComponent(to).replace(/%40/g, '@') : '';
  return `mailto:${address}?subject=${encodeURIComponent(wellFormed(subject))}&body=${encodeURIComponent(wellFormed(body))}`;
}

/** The office a call goes to: "Senator Moreno's office" and its number. */
export interface PhoneTarget {
  office: string;
  phone: string;
}

/**
 * A phone script of at most 100 words (under 40 seconds read aloud): who is calling and from
 * where, the one request, and a question the staffer can answer.
 */
export function phoneScript(
  letter: Pick<LetterStructure, 'asks' | 'subject'>,
  caller: { name?: string; city?: string; zip?: string },
  target?: PhoneTarget,
): string {
  const name = caller.name?.trim() || placeholderFields.name;
  const city = caller.city?.trim() || placeholderFields.city;
  const zip = caller.zip?.trim() || placeholderFields.zip;
  const office = target?.office ?? 'the office';
  const ask = letter.asks[0];
  const lines = [
    target ? `Call ${target.office} at ${target.phone}.` : 'Call the office (choose a person above to see the number).',
    `"Hello, my name is ${name}. I live in ${city}, ZIP code ${zip}, and I am a constituent.`,
    ask
      ? `I am calling about the privacy of patients' medical images. I ask ${office === 'the office' ? 'you' : office.replace(/'s office$/, '')} to ${withoutFinalStop(lowerFirst(ask))}.`
      : `I am calling about the privacy of patients' medical images: ${withoutFinalStop(letter.subject)}.`,
    'Where does the office stand on this? Thank you."',
  ];
  return lines.join('\n');
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
    subject: recipient === 'state-legislator' ? "Protect patients' medical images in {{state}}" : "Close the gaps in federal law on patients' medical images",
  };
}
