/**
 * External links are not fetched (CI has no network), but each is listed in a report, and a link
 * to the text of a law is held to the official hosts in src/lib/integrity.ts. Pure: callers pass
 * the legal-text URLs in (see `legalTextUrls` in scripts/check-links.ts).
 */
import { officialLawHosts } from '../../src/lib/integrity';

/** One external link and the pages that carry it. */
export interface ExternalLink {
  url: string;
  pages: string[];
}

/** What is known about the URLs of legal texts: exact addresses and pinpoint-template prefixes. */
export interface LegalTexts {
  /** Full URLs (without #fragment) of laws and of sources of type legislation, regulation or bill. */
  urls: Set<string>;
  /** The fixed start of each such source's pinUrl template, before its first "{". */
  prefixes: string[];
}

/** A link classified for the report. */
export interface ClassifiedLink extends ExternalLink {
  host: string;
  /** Points at the text of a law; `official` says whether its host is on the allowlist. */
  legal: boolean;
  official: boolean;
}

const withoutFragment = (url: string) => url.split('#')[0]!;

/** Whether `url` is the address of a legal text, or a pinpoint inside one. */
export function isLegalText(url: string, legal: LegalTexts): boolean {
  const bare = withoutFragment(url);
  return legal.urls.has(bare) || legal.prefixes.some((prefix) => prefix.length > 'https://x'.length && url.startsWith(prefix));
}

/** Classify links for the report; sorted by host, then URL. */
export function classifyLinks(links: ExternalLink[], legal: LegalTexts, hosts: readonly string[] = officialLawHosts): ClassifiedLink[] {
  return links
    .map((link) => {
      let host = '';
      try {
        host = new URL(link.url).host;
      } catch {
        // Leave host empty: an unparsable URL is listed as it is.
      }
      const isLegal = isLegalText(link.url, legal);
      return { ...link, host, legal: isLegal, official: isLegal && hosts.includes(host) };
    })
    .sort((a, b) => a.host.localeCompare(b.host) || a.url.localeCompare(b.url));
}

/** Legal-text links whose host is not an official one: each must be fixed. */
export function unofficialLegalLinks(links: ClassifiedLink[]): string[] {
  return links
    .filter((link) => link.legal && !link.official)
    .map(
      (link) =>
        `${link.url} (on ${link.pages.join(', ')}) links to a legal text on "${link.host}", which is not an official host (src/lib/integrity.ts officialLawHosts)`,
    );
}

/** The report file: a header, then one line per link, grouped by host. */
export function formatReport(links: ClassifiedLink[]): string {
  const hosts = new Set(links.map((link) => link.host));
  const pages = new Set(links.flatMap((link) => link.pages));
  const lines = [
    '# External links in the built site (not fetched: CI has no network).',
    `# ${links.length} links to ${hosts.size} hosts, from ${pages.size} pages.`,
    '# Marks: [legal, official] a law text on an allowed host; [legal, NOT OFFICIAL] a law text elsewhere (fails the check); [other] anything else.',
    '# Format: mark URL  <- pages that link to it',
  ];
  let host: string | undefined;
  for (const link of links) {
    if (link.host !== host) {
      host = link.host;
      lines.push('', `## ${host || '(no host)'}`);
    }
    const mark = link.legal ? (link.official ? '[legal, official]' : '[legal, NOT OFFICIAL]') : '[other]';
    const shown = link.pages.length > 3 ? `${link.pages.slice(0, 3).join(' ')} and ${link.pages.length - 3} more` : link.pages.join(' ');
    lines.push(`${mark} ${link.url}  <- ${shown}`);
  }
  return `${lines.join('\n')}\n`;
}
