/**
 * "Report an error on this page": where corrections go is the deployer's choice (the repository's
 * issue page, or an email address), set as CORRECTIONS_URL at build time. The link carries the page's
 * title and address so the report arrives with its context; nothing is sent until the reader sends it.
 */
export interface CorrectionsConfig {
  /** An https address (e.g. https://github.com/<owner>/<repo>/issues/new) or a mailto: address. */
  url?: string;
}

/** The configured address, checked: https or mailto only, else undefined (with the reason). */
export function readCorrectionsUrl(value: string | undefined): { url?: string; problem?: string } {
  if (!value) return {};
  try {
    const parsed = new URL(value);
    if (parsed.protocol === 'https:' || parsed.protocol === 'mailto:') return { url: value };
    return { problem: `CORRECTIONS_URL must be an https:// or mailto: address, not ${parsed.protocol}` };
  } catch {
    return { problem: 'CORRECTIONS_URL is not a valid address' };
  }
}

/** The link for one page: a prefilled issue (GitHub-style ?title=&body=) or a prefilled email. */
export function correctionHref(config: CorrectionsConfig, page: { title: string; url: string }): string | undefined {
  if (!config.url) return undefined;
  const title = `Correction: ${page.title}`;
  const body = `Page: ${page.url}\n\nWhat is wrong (quote the sentence or name the matrix cell):\n\nWhat it should say:\n\nOfficial source for the correction (section of the law, court decision):\n\nPlease leave out details of your own health and your own medical images.`;
  if (config.url.startsWith('mailto:')) {
    const separator = config.url.includes('?') ? '&' : '?';
    return `${config.url}${separator}subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  const link = new URL(config.url);
  link.searchParams.set('title', title);
  link.searchParams.set('body', body);
  return link.href;
}
