/**
 * <site-search>: full-text search over the Pagefind index. Pagefind (script, worker, WebAssembly)
 * is fetched from this site only when this element connects, i.e. when a reader opens /search/.
 * Results are built with textContent; nothing from the index is parsed as HTML.
 *
 * Readers' words: the query is cut to its meaningful words and each is also tried in the words the
 * site uses (src/lib/search.ts); when no page has every word, the best partial matches are shown
 * and the page says so. The query lives in the URL (?q=) as the reader types.
 */
import { activeFilters, kindWeight, parseQuery, queryFromSearch, queryVariants, resultKind, searchWithQuery, splitExcerpt, type Term } from '../lib/search';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; label?: string; answer?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Results whose text is fetched at once. Each result's data is a separate Pagefind fragment of a
 * few KB, so showing ten, then ten more on request, keeps a first query light on a phone.
 */
const pageSize = 10;
const typingDelay = 200;
/** How much a page with every word but one counts against a page with every word. */
const nearMatchWeight = 0.5;

/** Longest query searched: a question fits easily; a pasted megabyte would stall Pagefind's WebAssembly. */
export const maxQueryLength = 200;

const filterLabels: Record<string, string> = { type: 'Type', topic: 'Topic', audience: 'Audience', law: 'Law', scenario: 'Scenario', state: 'State' };

/** Pagefind ranking: the page title and the questions a page answers count most. */
const ranking = { metaWeights: { title: 5, questions: 8, answer: 2, label: 0 } };

class SiteSearch extends HTMLElement {
  #pagefind: Pagefind | undefined;
  #input!: HTMLInputElement;
  #filters!: HTMLElement;
  #filterBox!: HTMLDetailsElement;
  #filtersLoaded = false;
  #status!: HTMLElement;
  #note!: HTMLElement;
  #help!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #pending: PagefindResult[] = [];
  /** Bumped by every search, so a late answer or "show more" never lands in a newer result list. */
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  async connectedCallback() {
    // Hidden while search loads, so a keyboard user cannot Tab into a notice that is about to go; shown again if
    // loading fails.
    const noScriptNotice = this.querySelector<HTMLElement>('[data-no-js]');
    if (noScriptNotice) noScriptNotice.hidden = true;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#filters = this.querySelector('[data-filters]')!;
    this.#filterBox = this.querySelector('[data-filter-box]')!;
    this.#filterBox.addEventListener('toggle', () => void this.#loadFilters());
    this.#status = this.querySelector('[data-status]')!;
    this.#note = this.querySelector('[data-note]')!;
    this.#help = this.querySelector('[data-help]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#more.addEventListener('click', () => void this.#showMore());
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
    this.#input.addEventListener('input', () => {
      // maxlength stops typing and pasting, not a value set by a script: cut it before it goes into the address
      // (a 1 MB value made a 1 MB address, which took Chromium about 10 s to store).
      if (this.#input.value.length > maxQueryLength) this.#input.value = this.#input.value.slice(0, maxQueryLength);
      history.replaceState(history.state, '', `${location.pathname}${searchWithQuery(location.search, this.#input.value)}`);
      this.#schedule(typingDelay);
    });
    window.addEventListener('popstate', () => {
      this.#input.value = queryFromSearch(location.search);
      this.#schedule(0);
    });
    this.#input.maxLength = maxQueryLength;
    this.#input.value = queryFromSearch(window.location.search).slice(0, maxQueryLength);
    this.#status.textContent = 'Loading search…';
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    try {
      this.#pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Result URLs are indexed from dist/'s root: baseUrl puts them under a sub-path host's base.
      // noWorker: search runs in this page rather than in Pagefind's Web Worker, which would be one
      // more download (pagefind-worker.js, 12 KB gzip) before the first result; a query takes
      // milliseconds of WebAssembly either way.
      await this.#pagefind.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL, ranking, noWorker: true });
    } catch {
      // The no-JavaScript notice (with its link to every article) stays: it is still true.
      this.#pagefind = undefined;
      if (noScriptNotice) noScriptNotice.hidden = false;
      this.#status.textContent = "Search could not load (are you offline, or is something blocking this site's files?). You can still browse every article.";
      return;
    }
    noScriptNotice?.remove();
    this.#status.textContent = '';
    this.#filterBox.hidden = false;
    this.hidden = false;
    if (this.#input.value) void this.#run();
    if (this.#filterBox.open) void this.#loadFilters();
  }

  #schedule(delay: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), delay);
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
      select.addEventListener('change', () => this.#schedule(0));
      label.append(select);
      this.#filters.append(label);
    }
  }

  /** Search every variant of the reader's words and keep each page's best score. */
  async #searchAll(queries: string[], filters: Record<string, string>): Promise<PagefindResult[]> {
    const best = new Map<string, PagefindResult>();
    for (const query of queries) {
      const search = await this.#pagefind!.search(query, { filters });
      for (const result of search?.results ?? []) {
        const seen = best.get(result.id);
        if (!seen || seen.score < result.score) best.set(result.id, result);
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /** Full matches, merged with matches of all words but one at a lower weight, best first. */
  async #withNearMatches(full: PagefindResult[], terms: Term[], filters: Record<string, string>): Promise<PagefindResult[]> {
    const best = new Map<string, { result: PagefindResult; score: number }>(full.map((result) => [result.id, { result, score: result.score }]));
    for (let skip = 0; skip < terms.length; skip++) {
      const rest = terms.filter((_, index) => index !== skip);
      for (const result of await this.#searchAll(queryVariants(rest, 2), filters)) {
        const score = result.score * nearMatchWeight;
        const seen = best.get(result.id);
        if (!seen || seen.score < score) best.set(result.id, { result, score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).map((entry) => ({ ...entry.result, score: entry.score, data: entry.result.data }));
  }

  /** No page has every word: rank pages by how many of the reader's words they have, then score. */
  async #partialMatches(terms: Term[], filters: Record<string, string>): Promise<{ results: PagefindResult[]; matched: string[] }> {
    const hits = new Map<string, { result: PagefindResult; count: number; score: number }>();
    const matched: string[] = [];
    for (const term of terms) {
      const found = await this.#searchAll(term.variants, filters);
      if (found.length > 0) matched.push(term.typed);
      for (const result of found) {
        const hit = hits.get(result.id) ?? { result, count: 0, score: 0 };
        hit.count += 1;
        hit.score += result.score;
        hits.set(result.id, hit);
      }
    }
    const results = [...hits.values()].sort((a, b) => b.count - a.count || b.score - a.score).map((hit) => hit.result);
    return { results, matched };
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
    const generation = ++this.#generation;
    const query = this.#input.value.trim().slice(0, maxQueryLength);
    const choices: Record<string, string> = {};
    for (const select of this.#filters.querySelectorAll('select')) choices[select.name] = select.value;
    const filters = activeFilters(choices);
    this.#note.textContent = '';
    this.#help.hidden = true;
    if (!query && Object.keys(filters).length === 0) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#pending = [];
      this.#more.hidden = true;
      return;
    }
    const terms = parseQuery(query);
    // A query of only common words ("can I?") still searches what was typed.
    const variants = terms.length > 0 ? queryVariants(terms) : query ? [query] : [];
    let results = variants.length > 0 ? await this.#searchAll(variants, filters) : ((await this.#pagefind.search(null, { filters }))?.results ?? []);
    let partial: string[] | undefined;
    if (terms.length > 1) {
      // Pagefind drops a word no page has; check each word so the page can say which were found.
      const found = await this.#partialMatches(terms, filters);
      if (found.matched.length < terms.length) partial = found.matched;
      // Leave one word out at a time (the index chunks are loaded already): a page with every word
      // but one still ranks, below full matches, so one unusual word cannot hide the right page.
      if (terms.length > 2) results = await this.#withNearMatches(results, terms, filters);
      if (results.length === 0) {
        results = found.results;
        partial = found.matched;
      }
    }
    if (generation !== this.#generation) return; // superseded by a newer keystroke
    const first = results.slice(0, pageSize);
    const data = await Promise.all(first.map((result) => result.data()));
    if (generation !== this.#generation) return;
    // Explanations first: within the results shown, letters and lists give way to articles and situations.
    const ordered = first
      .map((result, index) => ({ item: data[index]!, score: result.score * (kindWeight[resultKind(data[index]!.url)] ?? 1) }))
      .sort((a, b) => b.score - a.score)
      .map((entry) => entry.item);
    this.#results.replaceChildren(...ordered.map((item) => this.#renderResult(item)));
    this.#pending = results.slice(pageSize);
    this.#more.hidden = this.#pending.length === 0;
    const count = `${results.length} result${results.length === 1 ? '' : 's'}`;
    if (partial && results.length > 0) {
      this.#status.textContent = `No page matches every word. ${count} that match some of them.`;
      this.#note.textContent = `Showing pages with ${partial.map((word) => `“${word}”`).join(', ')}. Try fewer or other words for a closer match.`;
    } else {
      this.#status.textContent = count;
    }
    this.#help.hidden = results.length > 0;
    this.dataset.rendered = query; // for tests and scripts: which query the list shows
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
    const kind = document.createElement('p');
    kind.className = 'result-kind';
    kind.textContent = resultKind(item.url);
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.label ?? item.meta.title ?? item.url;
    heading.append(link);
    const summary = document.createElement('p');
    if (item.meta.answer) {
      summary.className = 'result-answer';
      summary.textContent = item.meta.answer;
    } else {
      summary.append(...this.#excerptNodes(item.excerpt));
    }
    li.append(kind, heading, summary);
    const sections = (item.sub_results ?? []).filter((sub) => sub.url !== item.url && !sub.url.includes('-heading')).slice(0, 3);
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
