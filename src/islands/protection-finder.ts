/**
 * <protection-finder>: pick a state and a worry, see the laws that apply, the gaps and next
 * steps at once. Reads the model from a JSON block on the page; no request is made.
 */
import { letterUrl } from '../lib/letter-url';
import { answerFinder, type FinderData } from '../lib/finder';
import { statusInfo, type Status } from '../lib/gap-model';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
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

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', text);
  // Root-relative paths of this site, under its base path (a sub-path host).
  a.href = href.startsWith('/') ? import.meta.env.BASE_URL + href.slice(1) : href;
  return a;
}

class ProtectionFinder extends HTMLElement {
  #data!: FinderData;
  #state!: HTMLSelectElement;
  #scenario!: HTMLSelectElement;
  #output!: HTMLElement;

  connectedCallback() {
    this.#data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent ?? '{}') as FinderData;
    this.#state = this.querySelector('select[name="state"]')!;
    this.#scenario = this.querySelector('select[name="scenario"]')!;
    this.#output = this.querySelector('[data-output]')!;
    this.querySelector('form')!.hidden = false;
    this.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    this.#state.addEventListener('change', () => this.#render());
    this.#scenario.addEventListener('change', () => this.#render());
    this.#render();
  }

  #render() {
    const answer = answerFinder(this.#data, this.#state.value, this.#scenario.value);
    if (!answer) {
      this.#output.replaceChildren(element('p', 'Choose your state and your worry to see what protects you.'));
      return;
    }
    const heading = element('h2', `${answer.state.name}: ${answer.scenario.question}`);
    const parts: Node[] = [heading];
    if (!answer.hasStateLaw) {
      parts.push(element('p', `This site has found no ${answer.state.name} law that adds protection beyond federal law, so only federal law applies.`));
    }
    const section = (title: string, entries: typeof answer.protections, withFix: boolean) => {
      parts.push(element('h3', title));
      if (entries.length === 0) {
        parts.push(element('p', 'None.'));
        return;
      }
      const list = element('ul', undefined, 'finder-list');
      for (const { law, cell } of entries) {
        const item = element('li');
        const name = link(`/scenarios/${answer.scenario.id}/#${law.id}`, law.name);
        item.append(name, ': ', badge(cell.status), element('p', cell.summary));
        if (withFix && cell.fix) item.append(element('p', `What would close it: ${cell.fix}`));
        list.append(item);
      }
      parts.push(list);
    };
    section('What protects you', answer.protections, true);
    section('Where the law leaves a gap', answer.gaps, true);
    parts.push(element('h3', 'What you can do now'));
    const steps = element('ol');
    for (const step of answer.nextSteps) steps.append(element('li', step));
    parts.push(steps);
    const more = element('p');
    more.append(
      link(`/scenarios/${answer.scenario.id}/`, 'Every law on this situation, with citations'),
      ' · ',
      link(`/states/${answer.state.code}/`, `${answer.state.name}: contacts and laws`),
      ' · ',
      link(letterUrl({ state: answer.state.code, concerns: [answer.scenario.id] }), 'Write to your representatives about this'),
    );
    parts.push(more);
    this.#output.replaceChildren(...parts);
  }
}

customElements.define('protection-finder', ProtectionFinder);
