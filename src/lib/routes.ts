/**
 * Every URL the site builds for its own pages, in one place (the routes are listed in
 * docs/decisions.md). No imports, so islands can use it too.
 */
const page = (...segments: string[]) => `/${segments.map(encodeURIComponent).join('/')}/`;

export const routes = {
  home: () => '/',
  articles: () => '/articles/',
  article: (id: string) => page('articles', id),
  laws: () => '/laws/',
  law: (id: string) => page('laws', id),
  scenarios: () => '/scenarios/',
  /** A scenario page, or one law's cell on it (`#<law-id>`). */
  scenario: (id: string, lawId?: string) => `${page('scenarios', id)}${lawId ? `#${encodeURIComponent(lawId)}` : ''}`,
  states: () => '/states/',
  state: (code: string) => page('states', code),
  gaps: () => '/gaps/',
  /** One state's matrix: federal law plus the state's own laws. */
  stateGaps: (code: string) => page('gaps', code),
  finder: () => '/what-protects-me/',
  letters: () => '/letters/',
  letter: (id: string) => page('letters', id),
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#${encodeURIComponent(id)}`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/#${encodeURIComponent(id)}`,
  search: () => '/search/',
  representatives: () => '/representatives/',
  data: () => '/data/',
  about: () => '/about/',
} as const;
