/**
 * <letter-builder>: compose a letter in the browser from the gap model. Steps: who (with the ZIP
 * lookup), what, your story, send. The page carries templates and situations only; the model's
 * cells load from this site (/letters/data/us.json, /letters/data/<state>.json) when the reader
 * chooses. No request carries anything the reader typed; a draft is stored only if the reader
 * opts in; storage goes through src/lib/storage.ts (never throws) and typed text through
 * src/lib/text.ts (cleanText), so a blocked or full store or odd characters never break it.
 * The .docx writer is fetched from this site only when asked for. All text is set with textContent.
 */
import {
  bodyWords,
  builderTemplate,
  composeLetter,
  letterLimits,
  mailtoLink,
  phoneScript,
  type ComposedLetter,
  type LetterChoices,
  type LetterTemplate,
  type RecipientKind,
} from '../lib/letters';
import {
  assembleModel,
  choicesFromTemplate,
  concernsFor,
  downloadName,
  droppedNotice,
  fixedTemplatesFor,
  parseDraft,
  recipientOptions,
  type LetterShellData,
  type LetterSlice,
} from '../lib/builder';
import { recipientKinds } from '../lib/letters';
import { safeStore, type SafeStore } from '../lib/storage';
import { cleanText, fieldLimits } from '../lib/text';
import { letterUrl, parseLetterUrl } from '../lib/letter-url';
import { localDate, longDate, officialLookups, telHref } from '../lib/representatives';
import type { ChosenDetail } from './rep-lookup';
import './rep-lookup';

const draftKey = 'who-protects-my-scans:letter-draft';

/** A labelled radio button or checkbox, built without parsing HTML. */
function choice(type: 'radio' | 'checkbox', name: string, value: string, text: string, checked: boolean, disabled = false): HTMLLabelElement {
  const label = document.createElement('label');
  const input = document.createElement('input');
  Object.assign(input, { type, name, value, checked, disabled });
  label.append(input, ` ${text}`);
  return label;
}
const textFields = ['story', 'name', 'street', 'city', 'zip', 'contact', 'recipientName', 'provider', 'scanDate'] as const;
const stateLevel = (kind: RecipientKind) => kind === 'state-legislator' || kind === 'state-attorney-general';
const congress = (kind: RecipientKind) => kind === 'us-senator' || kind === 'us-representative';

class LetterBuilder extends HTMLElement {
  #shell!: LetterShellData;
  #templates!: LetterTemplate[];
  #lookups: Record<string, { legislature: string; attorneyGeneral?: string }> = {};
  #slices = new Map<string, LetterSlice | 'loading' | 'failed'>();
  #form!: HTMLFormElement;
  #output!: HTMLElement;
  #status!: HTMLElement;
  #letter: ComposedLetter | undefined;
  #recipient: RecipientKind | undefined;
  #chosen: ChosenDetail | undefined;
  #store!: SafeStore;
  #saveFailed = false;

  connectedCallback() {
    const data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent ?? '{}') as LetterShellData & {
      lookups: Record<string, { legislature: string; attorneyGeneral?: string }>;
    };
    this.#shell = data;
    this.#templates = data.templates;
    this.#lookups = data.lookups ?? {};
    this.#form = this.querySelector('form')!;
    this.#output = this.querySelector('[data-letter]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#store = safeStore(() => window.localStorage);
    this.#form.hidden = false;
    this.querySelector<HTMLDetailsElement>('.templates-list')?.removeAttribute('open');
    this.#restore();
    this.#form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).closest('rep-lookup')) return;
      if ((event.target as HTMLInputElement).name === 'recipientName') this.#chosen = undefined;
      this.#update();
    });
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.closest('rep-lookup')) return;
      if (target.name === 'recipient') this.#setRecipient(target.value as RecipientKind);
      if (target.name === 'state') {
        if (this.#chosen && this.#chosen.state !== target.value) this.#forgetPerson();
        this.#renderChoices();
      }
      // Unticked by the reader: delete the draft. Unticked because saving failed: the status already says why.
      if (target.name === 'keepDraft' && !target.checked && !this.#saveFailed) this.#deleteDraft();
      this.#saveFailed = false;
      this.#update();
    });
    this.addEventListener('representative-chosen', (event) => this.#choosePerson((event as CustomEvent<ChosenDetail>).detail));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.querySelector('[data-action="delete-draft"]')!.addEventListener('click', () => this.#deleteDraft());
    this.querySelector('[data-action="copy"]')!.addEventListener('click', () => void this.#copy());
    this.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
    this.querySelector('[data-action="txt"]')!.addEventListener('click', () => this.#downloadText());
    this.querySelector('[data-action="docx"]')!.addEventListener('click', () => void this.#downloadDocx());
    this.#renderChoices();
    this.#update();
  }

  #field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return this.#form.elements.namedItem(name) as unknown as T;
  }

  #restore() {
    const search = window.location.search;
    const fromTemplate = choicesFromTemplate(this.#templates, new URLSearchParams(search).get('template'));
    const link = parseLetterUrl(search, { states: this.#shell.states.map((s) => s.code), concerns: this.#shell.scenarios.map((s) => s.id) });
    const keep = this.#field('keepDraft');
    if (!this.#store.available) {
      keep.checked = false;
      keep.disabled = true;
    }
    const { draft, dropped } = parseDraft(this.#store.read(draftKey), {
      states: this.#shell.states.map((s) => s.code),
      recipients: recipientKinds,
      concerns: this.#shell.scenarios.map((s) => s.id),
      templates: this.#templates.map((t) => t.id),
    });
    const hasDraft = Object.keys(draft).length > 0;
    keep.checked = hasDraft;
    this.querySelector<HTMLElement>('[data-action="delete-draft"]')!.hidden = !hasDraft;
    const stateSelect = this.#field<HTMLSelectElement>('state');
    const state = link.state ?? (typeof draft.state === 'string' ? draft.state : '');
    if (state && [...stateSelect.options].some((option) => option.value === state)) stateSelect.value = state;
    for (const name of textFields) if (typeof draft[name] === 'string') this.#field<HTMLInputElement>(name).value = draft[name] as string;
    if (draft.length === 'detailed') this.#field<HTMLInputElement>('length-detailed').checked = true;
    const recipient = fromTemplate?.recipient ?? link.to ?? (draft.recipient as RecipientKind | undefined);
    this.#recipient = recipient && recipientOptions(state).some((o) => o.value === recipient && !o.disabled) ? recipient : undefined;
    this.dataset.concerns = JSON.stringify(fromTemplate?.concerns ?? link.concerns ?? (Array.isArray(draft.concerns) ? draft.concerns : []));
    this.dataset.fixedTemplate = fromTemplate?.template ?? (typeof draft.fixedTemplate === 'string' ? draft.fixedTemplate : '');
    if (!this.#store.available) this.#setStatus('This browser does not let the site keep a draft, so nothing will be saved. Everything else works.');
    else this.#setStatus([hasDraft ? 'Your saved draft was restored from this device.' : '', droppedNotice(dropped)].filter(Boolean).join(' '));
  }

  #setRecipient(kind: RecipientKind) {
    if (kind === this.#recipient) return;
    this.#recipient = kind;
    // A new recipient starts a new salutation: the previous person's name does not carry over.
    this.#forgetPerson();
    this.#renderChoices();
  }

  #forgetPerson() {
    this.#chosen = undefined;
    this.#field<HTMLInputElement>('recipientName').value = '';
    this.querySelector<HTMLElement>('[data-chosen]')!.textContent = '';
  }

  #choosePerson(detail: ChosenDetail) {
    const stateSelect = this.#field<HTMLSelectElement>('state');
    if (stateSelect.value !== detail.state) stateSelect.value = detail.state;
    this.#recipient = detail.person.kind;
    this.#renderChoices();
    this.#chosen = detail;
    this.#field<HTMLInputElement>('recipientName').value = detail.person.name;
    const zip = this.#field<HTMLInputElement>('zip');
    if (!zip.value.trim()) zip.value = detail.zip;
    const salute = detail.salutation.replace(/^Dear /, '').replace(/,$/, '');
    this.querySelector<HTMLElement>('[data-chosen]')!.textContent = `Writing to ${salute} (${detail.title}).`;
    const lookup = this.querySelector<HTMLDetailsElement>('[data-zip-lookup]');
    if (lookup) lookup.open = false;
    this.#update();
    this.querySelector<HTMLElement>('[data-concerns-step]')?.scrollIntoView({ block: 'start' });
    this.#setStatus(`${salute} chosen. Now choose what you are writing about.`);
  }

  /** Rebuild the recipient and concern controls for the chosen state and recipient. */
  #renderChoices() {
    const state = this.#field<HTMLSelectElement>('state').value;
    const options = recipientOptions(state);
    if (this.#recipient && options.find((o) => o.value === this.#recipient)?.disabled) this.#recipient = undefined;
    this.querySelector('[data-recipients]')!.replaceChildren(
      ...options.map((option) => choice('radio', 'recipient', option.value, option.label, option.value === this.#recipient, option.disabled === true)),
    );
    const previous = JSON.parse(this.dataset.concerns ?? '[]') as string[];
    const selected = new Set([...this.#form.querySelectorAll<HTMLInputElement>('input[name="concern"]:checked')].map((input) => input.value));
    const keep = selected.size > 0 ? selected : new Set(previous);
    const concernBox = this.querySelector('[data-concerns]')!;
    const legend = this.querySelector('[data-concerns-legend]')!;
    const storyStep = this.querySelector<HTMLElement>('[data-story-step]')!;
    if (!this.#recipient) {
      legend.textContent = '2. What it is about';
      concernBox.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'First choose who you are writing to.' }));
      storyStep.hidden = false;
      return;
    }
    const fixed = fixedTemplatesFor(this.#templates, this.#recipient);
    // A records request or complaint needs no personal story; letters to officials do.
    storyStep.hidden = fixed.length > 0;
    if (fixed.length > 0) {
      legend.textContent = '2. Which letter';
      const currentFixed = this.dataset.fixedTemplate;
      concernBox.replaceChildren(...fixed.map((template) => choice('radio', 'fixedTemplate', template.id, template.title, template.id === currentFixed)));
    } else {
      legend.textContent = '2. What it is about (choose one or more)';
      const available = concernsFor(this.#templates, this.#recipient);
      const scenarios = this.#shell.scenarios.filter((scenario) => available.includes(scenario.id));
      concernBox.replaceChildren(...scenarios.map((scenario) => choice('checkbox', 'concern', scenario.id, scenario.question, keep.has(scenario.id))));
    }
  }

  /** The model's slices this letter needs: federal law always (context), the state's own for state officials. */
  #needed(state: string): string[] {
    return this.#recipient && stateLevel(this.#recipient) && state ? ['us', state] : ['us'];
  }

  #slicesReady(codes: string[]): LetterSlice[] | undefined {
    const ready: LetterSlice[] = [];
    for (const code of codes) {
      const slice = this.#slices.get(code);
      if (slice === undefined) {
        this.#slices.set(code, 'loading');
        fetch(`${import.meta.env.BASE_URL}letters/data/${code}.json`, { credentials: 'omit' })
          .then((response) => (response.ok ? (response.json() as Promise<LetterSlice>) : Promise.reject(new Error(String(response.status)))))
          .then((loaded) => this.#slices.set(code, loaded))
          .catch(() => this.#slices.set(code, 'failed'))
          .finally(() => this.#update());
        return undefined;
      }
      if (slice === 'loading') return undefined;
      if (slice === 'failed') throw new Error('failed');
      ready.push(slice);
    }
    return ready;
  }

  #choices(): (LetterChoices & { merged?: LetterTemplate }) | undefined {
    if (!this.#recipient) return undefined;
    // Typed text is cleaned once, here, so the page, mail link, .txt, .docx and draft all agree.
    const value = (name: string) => cleanText(this.#field<HTMLInputElement>(name).value, name === 'story' ? fieldLimits.story : fieldLimits.line);
    const base: LetterChoices = {
      template: '',
      state: value('state') || undefined,
      recipient: this.#recipient,
      length: this.#field<HTMLInputElement>('length-detailed').checked ? 'detailed' : 'brief',
      story: value('story'),
      name: value('name'),
      street: value('street'),
      city: value('city'),
      zip: value('zip'),
      contact: value('contact'),
      recipientName: value('recipientName'),
      recipientTitle: this.#chosen ? this.#chosen.salutation.replace(/^Dear /, '').replace(/ \S+,$/, '') : undefined,
      recipientChamber: this.#chosen?.person.chamber,
      provider: value('provider'),
      scanDate: value('scanDate'),
      date: longDate(localDate(new Date())),
    };
    const fixed = this.#form.querySelector<HTMLInputElement>('input[name="fixedTemplate"]:checked');
    if (fixed) return { ...base, template: fixed.value };
    const concerns = [...this.#form.querySelectorAll<HTMLInputElement>('input[name="concern"]:checked')].map((input) => input.value);
    const merged = builderTemplate(this.#templates, this.#recipient, concerns);
    return merged ? { ...base, template: merged.id, concerns, merged } : undefined;
  }

  #update() {
    const choices = this.#choices();
    this.#syncUrl();
    if (!choices) {
      this.#letter = undefined;
      this.#output.textContent = this.#recipient
        ? 'Choose what you are writing about to see your letter.'
        : 'Choose who you are writing to, and what about, to see your letter.';
      this.#updateChannels();
      return;
    }
    let slices: LetterSlice[] | undefined;
    try {
      slices = this.#slicesReady(this.#needed(choices.state ?? ''));
    } catch {
      this.#output.textContent = 'The letter could not load its data from this site (are you offline?). The ready-made templates below work without it.';
      return;
    }
    if (!slices) {
      this.#output.textContent = 'Preparing your letter…';
      return;
    }
    // Links in the letter point at the address the reader is on, not the build's.
    const model = assembleModel(this.#shell, slices, new URL(import.meta.env.BASE_URL, window.location.origin).href, choices.state);
    const templates = choices.merged && !this.#templates.some((t) => t.id === choices.merged!.id) ? [...this.#templates, choices.merged] : this.#templates;
    const { merged: _merged, ...plain } = choices;
    this.#letter = composeLetter(model, templates, plain);
    this.#output.textContent = this.#letter.text;
    const limits = letterLimits[plain.length ?? 'brief'];
    const words = bodyWords(this.#letter);
    const counts = [`${words} words (a ${plain.length} letter: at most ${limits.words})`];
    if (plain.length === 'brief')
      counts.push(`${this.#letter.text.length} characters with sources (at most ${limits.characters}, for web forms and mail links)`);
    if (this.#letter.omitted.length > 0) counts.push(`left out to keep it ${plain.length}: ${this.#letter.omitted.join('; ')}`);
    this.querySelector<HTMLElement>('[data-count]')!.textContent = `${counts.join('. ')}.`;
    this.#updateChannels();
    this.#saveDraft(plain);
  }

  #syncUrl() {
    const state = this.#field<HTMLSelectElement>('state').value || undefined;
    const concerns = [...this.#form.querySelectorAll<HTMLInputElement>('input[name="concern"]:checked')].map((input) => input.value);
    // Under the site's base path (a GitHub Pages project site serves it from /<repo>/).
    const url = `${import.meta.env.BASE_URL}${letterUrl({ state, to: this.#recipient, concerns }).slice(1)}`;
    try {
      if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(null, '', url);
    } catch {
      // Some embedded browsers refuse history changes; the builder works without them.
    }
  }

  /** Mail link, web form, phone: each a click away from the letter. */
  #updateChannels() {
    const letter = this.#letter;
    const kind = this.#recipient;
    const person = this.#chosen?.person;
    const mail = this.querySelector<HTMLAnchorElement>('[data-action="mail"]')!;
    const fallback = this.querySelector<HTMLElement>('[data-mail-fallback]')!;
    const href = letter ? mailtoLink(letter.subject, letter.text, person?.email ?? '') : undefined;
    if (href) mail.href = href;
    else mail.removeAttribute('href');
    mail.hidden = href === undefined;
    mail.textContent = person?.email ? `Email it to ${person.email}` : 'Open in my mail app';
    fallback.hidden = href !== undefined || letter === undefined;
    const web = this.querySelector<HTMLAnchorElement>('[data-web]')!;
    const stateCode = this.#field<HTMLSelectElement>('state').value;
    const stateLookup = this.#lookups[stateCode];
    const target = person?.form
      ? { href: person.form, text: `${this.#chosen!.salutation.replace(/^Dear /, '').replace(/,$/, '')}'s contact form` }
      : person?.url
        ? { href: person.url, text: `${this.#chosen!.salutation.replace(/^Dear /, '').replace(/,$/, '')}'s website` }
        : kind === 'us-senator'
          ? { href: officialLookups.senate, text: "Senators' contact pages (senate.gov)" }
          : kind === 'us-representative'
            ? { href: officialLookups.house, text: 'Find your representative’s contact form (house.gov)' }
            : kind === 'state-legislator' && stateLookup
              ? { href: stateLookup.legislature, text: stateCode === 'dc' ? 'The Council’s members (dccouncil.gov)' : 'Your state’s find-my-legislator page' }
              : kind === 'state-attorney-general' && stateLookup?.attorneyGeneral
                ? { href: stateLookup.attorneyGeneral, text: "The attorney general's complaint page" }
                : kind === 'hhs-ocr'
                  ? { href: 'https://www.hhs.gov/hipaa/filing-a-complaint/index.html', text: 'File a HIPAA complaint (hhs.gov)' }
                  : undefined;
    web.hidden = !target || !letter;
    if (target) Object.assign(web, { href: target.href, textContent: `Paste it into ${target.text}` });
    // The phone script: for letters to officials, with the office's number when a person is chosen.
    const phoneBox = this.querySelector<HTMLDetailsElement>('[data-phone-box]')!;
    phoneBox.hidden = !letter || !kind || !(congress(kind) || stateLevel(kind));
    if (letter && kind) {
      const phone = this.#chosen?.phones[0];
      const office = this.#chosen ? `${this.#chosen.salutation.replace(/^Dear /, '').replace(/,$/, '')}'s office` : undefined;
      const script = phoneScript(
        letter,
        {
          name: this.#field<HTMLInputElement>('name').value,
          city: this.#field<HTMLInputElement>('city').value,
          zip: this.#field<HTMLInputElement>('zip').value,
        },
        phone && office ? { office, phone: phone.phone } : undefined,
      );
      this.querySelector('[data-phone]')!.textContent = script;
      const call = this.querySelector<HTMLAnchorElement>('[data-call]')!;
      call.hidden = !phone;
      if (phone) Object.assign(call, { href: telHref(phone.phone), textContent: `Call ${phone.phone} (${phone.label})` });
      const switchboard = this.querySelector<HTMLElement>('[data-switchboard]')!;
      switchboard.hidden = Boolean(phone) || !congress(kind);
    }
  }

  #saveDraft(choices: LetterChoices) {
    const deleteButton = this.querySelector<HTMLElement>('[data-action="delete-draft"]')!;
    if (!this.#field('keepDraft').checked) return;
    const fixed = this.#form.querySelector<HTMLInputElement>('input[name="fixedTemplate"]:checked')?.value ?? '';
    const { story, name, street, city, zip, contact, recipientName, provider, scanDate, state, length } = choices;
    const saved = this.#store.write(
      draftKey,
      JSON.stringify({
        story,
        name,
        street,
        city,
        zip,
        contact,
        recipientName,
        provider,
        scanDate,
        state: state ?? '',
        length,
        recipient: this.#recipient ?? '',
        concerns: choices.concerns ?? [],
        fixedTemplate: fixed,
      }),
    );
    if (!saved) {
      this.#saveFailed = true;
      this.#field('keepDraft').checked = false;
      deleteButton.hidden = true;
      this.#setStatus(
        'Your draft could not be saved on this device (storage is full or blocked), so "Keep a draft" was turned off. Copy or download the letter to keep it.',
      );
      return;
    }
    deleteButton.hidden = false;
  }

  #deleteDraft() {
    this.#store.remove(draftKey);
    this.#field('keepDraft').checked = false;
    this.querySelector<HTMLElement>('[data-action="delete-draft"]')!.hidden = true;
    this.#setStatus('Your draft was deleted from this device.');
  }

  #setStatus(text: string) {
    this.#status.textContent = text;
  }

  async #copy() {
    if (!this.#letter) return;
    try {
      await navigator.clipboard.writeText(this.#letter.text);
      this.#setStatus('Letter copied to the clipboard.');
    } catch {
      const range = document.createRange();
      range.selectNodeContents(this.#output);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      this.#setStatus('Copying was blocked: the letter is selected, press Ctrl+C (or Cmd+C) to copy it.');
    }
  }

  #save(blob: Blob, name: string) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.#setStatus(`Downloaded ${name}.`);
  }

  #downloadText() {
    if (this.#letter && this.#recipient) this.#save(new Blob([this.#letter.text], { type: 'text/plain;charset=utf-8' }), downloadName(this.#recipient, 'txt'));
  }

  async #downloadDocx() {
    if (!this.#letter || !this.#recipient) return;
    this.#setStatus('Preparing the .docx file…');
    const text = cleanText(this.#letter.text, Number.POSITIVE_INFINITY);
    let blob: Blob;
    try {
      const { Document, Packer, Paragraph, TextRun } = await import('docx');
      const paragraphs = text.split('\n\n').map(
        (block) =>
          new Paragraph({
            children: block.split('\n').flatMap((line, i) => (i === 0 ? [new TextRun(line)] : [new TextRun({ text: line, break: 1 })])),
            spacing: { after: 200 },
          }),
      );
      // US Letter, 8.5 x 11 in (in twentieths of a point), one-inch margins.
      const page = { size: { width: 12240, height: 15840 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } };
      blob = await Packer.toBlob(new Document({ sections: [{ properties: { page }, children: paragraphs }] }));
    } catch {
      this.#setStatus('The .docx file could not be prepared (are you offline?). Use "Download .txt" or "Copy" instead.');
      return;
    }
    this.#save(blob, downloadName(this.#recipient, 'docx'));
  }
}

customElements.define('letter-builder', LetterBuilder);
