/**
 * <letter-builder>: compose a letter in the browser from the gap model. Everything stays on this
 * page: no request is made while composing; a draft is stored only if the reader opts in. The
 * .docx writer is fetched from this site only when asked for. All text is set with textContent.
 */
import {
  builderTemplate,
  composeLetter,
  mailtoLink,
  phoneScript,
  type ComposedLetter,
  type LetterChoices,
  type LetterModel,
  type LetterTemplate,
  type RecipientKind,
} from '../lib/letters';
import { choicesFromTemplate, concernsFor, downloadName, droppedNotice, fixedTemplatesFor, parseDraft, recipientOptions } from '../lib/builder';
import { recipientKinds } from '../lib/letters';
import { safeStore, type SafeStore } from '../lib/storage';
import { cleanText, fieldLimits } from '../lib/text';

const draftKey = 'who-protects-my-scans:letter-draft';

/** A labelled radio button or checkbox, built without parsing HTML. */
function choice(type: 'radio' | 'checkbox', name: string, value: string, text: string, checked: boolean, disabled = false): HTMLLabelElement {
  const label = document.createElement('label');
  const input = document.createElement('input');
  Object.assign(input, { type, name, value, checked, disabled });
  label.append(input, ` ${text}`);
  return label;
}
const textFields = ['story', 'name', 'city', 'contact', 'recipientName', 'provider', 'scanDate'] as const;

class LetterBuilder extends HTMLElement {
  #model!: LetterModel;
  #templates!: LetterTemplate[];
  #form!: HTMLFormElement;
  #output!: HTMLElement;
  #status!: HTMLElement;
  #letter: ComposedLetter | undefined;
  #recipient: RecipientKind = 'us-representative';
  #store!: SafeStore;
  #saveFailed = false;

  connectedCallback() {
    const data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent ?? '{}') as { model: LetterModel; templates: LetterTemplate[] };
    // Links in the letter point at the address the reader is on (DECISIONS.md), not the build's.
    this.#model = { ...data.model, siteUrl: new URL(import.meta.env.BASE_URL, location.origin).href.replace(/\/$/, '') };
    this.#templates = data.templates;
    this.#form = this.querySelector('form')!;
    this.#output = this.querySelector('[data-letter]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#store = safeStore(() => window.localStorage);
    this.#form.hidden = false;
    this.querySelector<HTMLElement>('[data-output-section]')!.hidden = false;
    this.#restore();
    // Fields are length-limited (maxlength, and cleanText), so recomposing on each keystroke stays fast.
    this.#form.addEventListener('input', () => this.#update());
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'state' || target.name === 'recipient') this.#renderChoices();
      // Unticked by the reader: delete the draft. Unticked because saving failed: the status already says why.
      if (target.name === 'keepDraft' && !target.checked && !this.#saveFailed) this.#deleteDraft();
      this.#saveFailed = false;
      this.#update();
    });
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
    const fromUrl = choicesFromTemplate(this.#templates, new URLSearchParams(window.location.search).get('template'));
    const keep = this.#field('keepDraft');
    if (!this.#store.available) {
      keep.checked = false;
      keep.disabled = true;
      this.#setStatus('This browser does not let the site keep a draft, so nothing will be saved. Everything else works.');
    }
    const { draft, dropped } = parseDraft(this.#store.read(draftKey), {
      states: [...this.#field<HTMLSelectElement>('state').options].map((option) => option.value),
      recipients: recipientKinds,
      concerns: this.#model.scenarios.map((scenario) => scenario.id),
      templates: this.#templates.map((template) => template.id),
    });
    const hasDraft = Object.keys(draft).length > 0;
    keep.checked = hasDraft;
    const stateParam = new URLSearchParams(window.location.search).get('state');
    const state = typeof draft.state === 'string' && draft.state ? draft.state : stateParam;
    if (state && [...this.#field<HTMLSelectElement>('state').options].some((option) => option.value === state))
      this.#field<HTMLSelectElement>('state').value = state;
    for (const name of textFields) if (typeof draft[name] === 'string') this.#field<HTMLInputElement>(name).value = draft[name] as string;
    if (draft.length === 'brief') this.#field<HTMLInputElement>('length-brief').checked = true;
    this.#recipient = fromUrl?.recipient ?? (draft.recipient as RecipientKind | undefined) ?? 'us-representative';
    this.dataset.concerns = JSON.stringify(fromUrl?.concerns ?? (Array.isArray(draft.concerns) ? draft.concerns : []));
    this.dataset.fixedTemplate = fromUrl?.template ?? (typeof draft.fixedTemplate === 'string' ? draft.fixedTemplate : '');
    if (this.#store.available)
      this.#setStatus([hasDraft ? 'Your saved draft was restored from this device.' : '', droppedNotice(dropped)].filter(Boolean).join(' '));
    this.querySelector<HTMLElement>('[data-action="delete-draft"]')!.hidden = !hasDraft;
  }

  /** Rebuild the recipient and concern controls for the chosen state and recipient. */
  #renderChoices() {
    const state = this.#field<HTMLSelectElement>('state').value;
    const checked = this.#form.querySelector<HTMLInputElement>('input[name="recipient"]:checked');
    if (checked) this.#recipient = checked.value as RecipientKind;
    const options = recipientOptions(state);
    if (options.find((o) => o.value === this.#recipient)?.disabled) this.#recipient = 'us-representative';
    const recipientList = this.querySelector('[data-recipients]')!;
    recipientList.replaceChildren(
      ...options.map((option) => choice('radio', 'recipient', option.value, option.label, option.value === this.#recipient, option.disabled === true)),
    );
    const previous = JSON.parse(this.dataset.concerns ?? '[]') as string[];
    const selected = new Set([...this.#form.querySelectorAll<HTMLInputElement>('input[name="concern"]:checked')].map((input) => input.value));
    const keep = selected.size > 0 ? selected : new Set(previous);
    const fixed = fixedTemplatesFor(this.#templates, this.#recipient);
    const concernBox = this.querySelector('[data-concerns]')!;
    const legend = this.querySelector('[data-concerns-legend]')!;
    if (fixed.length > 0) {
      legend.textContent = 'Which letter';
      const currentFixed = this.dataset.fixedTemplate;
      concernBox.replaceChildren(
        ...fixed.map((template, i) => choice('radio', 'fixedTemplate', template.id, template.title, currentFixed ? template.id === currentFixed : i === 0)),
      );
      if (!concernBox.querySelector('input:checked')) (concernBox.querySelector('input') as HTMLInputElement).checked = true;
    } else {
      legend.textContent = 'Your concerns (choose one or more)';
      const available = concernsFor(this.#templates, this.#recipient);
      const scenarios = this.#model.scenarios.filter((scenario) => available.includes(scenario.id));
      const anyKept = scenarios.some((scenario) => keep.has(scenario.id));
      concernBox.replaceChildren(
        ...scenarios.map((scenario, i) => choice('checkbox', 'concern', scenario.id, scenario.question, anyKept ? keep.has(scenario.id) : i === 0)),
      );
    }
    this.#renderLookups(state);
  }

  #renderLookups(stateCode: string) {
    const list = this.querySelector('[data-lookups]')!;
    const state = this.querySelector<HTMLElement>(`[data-state-lookup="${stateCode}"]`);
    const items: HTMLElement[] = [];
    for (const template of this.querySelectorAll<HTMLElement>('[data-lookup-for]')) {
      const kinds = (template.dataset.lookupFor ?? '').split(' ');
      if (kinds.includes(this.#recipient)) items.push(template.cloneNode(true) as HTMLElement);
    }
    if (state && (this.#recipient === 'state-legislator' || this.#recipient === 'state-attorney-general')) {
      for (const item of state.querySelectorAll<HTMLElement>(`[data-kind="${this.#recipient}"]`)) items.push(item.cloneNode(true) as HTMLElement);
    }
    for (const item of items) item.hidden = false;
    list.replaceChildren(...items);
  }

  #choices(): LetterChoices | undefined {
    // Typed text is cleaned once, here, so the page, mail link, .txt, .docx and draft all agree.
    const value = (name: string) => cleanText(this.#field<HTMLInputElement>(name).value, name === 'story' ? fieldLimits.story : fieldLimits.line);
    const base = {
      state: value('state') || undefined,
      recipient: this.#recipient,
      length: this.#field<HTMLInputElement>('length-brief').checked ? ('brief' as const) : ('detailed' as const),
      story: value('story'),
      name: value('name'),
      city: value('city'),
      contact: value('contact'),
      recipientName: value('recipientName'),
      provider: value('provider'),
      scanDate: value('scanDate'),
    };
    const fixed = this.#form.querySelector<HTMLInputElement>('input[name="fixedTemplate"]:checked');
    if (fixed) return { ...base, template: fixed.value };
    const concerns = [...this.#form.querySelectorAll<HTMLInputElement>('input[name="concern"]:checked')].map((input) => input.value);
    const template = builderTemplate(this.#templates, this.#recipient, concerns);
    return template ? ({ ...base, template: template.id, concerns, _template: template } as LetterChoices) : undefined;
  }

  #update() {
    const choices = this.#choices();
    if (!choices) {
      this.#letter = undefined;
      this.#output.textContent = 'Choose at least one concern to see your letter.';
      this.#updateChannels();
      return;
    }
    const merged = (choices as LetterChoices & { _template?: LetterTemplate })._template;
    const templates = merged && !this.#templates.some((t) => t.id === merged.id) ? [...this.#templates, merged] : this.#templates;
    this.#letter = composeLetter(this.#model, templates, choices);
    this.#output.textContent = this.#letter.text;
    this.querySelector('[data-phone]')!.textContent = phoneScript(this.#letter, { name: choices.name ?? '', city: choices.city ?? '' });
    this.#updateChannels();
    this.#saveDraft(choices);
  }

  #updateChannels() {
    const mail = this.querySelector<HTMLAnchorElement>('[data-action="mail"]')!;
    const fallback = this.querySelector<HTMLElement>('[data-mail-fallback]')!;
    const href = this.#letter ? mailtoLink(this.#letter.subject, this.#letter.text) : undefined;
    if (href) mail.href = href;
    else mail.removeAttribute('href');
    mail.hidden = href === undefined;
    fallback.hidden = href !== undefined || this.#letter === undefined;
  }

  #saveDraft(choices: LetterChoices) {
    if (!this.#field('keepDraft').checked) return;
    const fixed = this.#form.querySelector<HTMLInputElement>('input[name="fixedTemplate"]:checked')?.value ?? '';
    const { story, name, city, contact, recipientName, provider, scanDate, state, length } = choices;
    const saved = this.#store.write(
      draftKey,
      JSON.stringify({
        story,
        name,
        city,
        contact,
        recipientName,
        provider,
        scanDate,
        state: state ?? '',
        length,
        recipient: this.#recipient,
        concerns: choices.concerns ?? [],
        fixedTemplate: fixed,
      }),
    );
    if (!saved) {
      this.#saveFailed = true;
      this.#field('keepDraft').checked = false;
      this.querySelector<HTMLElement>('[data-action="delete-draft"]')!.hidden = true;
      this.#setStatus(
        'Your draft could not be saved on this device (storage is full or blocked), so "Keep a draft" was turned off. Copy or download the letter to keep it.',
      );
      return;
    }
    this.querySelector<HTMLElement>('[data-action="delete-draft"]')!.hidden = false;
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
    if (this.#letter) this.#save(new Blob([this.#letter.text], { type: 'text/plain;charset=utf-8' }), downloadName(this.#recipient, 'txt'));
  }

  async #downloadDocx() {
    if (!this.#letter) return;
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
      blob = await Packer.toBlob(new Document({ sections: [{ children: paragraphs }] }));
    } catch {
      this.#setStatus('The .docx file could not be prepared (are you offline?). Use "Download .txt" or "Copy letter" instead.');
      return;
    }
    this.#save(blob, downloadName(this.#recipient, 'docx'));
  }
}

customElements.define('letter-builder', LetterBuilder);
