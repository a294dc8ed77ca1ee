/**
 * <site-search>: full-text search over the Pagefind index. Pagefind (script, worker, WebAssembly)
 * is fetched from this site only when this element connects, i.e. when a reader opens /search/.
 * Results are built with textContent; nothing from the index is parsed as HTML.
 */
import { activeFilters, queryFromSearch, splitExcerpt } from '../lib/search';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string,
    options: { filters: Record<string, string> },
    delay: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/**
 * Results whose text is fetched at once. Each result's data is a separate Pagefind fragment of a
 * few KB, so showing ten, then ten more on request, keeps a first query light on a phone.
 */
const pageSize = 10;

/** Longest query searched: a question fits easily; a pasted megabyte would stall Pagefind's WebAssembly. */
export const maxQueryLength = 200;

const filterLabels: Record<string, string> = { type: 'Type', topic: 'Topic', audience: 'Audience', law: 'Law', scenario: 'Scenario', state: 'State' };

class SiteSearch extends HTMLElement {
  #pagefind: Pagefind | undefined;
  #input!: HTMLInputElement;
  #filters!: HTMLElement;
  #filterBox!: HTMLDetailsElement;
  #filtersLoaded = false;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #pending: { data(): Promise<PagefindResultData> }[] = [];
  /** Bumped by every search, so a late "show more" never lands in a newer result list. */
  #generation = 0;

  async connectedCallback() {
    this.#input = this.querySelector('input[type="search"]')!;
    this.#filters = this.querySelector('[data-filters]')!;
    this.#filterBox = this.querySelector('[data-filter-box]')!;
    this.#filterBox.addEventListener('toggle', () => void this.#loadFilters());
    this.#status = this.querySelector('[data-status]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#more.addEventListener('click', () => void this.#showMore());
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run();
    });
    this.#input.addEventListener('input', () => void this.#run());
    this.#input.maxLength = maxQueryLength;
    this.#input.value = queryFromSearch(window.location.search).slice(0, maxQueryLength);
    this.#status.textContent = 'Loading search…';
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    try {
      this.#pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Result URLs are indexed from dist/'s root: baseUrl puts them under a sub-path host's base.
      await this.#pagefind.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
    } catch {
      // The no-JavaScript notice (with its link to every article) stays: it is still true.
      this.#pagefind = undefined;
      this.#status.textContent = "Search could not load (are you offline, or is something blocking this site's files?). You can still browse every article.";
      return;
    }
    this.querySelector('[data-no-js]')?.remove();
    this.#status.textContent = '';
    this.#filterBox.hidden = false;
    this.hidden = false;
    if (this.#input.value) void this.#run();
    if (this.#filterBox.open) void this.#loadFilters();
  }

  /**
   * Filter values come from Pagefind's filter index, which lists every page under every value
   * (about 100 KB gzip at 10,000 pages): fetch it only when the reader opens "Filter results".
   */
  async #loadFilters() {
    if (this.#filtersLoaded || !this.#pagefind || !this.#filterBox.open) return;
    this.#filtersLoaded = true;
    await this.#renderFilters(await this.#pagefind.filters());
  }

  async #renderFilters(available: Record<string, Record<string, number>>) {
    for (const [key, values] of Object.entries(available)) {
      if (Object.keys(values).length === 0) continue;
      const label = document.createElement('label');
      label.textContent = filterLabels[key] ?? key;
      const select = document.createElement('select');
      select.name = key;
      select.append(new Option('Any', ''));
      for (const value of Object.keys(values).sort()) select.append(new Option(value, value));
      select.addEventListener('change', () => void this.#run());
      label.append(select);
      this.#filters.append(label);
    }
  }

  async #run() {
    try {
      await this.#search();
    } catch {
      this.#generation++;
      this.#results.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = 'Search failed for this query (are you offline?). Try again, or use fewer words.';
    }
  }

  async #search() {
    if (!this.#pagefind) return;
    const query = this.#input.value.trim().slice(0, maxQueryLength);
    const choices: Record<string, string> = {};
    for (const select of this.#filters.querySelectorAll('select')) choices[select.name] = select.value;
    const filters = activeFilters(choices);
    if (!query && Object.keys(filters).length === 0) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#generation++;
      this.#pending = [];
      this.#more.hidden = true;
      return;
    }
    const search = await this.#pagefind.debouncedSearch(query || (null as unknown as string), { filters }, 200);
    if (search === null) return; // superseded by a newer keystroke
    this.#generation++;
    const data = await Promise.all(search.results.slice(0, pageSize).map((result) => result.data()));
    this.#results.replaceChildren(...data.map((item) => this.#renderResult(item)));
    this.#pending = search.results.slice(pageSize);
    this.#more.hidden = this.#pending.length === 0;
    this.#status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'}`;
  }

  /** Fetch and append the next page of results (the button stays hidden when there is none). */
  async #showMore() {
    const generation = this.#generation;
    const next = this.#pending.splice(0, pageSize);
    const data = await Promise.all(next.map((result) => result.data()));
    if (generation !== this.#generation) return;
    const items = data.map((item) => this.#renderResult(item));
    this.#results.append(...items);
    this.#more.hidden = this.#pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }

  #renderResult(item: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.append(...this.#excerptNodes(item.excerpt));
    li.append(heading, excerpt);
    const sections = (item.sub_results ?? []).filter((sub) => sub.url !== item.url).slice(0, 3);
    if (sections.length > 0) {
      const list = document.createElement('ul');
      for (const sub of sections) {
        const entry = document.createElement('li');
        const subLink = document.createElement('a');
        subLink.href = sub.url;
        subLink.textContent = sub.title;
        entry.append(subLink);
        list.append(entry);
      }
      li.append(list);
    }
    return li;
  }

  #excerptNodes(excerpt: string): Node[] {
    return splitExcerpt(excerpt).map((part) => {
      if (!part.marked) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    });
  }
}

customElements.define('site-search', SiteSearch);
