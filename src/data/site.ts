/** Site-wide values decided once per build. */
import { strings } from '../strings/en';
import { readCorrectionsUrl, type CorrectionsConfig } from '../lib/corrections';
import { absoluteUrl, isLocalHost, withBase } from '../lib/site-url';

/** The base path (`/` or e.g. `/who-protects-my-scans/`) and the configured site (SITE_URL). */
export const base: string = import.meta.env.SITE_BASE ?? '/';
// astro.config.mjs always sets `site`: SITE_URL, or its local-preview default when building without one.
export const site: string = import.meta.env.SITE ?? missingSite();
/** A root-relative path of this site under the base path, for links written in code. */
export const href = (path: string) => withBase(path, base);
/** The absolute, public URL of a root-relative path: what citations, letters and feeds carry. */
export const pageUrl = (path: string) => absoluteUrl(path, site, base);
/** True when the build has no public address (no SITE_URL): citations then name a local one. */
export const localPreview = isLocalHost(new URL(site).hostname);

function missingSite(): never {
  throw new Error('import.meta.env.SITE is not set: build through astro.config.mjs (which sets `site`), or give tests a SITE env');
}

// The build date is read here, once, so pages and utilities stay free of Date.now().
// SOURCE_DATE_EPOCH (seconds) makes a build reproducible when set.
const epoch = process.env.SOURCE_DATE_EPOCH;
export const buildDate = epoch ? new Date(Number(epoch) * 1000) : new Date();

/** Main navigation, in order. */
export const navigation = [
  { href: '/articles/', label: 'Articles' },
  { href: '/gaps/', label: 'Gaps' },
  { href: '/what-protects-me/', label: 'What protects me?' },
  { href: '/letters/', label: 'Letters' },
  { href: '/search/', label: 'Search' },
] as const;

/** Footer links: who runs the site and how it treats readers. */
export const footerLinks = [
  { href: '/about/', label: 'About and method' },
  { href: '/privacy/', label: 'Privacy' },
  { href: '/accessibility/', label: 'Accessibility' },
  { href: '/sources/', label: 'Sources' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/rss.xml', label: 'RSS feed of articles' },
] as const;

/**
 * Where readers report errors: set CORRECTIONS_URL when deploying (README, "Deploy"). Unset, pages
 * say plainly that this copy has no corrections address. A malformed value fails the build.
 */
const corrections = readCorrectionsUrl(process.env.CORRECTIONS_URL);
if (corrections.problem) throw new Error(corrections.problem);
export const correctionsConfig: CorrectionsConfig = corrections.url ? { url: corrections.url } : {};

export const siteName = strings.siteName;
