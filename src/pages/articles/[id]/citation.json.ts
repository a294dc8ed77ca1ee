import type { APIRoute } from 'astro';
import { getPublishedArticles } from '../../../data/articles';
import { getCitationJson } from '../../../data/citations';

export async function getStaticPaths() {
  return (await getPublishedArticles()).map((article) => ({ params: { id: article.id } }));
}

/** This article's citation as CSL-JSON, for reference managers. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await getCitationJson('articles', params.id!, site), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
