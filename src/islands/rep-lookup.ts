/**
 * <rep-lookup>: who represents a ZIP code, found in the browser. Requests go to this site only,
 * and carry the ZIP's first three digits (a shard) and a state code, never the whole ZIP.
 * Nothing is stored. Everything is set with textContent. Inside the letter builder
 * (data-choose), each person gets a "Write to" button that fires `representative-chosen`.
 */
import {
  attorneyGeneral,
  checkZip,
  congressFor,
  findZip,
  isStale,
  legislatureFor,
  localDate,
  longDate,
  nearestOffice,
  officialLookups,
  salutationFor,
  shardPath,
  statePath,
  telHref,
  titleFor,
  zipProblem,
  type Person,
  type RepresentativesMeta,
  type StateFile,
  type ZipShard,
} from '../lib/representatives';

export interface LookupConfig {
  meta: RepresentativesMeta;
  /** State code -> name and official "find my legislator" page. */
  states: Record<string, { name: string; lookupUrl: string }>;
}
export interface ChosenDetail {
  person: Person;
  state: string;
  title: string;
  salutation: string;
  /** The office to call: the DC office and the district office nearest by ZIP. */
  phones: { label: string; phone: string }[];
  /** The ZIP code the reader typed (it stays in the page: the builder puts it in the signature). */
  zip: string;
}

type Child = Node | string | false | undefined;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((child): child is Node | string => Boolean(child)));
  return node;
}
/** A root-relative path of this site under its base path (a sub-path host). */
const underBase = (path: string) => (path.startsWith('/') && !path.startsWith('//') ? import.meta.env.BASE_URL + path.slice(1) : path);
const link = (href: string, text: string) => el('a', { href: underBase(href) }, text);

async function getJson<T>(path: string): Promise<T | undefined> {
  const response = await fetch(underBase(path), { credentials: 'omit' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as T;
}

class RepLookup extends HTMLElement {
  #config!: LookupConfig;
  #results!: HTMLElement;
  #zip = '';
  #seq = 0;

  connectedCallback() {
    this.#config = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as LookupConfig;
    const box = this.querySelector<HTMLElement>('[data-zip-form]')!;
    const input = box.querySelector<HTMLInputElement>('input[name="zip"]')!;
    this.#results = this.querySelector<HTMLElement>('[data-results]')!;
    box.hidden = false;
    box.querySelector('[data-find]')!.addEventListener('click', () => void this.#lookup(input.value));
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      void this.#lookup(input.value);
    });
  }

  #say(...children: Child[]) {
    this.#results.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
  }

  #officialLinks(state?: string) {
    const info = state ? this.#config.states[state] : undefined;
    return el(
      'ul',
      {},
      el('li', {}, link(officialLookups.house, 'Find your U.S. Representative by address (house.gov)')),
      state !== 'dc' && el('li', {}, link(officialLookups.senate, "Senators' contact information (senate.gov)")),
      info && el('li', {}, link(info.lookupUrl, `${info.name}: find your ${state === 'dc' ? 'Councilmembers' : 'state legislators'} (official)`)),
    );
  }

  async #lookup(input: string) {
    const seq = ++this.#seq;
    const check = checkZip(input);
    if (!check.ok) {
      this.#say(el('p', { className: 'notice' }, zipProblem(check)), this.#officialLinks());
      return;
    }
    this.#zip = check.zip;
    this.#say(el('p', {}, 'Looking up…'));
    try {
      const shard = await getJson<ZipShard>(shardPath(check.prefix));
      const result = findZip(shard, check.zip);
      const states = result.kind === 'found' ? result.states : result.statesForPrefix;
      const files = (await Promise.all(states.map((state) => getJson<StateFile>(statePath(state))))).filter((file): file is StateFile => file !== undefined);
      if (seq !== this.#seq) return;
      const parts: Child[] = [];
      if (result.kind === 'unknown') {
        parts.push(el('p', { className: 'notice' }, zipProblem(result)), this.#officialLinks(states.length === 1 ? states[0] : undefined));
        // The first three digits still name the state: its senators, attorney general and legislature.
        if (files.length === 1) parts.push(this.#stateSection(files[0]!, [], false));
      } else {
        if (files.length > 1)
          parts.push(
            el(
              'p',
              { className: 'notice' },
              `This ZIP code crosses a state line (${files.map((f) => this.#config.states[f.state]?.name ?? f.state).join(' and ')}). Use the section for the state you live in.`,
            ),
          );
        for (const file of files) parts.push(this.#stateSection(file, result.districts, files.length > 1));
      }
      parts.push(this.#freshness());
      this.#say(...parts);
    } catch {
      if (seq !== this.#seq) return;
      this.#say(
        el('p', { className: 'notice' }, 'The lookup could not load its data (are you offline?). The official lookups work from your street address:'),
        this.#officialLinks(),
      );
    }
  }

  #stateSection(file: StateFile, districts: { state: string; district: string }[], withHeading: boolean) {
    const state = { code: file.state, name: this.#config.states[file.state]?.name ?? file.state.toUpperCase() };
    const dc = state.code === 'dc';
    const section = el('section', { className: 'reps' });
    if (withHeading) section.append(el('h2', {}, state.name));
    const { senators, representatives } = congressFor(file, districts);
    if (!dc) section.append(el('h3', {}, 'Your U.S. Senators'), this.#people(senators, state));
    if (districts.length > 0) {
      section.append(
        el(
          'h3',
          {},
          dc ? 'Your Delegate to the U.S. House' : representatives.length > 1 ? 'Your U.S. Representative: one of these' : 'Your U.S. Representative',
        ),
      );
      if (representatives.length > 1)
        section.append(
          el(
            'p',
            {},
            `Your ZIP code spans ${representatives.length} congressional districts, so it cannot say which one is yours. `,
            link(officialLookups.house, 'The official house.gov lookup'),
            ' settles it from your street address.',
          ),
        );
      section.append(this.#people(representatives, state));
    } else section.append(el('p', {}, 'Your U.S. Representative: ', link(officialLookups.house, 'find yours by address on house.gov'), '.'));
    const ag = attorneyGeneral(file);
    section.append(el('h3', {}, dc ? 'Attorney General for the District of Columbia' : 'Your state attorney general'));
    section.append(
      ag
        ? this.#people([ag], state)
        : el(
            'p',
            {},
            'Our data has no entry for this office. ',
            link(dc ? officialLookups.dcAttorneyGeneral : (this.#config.states[state.code]?.lookupUrl ?? officialLookups.house), 'The office’s official site'),
            '.',
          ),
    );
    section.append(this.#legislature(file, state));
    return section;
  }

  #legislature(file: StateFile, state: { code: string; name: string }) {
    const dc = state.code === 'dc';
    const official = this.#config.states[state.code]?.lookupUrl;
    const box = el(
      'div',
      {},
      el('h3', {}, dc ? 'The Council of the District of Columbia' : 'Your state legislators'),
      el(
        'p',
        {},
        dc
          ? 'You are represented by your ward’s Councilmember and by the at-large members and the Chairman. '
          : 'A ZIP code cannot tell your state districts. ',
        official && link(official, dc ? 'The Council’s list of members' : `${state.name}’s official “find my legislator” page`),
        official && (dc ? ' shows who is who.' : ' finds them from your address; then pick your district here.'),
      ),
    );
    for (const chamber of legislatureFor(file)) {
      const id = `district-${state.code}-${chamber.chamber}-${Math.random().toString(36).slice(2, 7)}`;
      const select = el('select', { id }, el('option', { value: '' }, dc ? 'Choose a member' : 'Choose your district'));
      chamber.people.forEach((person, i) =>
        select.append(el('option', { value: String(i) }, `${dc ? person.district : `District ${person.district}`}: ${person.name}`)),
      );
      const card = el('div', {});
      select.addEventListener('change', () =>
        card.replaceChildren(...(select.value === '' ? [] : [this.#people([chamber.people[Number(select.value)]!], state)])),
      );
      box.append(el('label', { htmlFor: id }, chamber.name), select, card);
    }
    return box;
  }

  #people(people: Person[], state: { code: string; name: string }) {
    const today = localDate(new Date());
    return el('ul', { className: 'reps__list' }, ...people.map((person) => el('li', { className: 'reps__person' }, ...this.#card(person, state, today))));
  }

  #card(person: Person, state: { code: string; name: string }, today: string): Child[] {
    const title = titleFor(person, state);
    const office = nearestOffice(person, this.#zip);
    const phones = [
      person.phone && { label: person.kind.startsWith('us-') ? 'Washington office' : 'Office', phone: person.phone },
      office?.phone && { label: `${office.city ?? 'District'} office`, phone: office.phone },
    ].filter((item): item is { label: string; phone: string } => Boolean(item));
    const stale = isStale(person, today, this.#config.meta);
    const parts: Child[] = [
      el('p', { className: 'reps__name' }, el('strong', {}, person.name), person.party ? ` (${person.party})` : ''),
      el('p', {}, title),
      phones.length > 0 && el('p', {}, ...phones.flatMap((p, i) => [i > 0 ? ' · ' : '', `${p.label}: `, link(telHref(p.phone), p.phone)])),
      el(
        'p',
        {},
        ...[
          person.url && link(person.url, 'Website'),
          person.form && link(person.form, 'Contact form'),
          person.email && link(`mailto:${person.email}`, person.email),
        ]
          .filter(Boolean)
          .flatMap((node, i) => [i > 0 ? ' · ' : '', node as Node]),
      ),
      stale &&
        el(
          'p',
          { className: 'notice' },
          `The term this record describes ended on ${longDate(person.end ?? this.#config.meta.congress.termEnds ?? today)}: this may no longer be who holds the seat. Check the `,
          link(
            person.kind.startsWith('us-') ? officialLookups.house : (this.#config.states[state.code]?.lookupUrl ?? officialLookups.house),
            'official lookup',
          ),
          '.',
        ),
    ];
    if (this.hasAttribute('data-choose')) {
      const detail: ChosenDetail = { person, state: state.code, title, salutation: salutationFor(person, state.code), phones, zip: this.#zip };
      const button = el(
        'button',
        { type: 'button' },
        `Write to ${salutationFor(person, state.code)
          .replace(/^Dear /, '')
          .replace(/,$/, '')}`,
      );
      button.addEventListener('click', () => this.dispatchEvent(new CustomEvent<ChosenDetail>('representative-chosen', { detail, bubbles: true })));
      parts.push(button);
    }
    return parts;
  }

  #freshness() {
    const { congress, zccd, openstates } = this.#config.meta;
    return el(
      'p',
      { className: 'meta' },
      `Members of Congress as of ${longDate(congress.asOf)} (the ${congress.congress}th Congress, whose terms end on ${longDate(congress.termEnds ?? '')}); ZIP areas and districts from the Census for the ${zccd.congress}th Congress; state officials as of ${longDate(openstates.asOf)}. Members of Congress elected in November 2026 take office on January 3, 2027, and many state officials change in January too. `,
      link('/representatives/#about-the-data', 'About this data'),
      '.',
    );
  }
}

customElements.define('rep-lookup', RepLookup);
