/** "Cite this page" for article, law and scenario pages, and their CSL-JSON downloads. */
import { getEntry } from 'astro:content';
import { getLawEntry, getScenarioEntry } from './model';
import { citePage, toCslItem, type PageCitation, type PageMeta } from '../lib/page-citation';
import { strings } from '../strings/en';
import { absoluteUrl } from '../lib/site-url';
import { base } from './site';

/** The kinds of page that carry a citation block; each is also its URL's first segment. */
export type CitedKind = 'articles' | 'laws' | 'scenarios';

const keyPrefix: Record<CitedKind, string> = { articles: 'article', laws: 'law', scenarios: 'scenario' };

async function titleAndDate(kind: CitedKind, id: string): Promise<{ title: string; issued: Date }> {
  if (kind === 'articles') {
    const article = await getEntry('articles', id);
    if (!article) throw new Error(`Unknown article "${id}"`);
    return { title: article.data.title, issued: article.data.published };
  }
  if (kind === 'laws') {
    const { data } = await getLawEntry(id);
    return { title: data.name, issued: data.reviewed };
  }
  const { data } = await getScenarioEntry(id);
  return { title: data.title, issued: data.reviewed };
}

/** One page's metadata as a citation needs it; `site` is Astro's (from SITE_URL). */
export async function getPageMeta(kind: CitedKind, id: string, site: URL | undefined): Promise<PageMeta> {
  if (!site) throw new Error('Astro `site` is not set: citations need absolute URLs');
  return {
    key: `whoprotectsmyscans-${keyPrefix[kind]}-${id}`,
    ...(await titleAndDate(kind, id)),
    url: absoluteUrl(`/${kind}/${id}/`, site, base),
    siteName: strings.siteName,
    author: strings.credit,
  };
}

/** Where a page's CSL-JSON download lives. */
export const citationJsonPath = (kind: CitedKind, id: string) => `/${kind}/${id}/citation.json`;

export interface CitationBlock {
  citation: PageCitation;
  cslHref: string;
  fileName: string;
}

// An article's citation shows on its page and its handout: formatted once per build.
const blocks = new Map<string, Promise<CitationBlock>>();

/** Everything the citation block shows. */
export function getCitationBlock(kind: CitedKind, id: string, site: URL | undefined): Promise<CitationBlock> {
  const key = `${kind}/${id} ${site?.href ?? ''}`;
  let block = blocks.get(key);
  if (!block) {
    block = (async () => ({ citation: await citePage(await getPageMeta(kind, id, site)), cslHref: citationJsonPath(kind, id), fileName: `${id}.json` }))();
    blocks.set(key, block);
  }
  return block;
}

/** The CSL-JSON download: an array of one item, as reference managers expect. */
export async function getCitationJson(kind: CitedKind, id: string, site: URL | undefined): Promise<string> {
  return JSON.stringify([toCslItem(await getPageMeta(kind, id, site))], null, 2);
}
