/**
 * <protection-finder>: pick a state and a worry; see the short answer, your state's next steps, the
 * article that explains it, then the laws that apply and the gaps. The choice lives in the URL
 * (`?state=tx&situation=<scenario-id>`), so Back, reload, bookmarks and shared links restore it.
 * The page carries the situations; laws and cells load from the letter builder's jurisdiction files
 * (/letters/data/us.json and /letters/data/<state>.json) when a state is chosen. All text is set
 * with textContent.
 */
import { letterUrl } from '../lib/letter-url';
import { answerFromSlices, finderQuery, parseFinderQuery, slicesFor, stepsFor, type FinderChoice, type FinderShell, type FinderSlice } from '../lib/finder';
import { statusInfo, type Status } from '../lib/gap-model';
import { curlyQuotes } from '../lib/typography';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  // Text from the model is typed with straight quotes; the page around it has curly ones.
  if (text !== undefined) node.textContent = curlyQuotes(text);
  if (className) node.className = className;
  return node;
}

function badge(status: Status): HTMLSpanElement {
  const span = element('span', undefined, `status status--${status}`);
  const icon = element('span', statusInfo[status].icon, 'status__icon');
  icon.setAttribute('aria-hidden', 'true');
  span.append(icon, ` ${statusInfo[status].label}`);
  return span;
}

/** A root-relative path of this site, under its base path (a sub-path host). */
const local = (path: string) => import.meta.env.BASE_URL + path.slice(1);

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = href.startsWith('/') ? local(href) : href;
  return a;
}

class ProtectionFinder extends HTMLElement {
  #shell!: FinderShell;
  #state!: HTMLSelectElement;
  #scenario!: HTMLSelectElement;
  #output!: HTMLElement;
  #slices = new Map<string, FinderSlice | 'loading' | 'failed'>();
  #title = document.title;

  connectedCallback() {
    this.#shell = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent ?? '{}') as FinderShell;
    this.#state = this.querySelector('select[name="state"]')!;
    this.#scenario = this.querySelector('select[name="situation"]')!;
    this.#output = this.querySelector('[data-output]')!;
    const form = this.querySelector('form')!;
    form.hidden = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    for (const select of [this.#state, this.#scenario]) select.addEventListener('change', () => this.#choose());
    window.addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  /** Set the menus from the URL and show its answer (first load, Back, Forward). */
  #restore() {
    const choice = parseFinderQuery(window.location.search, this.#shell);
    this.#state.value = choice.state ?? '';
    this.#scenario.value = choice.situation ?? '';
    this.#render(choice);
  }

  /** The reader changed a menu: a new history entry, so Back returns to the previous answer. */
  #choose() {
    const choice: FinderChoice = {
      ...(this.#state.value ? { state: this.#state.value } : {}),
      ...(this.#scenario.value ? { situation: this.#scenario.value } : {}),
    };
    const query = finderQuery(choice);
    if (query !== window.location.search) history.pushState(null, '', `${window.location.pathname}${query}`);
    this.#render(choice);
  }

  /** What to draw again when a file arrives: the answer on screen, if it waits for laws. */
  #waiting: (() => void) | undefined;

  /** The jurisdiction files for a state, or undefined while any is loading (#waiting runs when one arrives). */
  #slicesReady(stateCode: string): FinderSlice[] | 'failed' | undefined {
    const codes = slicesFor(stateCode);
    for (const code of codes) {
      if (this.#slices.has(code)) continue;
      this.#slices.set(code, 'loading');
      fetch(local(`/letters/data/${code}.json`), { credentials: 'omit' })
        .then((response) => (response.ok ? (response.json() as Promise<FinderSlice>) : Promise.reject(new Error(String(response.status)))))
        .then((loaded) => this.#slices.set(code, loaded))
        .catch(() => this.#slices.set(code, 'failed'))
        .finally(() => this.#waiting?.());
    }
    const slices = codes.map((code) => this.#slices.get(code));
    if (slices.includes('failed')) return 'failed';
    if (slices.includes('loading')) return undefined;
    return slices as FinderSlice[];
  }

  #render(choice: FinderChoice) {
    const state = this.#shell.states.find((candidate) => candidate.code === choice.state);
    const scenario = this.#shell.scenarios.find((candidate) => candidate.id === choice.situation);
    document.title = state && scenario ? curlyQuotes(`${state.name}: ${scenario.title} | ${this.#title}`) : this.#title;
    if (!state || !scenario) {
      const missing = !state && !scenario ? 'your state and your worry' : !state ? 'your state' : 'your worry';
      this.#output.replaceChildren(element('p', `Choose ${missing} to see what protects you.`));
      this.#waiting = undefined;
      if (state) this.#slicesReady(state.code); // start loading while the reader picks a worry
      return;
    }
    const parts: Node[] = [element('h2', `${state.name}: ${scenario.question}`)];
    if (scenario.shortAnswer) {
      const answer = element('section', undefined, 'short-answer');
      answer.append(element('h3', 'Short answer', 'short-answer__label'), element('p', scenario.shortAnswer));
      parts.push(answer);
    }
    if (scenario.explainer) {
      const explained = element('p', 'Explained in: ');
      explained.append(link(`/articles/${scenario.explainer.id}/`, scenario.explainer.title));
      parts.push(explained);
    }

    parts.push(element('h3', `What you can do now in ${state.name}`));
    const steps = element('ol', undefined, 'finder-steps');
    for (const step of stepsFor(scenario.nextSteps, state.code)) {
      const item = element('li');
      if (step.state) item.append(element('strong', `${state.name}: `));
      item.append(curlyQuotes(step.text));
      steps.append(item);
    }
    parts.push(steps);

    const laws = element('div', undefined, 'finder-laws');
    parts.push(laws);
    const more = element('ul', undefined, 'finder-more');
    for (const [href, text] of [
      [`/scenarios/${scenario.id}/`, 'Every law on this situation, with citations'],
      [`/states/${state.code}/`, `${state.name}: its laws and whom to contact`],
      [letterUrl({ state: state.code, to: 'us-representative', concerns: [scenario.id] }), 'Write to your U.S. Representative about this'],
    ] as const) {
      const item = element('li');
      item.append(link(href, text));
      more.append(item);
    }
    parts.push(more);
    this.#output.replaceChildren(...parts);
    this.#renderLaws(laws, state, scenario.id);
  }

  #renderLaws(target: HTMLElement, state: { code: string; name: string }, scenarioId: string) {
    this.#waiting = () => {
      // Only if the reader still looks at the same answer.
      if (target.isConnected) this.#renderLaws(target, state, scenarioId);
    };
    const slices = this.#slicesReady(state.code);
    if (slices !== undefined) this.#waiting = undefined;
    if (slices === undefined) {
      target.replaceChildren(element('p', `Loading the laws that apply in ${state.name}…`, 'meta'));
      return;
    }
    if (slices === 'failed') {
      const failed = element('p', 'The list of laws could not be loaded. ');
      failed.append(link(`/scenarios/${scenarioId}/`, 'Open the situation page instead'), '.');
      target.replaceChildren(failed);
      return;
    }
    const answer = answerFromSlices(slices, scenarioId, state.code);
    const parts: Node[] = [];
    if (!answer.hasStateLaw) {
      parts.push(element('p', `This site has found no ${state.name} law that adds protection beyond federal law, so only federal law applies.`));
    }
    const section = (title: string, entries: typeof answer.protections) => {
      parts.push(element('h3', title));
      if (entries.length === 0) {
        parts.push(element('p', 'None.'));
        return;
      }
      const list = element('ul', undefined, 'finder-list');
      for (const { law, cell } of entries) {
        const item = element('li');
        item.append(link(`/scenarios/${scenarioId}/#${law.id}`, law.name), ': ', badge(cell.status), element('p', cell.summary));
        if (cell.fix) item.append(element('p', `What would close it: ${cell.fix}`));
        list.append(item);
      }
      parts.push(list);
    };
    section('What protects you', answer.protections);
    section('Where the law leaves a gap', answer.gaps);
    // A state law with a gap or partial protection here has a letter to the state's legislators.
    if ([...answer.protections, ...answer.gaps].some(({ law, cell }) => law.jurisdiction === state.code && cell.status !== 'protected')) {
      const write = element('p');
      write.append(
        link(letterUrl({ state: state.code, to: 'state-legislator', concerns: [scenarioId] }), `Write to your ${state.name} legislators about this`),
      );
      parts.push(write);
    }
    if (answer.notApplicable > 0) {
      parts.push(
        element(
          'p',
          `${answer.notApplicable} other ${answer.notApplicable === 1 ? 'law' : 'laws'} in this model that apply in ${state.name} do not bear on this situation.`,
          'meta',
        ),
      );
    }
    target.replaceChildren(...parts);
  }
}

customElements.define('protection-finder', ProtectionFinder);
